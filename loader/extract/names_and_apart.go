package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitNamedApart splits a name that joins two names with "and" when the
// article names the first of the two on its own elsewhere: "win both the Six
// Nations and Grand Slam" after "in the Six Nations table", "American Express
// and Shearson have been having discussions" after "American Express said".
// A name the article writes whole as one is one name, and the mention of
// the first half alone shows it is a name of its own; the second half named
// alone is not enough ("House Budget Committee Democrats and Republicans"
// after "Republicans" joins two groups of one body). A name a gazetteer
// knows stays whole ("Bosnia and Herzegovina"), and so does one the article
// writes inside a longer name, a person's, a firm's legal name ("Carolina
// Power and Light Co" after "Carolina Power", "Bank Building and Equipment
// Corp of America"), one whose second half opens with a legal form ("Dow
// Jones and Co Inc"), one of initials ("S and P"), and one whose halves are
// the same words or open with the same word ("Blue Cross and Blue Shield").
func (x *extractor) splitNamedApart() {
	names := map[string]bool{}
	for k := range x.mentions {
		if m := &x.mentions[k]; !m.demonym {
			names[m.name] = true
		}
	}
	whole := map[string]bool{}
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start < 3 || m.demonym || m.nominal || m.typ == Person || m.typ == Event {
			continue
		}
		and := x.onlyAnd(m)
		if and < 0 {
			continue
		}
		left, right := x.span(m.sent, m.start, and), x.span(m.sent, and+1, m.end)
		if left == right || !names[left] {
			continue
		}
		if whole[m.name] || x.onlyBeforeAnd(left, right) {
			whole[m.name] = true
			continue // "Wagner and Brown": "Wagner" is never written alone
		}
		if legalEnd(m.name) || legalStart(right) || legalWordIn(right) || len(left) < 2 || len(right) < 2 {
			continue // "Carolina Power and Light Co", "Dow Jones and Co Inc", "Bank Building and Equipment Corp of America", "S and P"
		}
		if strings.Fields(left)[0] == strings.Fields(right)[0] {
			continue // "Blue Cross and Blue Shield"
		}
		if x.knownWhole(m.name) {
			continue
		}
		cuts = append(cuts, andCut{k, and})
	}
	x.splitAtAnd(cuts)
}

// knownWhole reports whether a name joined by "and" is known whole: an
// organisation or a place of the word lists and gazetteer, or written
// inside a longer name of the article. Such a name is not split.
func (x *extractor) knownWhole(name string) bool {
	if _, ok := orgLookup(name); ok {
		return true
	}
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	return x.insideLongerName(name)
}

// onlyAnd returns the token of the one "and" inside mention m, between
// two capitalised words, or -1. An "&" joins the words of one firm's name
// far more often than two names ("Marsh & McLennan", "Tate & Lyle"): none
// is split.
func (x *extractor) onlyAnd(m *mention) int {
	s := &x.sents[m.sent]
	and := -1
	for j := m.start + 1; j+1 < m.end; j++ {
		switch s.lower(j) {
		case "&":
			return -1
		case "and":
			if and >= 0 {
				return -1
			}
			and = j
		}
	}
	if and < 0 || !gazetteer.Capitalised(s.toks[and-1].Text) || !gazetteer.Capitalised(s.toks[and+1].Text) {
		return -1
	}
	return and
}

// legalWordIn reports whether a word of name is a legal form ("Equipment
// Corp of America").
func legalWordIn(name string) bool {
	for w := range strings.FieldsSeq(name) {
		w = lower(strings.TrimSuffix(w, "."))
		if legalForms[w] || legalSuffix[w] {
			return true
		}
	}
	return false
}

// legalStart reports whether a name opens with a legal form or a firm's
// last word ("Co Inc", "Company").
func legalStart(name string) bool {
	f := strings.Fields(name)
	first := strings.TrimSuffix(f[0], ".")
	return lowerIn(legalForms, first) || lowerIn(legalSuffix, first) || gazetteer.IsOrgSuffix(first)
}

// legalEnd reports whether a name ends in a legal form or a firm's last
// word ("Co", "Inc", "Group").
func legalEnd(name string) bool {
	f := strings.Fields(name)
	last := strings.TrimSuffix(f[len(f)-1], ".")
	return lowerIn(legalForms, last) || lowerIn(legalSuffix, last) || gazetteer.IsOrgSuffix(last)
}

// onlyBeforeAnd reports whether every mention named left is followed by
// "and" (or "&") and the words of right: the article never writes the
// first of the two names on its own ("AFG and Wagner and Brown", "chief
// financial officer of Wagner and Brown" with no "Wagner" alone), so the
// two are one name.
func (x *extractor) onlyBeforeAnd(left, right string) bool {
	n := len(strings.Fields(right))
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.name != left || m.demonym {
			continue
		}
		toks := x.sents[m.sent].toks
		e := m.end + 1 + n
		if e > len(toks) {
			return false
		}
		if w := lower(toks[m.end].Text); w != "and" && w != "&" {
			return false
		}
		if x.span(m.sent, m.end+1, e) != right {
			return false
		}
	}
	return true
}
