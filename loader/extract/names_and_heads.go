package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodyWordIn reports whether a word of name is a body's last word
// ("Association", "Union").
func bodyWordIn(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if gazetteer.IsOrgSuffix(w) {
			return true
		}
	}
	return false
}

// joinAndHeads joins to a body's name that opens right after "and" the
// capitalised words before the "and" when no name holds them: the
// recogniser cut "Charter Federal Savings and [Loan Association of
// Bristol]" after the "and" and left the head of the name unread. The name
// after "and" must hold a body's last word or a legal form ("Association",
// "Corp"), the words before it run from a word in lower case or the
// sentence's start (at most five), and the words either side of the "and"
// are common nouns, the one before no body's last word.
func (x *extractor) joinAndHeads() {
	type join struct{ k, start int }
	var joins []join
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		if m.typ != Organization || m.start < 2 || s.lower(m.start-1) != "and" || !legalWordIn(m.name) && !bodyWordIn(m.name) {
			continue
		}
		i := m.start - 1
		for i > 0 && i >= m.start-6 && s.owner[i-1] < 0 && gazetteer.Capitalised(s.toks[i-1].Text) && isLetterWord(s.toks[i-1].Text) {
			i--
		}
		if i == m.start-1 || i > 0 && (gazetteer.Capitalised(s.toks[i-1].Text) || s.owner[i-1] >= 0) {
			continue // no head, or a longer run or a name before it
		}
		// a common noun either side of the "and" ("Savings and Loan",
		// "Mining and Development"), no legal form nor a body's last
		// word before it: not "Bank Bhd and Perwira Habib Bank", "National
		// Bank and Colonial Bank"
		before, after := s.toks[m.start-2].Text, s.toks[m.start].Text
		if len(before) < 3 || len(after) < 3 || !dictionaryWord(before) || !dictionaryWord(after) || gazetteer.IsOrgSuffix(before) || legalWordIn(x.span(m.sent, i, m.start-1)) {
			continue
		}
		joins = append(joins, join{k, i})
	}
	if joins == nil {
		return
	}
	spans := make([]typedSpan, 0, len(joins))
	drop := make([]bool, len(x.mentions))
	for _, j := range joins {
		m := x.mentions[j.k]
		drop[j.k] = true
		spans = append(spans, typedSpan{tokenSpan{m.sent, j.start, m.end}, m.typ})
	}
	x.replaceTypedMentions(drop, spans)
}
