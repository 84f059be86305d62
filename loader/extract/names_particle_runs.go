package extract

// A person's name the recogniser cut before its middle names, when a
// surname with a hyphenated particle follows them: "Oil Minister [Mana]
// Said al-Oteiba" is Mana Said al-Oteiba, "[Ahmed] Zaki al-Yamani". Arabic,
// Persian and other names string given names, patronyms and a particle
// surname; the capitalised words between the cut and the particle surname
// are the name's.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// particleRunEnd returns where person mention m's name ends when one to
// three capitalised proper nouns after it lead to a surname with a
// hyphenated particle ("Said al-Oteiba"), and m.End otherwise. next is
// where the next mention starts (len(toks) when none): a mention there
// may be one of the middle names the recogniser read apart, but no
// mention may start at the particle surname itself.
func particleRunEnd(toks []nlp.Token, m ner.Mention, next int) int {
	if m.Label != ner.Person {
		return m.End
	}
	for k := m.End; k < len(toks) && k < m.End+3; k++ {
		w := toks[k].Text
		if !gazetteer.Capitalised(w) || !strings.HasPrefix(toks[k].Tag, "NNP") || isTitleHead(w) || strings.HasSuffix(w, ".") {
			return m.End
		}
		if k+1 < len(toks) && particleName(toks[k+1].Text) && next != k+1 {
			return k + 2
		}
	}
	return m.End
}
