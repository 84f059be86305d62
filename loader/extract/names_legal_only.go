// A firm's legal form alone names no body: "Marathon Int. Pet. (GB) Ltd"
// read as "Marathon Int" and a lone "Ltd" after the abbreviations' stops,
// "... Co" and "Inc" left over when a longer name was cut. The recogniser's
// name made only of legal forms and firms' last words ("Ltd", "Inc", "Co",
// "Group", "BV") is dropped; forms that are also other names'
// letters ("SA", "AG", "AB", the Saudi Press Agency's "SPA") are left alone.
// A legal form written with stops after a firm's name and a comma
// ("Petroleos de Venezuela, S.A.", "Super Octanos, C.A.") reads like a
// town's state ("Irvine, Calif.") and is read as a place: it names none
// when the name before the comma is not a place's.

package extract

import "strings"

// legalOnlyWords are the firms' last words that, with the legal forms, make
// a name that is no body's when it has nothing else.
var legalOnlyWords = map[string]bool{"group": true, "cos": true, "company": true, "lp": true}

// ambiguousLegalForms are legal forms that are also other names' letters.
var ambiguousLegalForms = map[string]bool{"sa": true, "ag": true, "ab": true, "spa": true}

// legalOnlyName reports whether every word of name is a legal form or a
// firm's last word ("Ltd", "Co Inc", "Group").
func legalOnlyName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || len(f) == 1 && lowerIn(ambiguousLegalForms, f[0]) {
		return false
	}
	for _, w := range f {
		w = lower(strings.TrimSuffix(w, "."))
		if !legalForms[w] && !legalSuffix[w] && !legalOnlyWords[w] {
			return false
		}
	}
	return true
}

// dropLegalOnly removes the organisation mentions whose name is only legal
// forms, after reading "Group" before "of" and a number as the group's name
// ("the Group of 77", "the Group of 10 leading western industrialised
// countries").
func (x *extractor) dropLegalOnly() {
	x.groupsOfNumbers()
	x.dropMentionsIf(func(m *mention) bool {
		return m.typ == Organization && legalOnlyName(m.name) || x.legalFormPlace(m)
	})
}

// stoppedLegalForms are legal forms written with stops that are no legal
// form of legalForms without them: "C.A." (compania anonima).
var stoppedLegalForms = map[string]bool{"ca": true}

// legalFormPlace reports whether m is a place-read legal form written with
// stops ("S.A.", "N.V.") right after a comma that follows a name not read
// as a place.
func (x *extractor) legalFormPlace(m *mention) bool {
	if !isPlace(m.typ) || m.demonym || m.nominal || m.start < 2 || !strings.Contains(m.name, ".") {
		return false
	}
	bare := strings.ReplaceAll(lower(m.name), ".", "")
	if !legalForms[bare] && !stoppedLegalForms[bare] {
		return false
	}
	s := &x.sents[m.sent]
	if s.toks[m.start-1].Text != "," {
		return false
	}
	o := s.owner[m.start-2]
	return o >= 0 && !isPlace(x.mentions[o].typ)
}

// groupsOfNumbers reads an organisation's "Group" followed by "of" and a
// number in digits as one name, "Group of 77".
func (x *extractor) groupsOfNumbers() {
	var grown [][3]int
	drop := make([]bool, len(x.mentions))
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		if m.typ != Organization || m.name != "Group" || m.end+1 >= len(s.toks) || s.lower(m.end) != "of" || !allDigits(s.toks[m.end+1].Text) || s.owner[m.end+1] >= 0 {
			continue
		}
		drop[k] = true
		grown = append(grown, [3]int{m.sent, m.start, m.end + 2})
	}
	if grown == nil {
		return
	}
	x.removeMentions(drop)
	for _, g := range grown {
		x.addMention(g[0], g[1], g[2], Organization, false)
	}
}
