package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// cutBeforeThe cuts the recogniser's organisation names that go on over a
// lower-case "the" right after a capitalised word: "told the House
// Appropriations Committee the Reagan administration has ..." was read as
// one organisation "House Appropriations Committee the Reagan"
// (organization-seed350 row 39). When the word before "the" ends a body's
// name (Committee, Union, Agency, Corp ...), the name ends there; the words
// after it are left to the rules. "the" after a connector stays inside a
// name ("Bank of the West", "University of the West Indies"), and so does
// one after other words ("told Reuters the National Association of ...",
// which the rules for a medium told cut).
func cutBeforeThe(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	for k, m := range ms {
		if m.Label != ner.Organization {
			continue
		}
		for i := m.Start + 1; i+1 < m.End; i++ {
			if toks[i].Text == "the" && gazetteer.IsOrgSuffix(toks[i-1].Text) && gazetteer.Capitalised(toks[i+1].Text) {
				ms[k].End = i
				break
			}
		}
	}
	return ms
}
