// Places of one kind listed with the kind's word once, in the plural, after
// the last of them: "Mohave and Pinal Counties", "the Platte and Loup
// Rivers", "Kent, Essex and Sussex Parishes". The recogniser reads the
// plural as the last name's own word ("Pinal Counties", typed anything) or
// the whole list as one name ("Platte and Loup Rivers"); each name is one
// place whose name takes the kind's word in the singular.

package extract

import "strings"

// sharedPluralHeads maps a plural word naming a kind of place that
// coordinated names share to its singular. "Rivers" is also a surname
// ("Joan and Melissa Rivers"): a person's reading keeps it (see sharedHead).
var sharedPluralHeads = map[string]string{
	"Counties":  "County",
	"Rivers":    "River",
	"Provinces": "Province",
	"Parishes":  "Parish",
	"Townships": "Township",
	"Boroughs":  "Borough",
}

// pluralHeadPlaces splits a name "A and B Counties" at its "and" and names
// each place of a list sharing a plural head ("A, B and C Counties") by its
// own name and the head in the singular, typed a place. The plural may be
// the last name's last word or the word right after it that no name holds
// ("Varna and Ostrel Provinces" read as two names), and a capitalised word
// of the list that no name holds is a place's name too.
func (x *extractor) pluralHeadPlaces() {
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		if _, in, ok := x.sharedHead(m); !ok || !in || m.end-m.start < 4 {
			continue
		}
		if and := x.onlyAnd(m); and > m.start && and < m.end-2 {
			cuts = append(cuts, andCut{k, and})
		}
	}
	x.splitAtAnd(cuts)
	type listed struct {
		k     int           // the last name's mention
		head  string        // the shared word in the singular
		in    bool          // the plural is the mention's last word
		names []int         // mentions listed before it
		adds  []mentionPart // capitalised words listed before it that no name holds
	}
	var lists []listed
	for k := range x.mentions {
		m := &x.mentions[k]
		head, in, ok := x.sharedHead(m)
		if !ok {
			continue
		}
		names, adds := x.headlessConjuncts(m)
		if len(names)+len(adds) > 0 {
			lists = append(lists, listed{k, head, in, names, adds})
		}
	}
	for _, l := range lists {
		m := &x.mentions[l.k]
		end := m.end
		if l.in {
			end--
		}
		m.typ, m.name = Place, cleanName(x.span(m.sent, m.start, end), Place)+" "+l.head
		for _, c := range l.names {
			o := &x.mentions[c]
			o.typ, o.name = Place, o.name+" "+l.head
		}
		for _, p := range l.adds {
			if k := x.addMention(p.si, p.i, p.j, Place, false); k >= 0 {
				x.mentions[k].name += " " + l.head
			}
		}
	}
}

// sharedHead returns the singular of the plural place word that ends
// mention m or comes right after it, held by no name ("Counties" gives
// "County"), and whether it is m's own last word, when m is a name that
// can share it: no demonym, description or part of a token, and no
// person's name unless the word is no surname.
func (x *extractor) sharedHead(m *mention) (string, bool, bool) {
	if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.typ == Event {
		return "", false, false
	}
	s := &x.sents[m.sent]
	in := m.end-m.start >= 2
	head, ok := sharedPluralHeads[s.toks[m.end-1].Text]
	if !ok || !in {
		in = false
		if m.end >= len(s.toks) || s.owner[m.end] >= 0 {
			return "", false, false
		}
		if head, ok = sharedPluralHeads[s.toks[m.end].Text]; !ok {
			return "", false, false
		}
	}
	if m.typ == Person && head == "River" {
		return "", false, false
	}
	return head, in, true
}

// headlessConjuncts returns the names listed before mention m with it,
// nearest first: the one ending right before an "and" or "or" that opens
// m, then those before it each ending right before a comma. A name is a
// mention (names) or a run of capitalised words that no mention holds
// (adds), not opening the sentence. The list stops at a person's name and
// at a name already ending in a place word of its own ("Orange County and
// Pinal Counties").
func (x *extractor) headlessConjuncts(m *mention) (names []int, adds []mentionPart) {
	s := &x.sents[m.sent]
	i := m.start - 1
	if i < 1 || (s.lower(i) != "and" && s.lower(i) != "or") {
		return nil, nil
	}
	for i >= 1 {
		start := i
		if o := s.owner[i-1]; o >= 0 {
			c := &x.mentions[o]
			if c.end != i || c.demonym || c.nominal || c.bend != 0 || c.typ == Person || c.typ == Event || endsInPlaceWord(c.name) {
				break
			}
			names = append(names, o)
			start = c.start
		} else {
			for start > 0 && s.owner[start-1] < 0 && capitalisedWord(s.toks[start-1]) && isLetterWord(s.toks[start-1].Text) && determiners[s.lower(start-1)] == "" {
				start--
			}
			if start == i || start == 0 || s.owner[start-1] >= 0 {
				break // no word, the sentence's opening word, or glued to a name
			}
			adds = append(adds, mentionPart{m.sent, start, i, Place})
		}
		i = start - 1
		if i < 1 || s.toks[i].Text != "," {
			break
		}
	}
	return names, adds
}

// endsInPlaceWord reports whether name ends in one of the singular words
// of sharedPluralHeads ("Orange County").
func endsInPlaceWord(name string) bool {
	for _, w := range sharedPluralHeads {
		if strings.HasSuffix(name, " "+w) {
			return true
		}
	}
	return false
}
