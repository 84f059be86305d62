// Firms named after two places or a place and a word, joined by "and":
// "Denver and Rio Grande Railway Co", "Boston and Maine Lumber Co". The
// recogniser reads the first place alone and the rest as the firm ("Boston",
// "Maine Lumber Co"). A town's name, "and" and a firm's name ending in a
// legal form make one firm's name, unless the town stands in a list of
// firms and their seats ("Acme SA of Lyon and Qwerty Corp", "in Lyon and
// Qwerty Corp"), or the rest of the name is no single firm's (see
// placeAndFirmHalf).

package extract

import "strings"

// placeAndNotAfter are words before a town that make it a place of its own
// rather than the first word of a firm's name: a list's comma and the
// prepositions of where things are.
var placeAndNotAfter = map[string]bool{",": true, ";": true, "in": true, "at": true, "near": true, "outside": true, "across": true, "throughout": true, "around": true}

// joinPlaceAndFirms joins a town or place of one or two words (no
// country), "and" (or "&") and the organisation's name right after it that
// ends in a legal form into one organisation ("Boston and Maine Lumber Co").
// The town stays a place when a comma or a preposition of place comes
// before it, or "of" right after another firm's name ("Acme SA of Lyon and
// Qwerty Corp": the firm's seat, then a second firm).
func (x *extractor) joinPlaceAndFirms() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Place && m.typ != City || m.end-m.start > 2 || m.demonym || m.nominal || m.bend != 0 {
			continue
		}
		s := &x.sents[m.sent]
		if s.row || m.end+1 >= len(s.toks) || !x.placeOpensFirm(m) {
			continue
		}
		if w := s.lower(m.end); w != "and" && w != "&" {
			continue
		}
		b := x.mentionAt(m.sent, m.end+1)
		if b == nil || b.start != m.end+1 || b.typ != Organization || b.bend != 0 || !x.placeAndFirmHalf(m, b) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		drop[s.owner[b.start]] = true
		spans = append(spans, tokenSpan{m.sent, m.start, b.end})
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// placeAndFirmHalf reports whether organisation b, after place m and
// "and", may be the rest of one firm's name: it ends in a legal form, it
// opens with no word of capitals ("Lyon and QZX Cable Investors" are two
// partners), it names no exchange (each town has its own: "the Lyon and
// Zorbton Stock Exchange" are two), and the place is no organisation the
// word lists know (a firm named after its town, "Zorbton and Qwerty
// Electric" are two firms).
func (x *extractor) placeAndFirmHalf(m, b *mention) bool {
	f := strings.Fields(b.name)
	if !legalEnd(b.name) || capitalsOnlyWord(f[0]) || strings.HasPrefix(strings.ToLower(f[len(f)-1]), "exchange") {
		return false
	}
	_, known := orgLookup(m.name)
	return !known
}

// placeOpensFirm reports whether the words before place mention m let it
// open a firm's name: no comma or preposition of place right before it, and
// no "of" after another organisation's name ("Acme SA of Lyon").
func (x *extractor) placeOpensFirm(m *mention) bool {
	if m.start == 0 {
		return true
	}
	s := &x.sents[m.sent]
	prev := s.lower(m.start - 1)
	if placeAndNotAfter[prev] {
		return false
	}
	if prev != "of" || m.start < 2 {
		return true
	}
	before := strings.Trim(s.toks[m.start-2].Text, "<>")
	if o := x.mentionAt(m.sent, m.start-2); o != nil && o.typ == Organization {
		return false
	}
	return !legalEnd(before) && s.toks[m.start-2].Text != ">"
}
