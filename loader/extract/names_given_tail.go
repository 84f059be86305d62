package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// joinCommonSurname puts back the surname the recogniser cut off a given
// name when the surname is also a common noun: "Texaco attorney [James]
// Sales said" is "James Sales". A person of one given name inside a
// sentence, after a lower-case cue that a person follows (a title, an
// occupation, "said": personCue), followed by a capitalised dictionary word that no other name
// holds and that stands before names without being theirs in no list (a
// title, an honorific, a calendar word, a place, a people, a party, a
// body), then by a lower-case word or a comma or full stop, takes that
// word as the surname.
func joinCommonSurname(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	for i := range ms {
		m := &ms[i]
		e := m.End
		if m.Label != ner.Person || e-m.Start != 1 || m.Start == 0 || e+1 >= len(toks) || i+1 < len(ms) && ms[i+1].Start <= e {
			continue
		}
		if !givenName(toks[m.Start].Text) || !isLowerWord(toks[m.Start-1].Text) || !personCue(toks[m.Start-1]) || !commonSurname(toks[e]) {
			continue
		}
		if n := toks[e+1].Text; isLowerWord(n) || n == "," || n == "." {
			m.End++
		}
	}
	return ms
}

// commonSurname reports whether t, after a given name, reads as a surname
// that is also a common noun ("Sales", "Cash", "Page").
func commonSurname(t nlp.Token) bool {
	w := t.Text
	if !gazetteer.Capitalised(w) || isAcronym(w) || len(w) < 3 || !isLetterWord(w) || strings.Contains(w, "-") || !strings.HasPrefix(t.Tag, "NN") || !dictionaryWord(w) {
		return false
	}
	lw := lower(w)
	_, wd := weekdays[lw]
	_, mo := months[lw]
	if wd || mo || isTitleHead(w) || isHonorific(lw) || titleModifiers[lw] || directions[lw] || numberWords[lw] || partyWord(w) || groupWords[w] {
		return false
	}
	if _, ok := demonym(w); ok {
		return false
	}
	if _, ok := gazetteer.Place(w); ok {
		return false
	}
	_, ok := orgLookup(w)
	return !ok
}
