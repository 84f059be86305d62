// A meeting told between commas after its subject: "Governor Ruiz, in a
// phone call with Mayor Berg on Monday, discussed the budget", "Smith,
// during talks with the union, offered a raise", "Smith, here for talks
// with the union, said", "Smith, in Leeds for talks with the union, said". The phrase has no verb of
// its own to the left (governor finds none before the comma); the name
// that opens the sentence before it is the subject of the verb right after
// the closing comma, and takes part in the meeting as when it is written
// "Ruiz discussed the budget in a call with Berg".

package extract

import "strings"

// parentheticalSubject reads the event phrase tokens[start:head+1] set off
// by commas after the sentence's opening name, and adds that name to ev.
// It reports whether it did.
func (x *extractor) parentheticalSubject(si, start, head int, ev *event) bool {
	s := &x.sents[si]
	toks := s.toks
	if ev.group != groupTalks && ev.group != groupCall || start < 3 || head+1 >= len(toks) {
		return false
	}
	c := x.parentheticalComma(si, start)
	if c < 1 || s.lower(head+1) != "with" {
		return false
	}
	// the opening name: a mention ending at the comma, with nothing
	// before it but its title ("Governor", "Health Minister")
	m := x.mentionAt(si, c-1)
	if m == nil || m.end != c || m.ent < 0 || m.nominal || x.titleLeft(si, m.start, m.typ) != 0 {
		return false
	}
	if t := x.ents[m.ent].typ; t != Person && t != Organization && t != Country {
		return false
	}
	// the closing comma, then the verb whose subject the name is
	for k := head + 2; k+1 < len(toks) && k < head+20; k++ {
		switch toks[k].Text {
		case ";", ":", "(", ")":
			return false
		case ",":
			v := k + 1
			if t := toks[v].Tag; (strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN" || t == "MD") && !negated(toks, v) {
				ev.addAttendee(m.ent, si)
				ev.own = true
				return true
			}
			if x.mentionAt(si, v) == nil {
				continue // a list goes on: "with Mayor Berg, Sheriff Cole and ..."
			}
		}
	}
	return false
}

// parentheticalComma returns the comma that opens the phrase before the
// event phrase at token start of sentence si: ", in" and ", during" right
// before it, or ", here for" and ", in PLACE for" (a visitor's errand:
// "Ruiz, in Dayton for talks with Berg, said"); -1 when there is none.
func (x *extractor) parentheticalComma(si, start int) int {
	s := &x.sents[si]
	toks := s.toks
	if start < 3 {
		return -1
	}
	c := -1
	switch p := s.lower(start - 1); {
	case p == "in" || p == "during":
		c = start - 2
	case p == "for" && s.lower(start-2) == "here":
		c = start - 3
	case p == "for":
		pm := x.mentionAt(si, start-2)
		if pm == nil || pm.end != start-1 || pm.ent < 0 || pm.demonym || !isPlace(x.ents[pm.ent].typ) || pm.start < 2 || s.lower(pm.start-1) != "in" {
			return -1
		}
		c = pm.start - 2
	}
	if c < 1 || toks[c].Text != "," {
		return -1
	}
	return c
}
