// A home town after a person's age: local news writes where people live as
// "Robert J. Stephens, 73, of Taylorville" and "Leanne L. Hivley, 52, of
// Quincy". The recogniser reads such a one-word town as a person's name.

package extract

// ageHome reports whether mention m follows a person's name, a comma, an
// age in digits, a comma and "of": the place the person lives in.
func (x *extractor) ageHome(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.start
	if i < 5 || s.lower(i-1) != "of" || s.toks[i-2].Text != "," || s.toks[i-4].Text != "," || !ageDigits(s.toks[i-3].Text) {
		return false
	}
	p := s.owner[i-5]
	return p >= 0 && x.mentions[p].typ == Person && x.mentions[p].end == i-4
}

// ageDigits reports whether w is a person's age in digits: one to three
// digits, not above 120.
func ageDigits(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n > 0 && n <= 120
}
