package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitListNames splits a name that joins two names with "and" when it
// closes a list of names ("Paramount, Universal and Warner Brothers",
// "Sony, Philips and Matsushita Electric"): after a comma that follows a
// name, the "and" joins the list's last two items, not two words of one
// name. The item before the comma must be a name (a place in a list of places). A name
// a gazetteer knows stays whole, and so does one the article writes inside
// a longer name ("Harper and Row" of "Harper and Row Publishers Inc"), and
// so does one whose words after the "and" are one common noun and a legal
// form, the tail of a firm's name ("Connecticut Light and Power Co").
func (x *extractor) splitListNames() {
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		if m.end-m.start < 3 || m.start < 2 || s.toks[m.start-1].Text != "," || strings.Contains(m.name, ",") {
			continue // a partnership named with its commas stays whole (names_comma_partners.go)
		}
		// the list's item before the comma is a name, and a place only
		// in a list of places (not "in Las Croabas, Customs and Border
		// Protection announced")
		if !x.listOfKind(m) {
			continue
		}
		and := -1
		for j := m.start + 1; j+1 < m.end; j++ {
			if w := s.lower(j); w == "and" || w == "&" {
				and = j
				break
			}
		}
		if and < 0 || !gazetteer.Capitalised(s.toks[and-1].Text) || !gazetteer.Capitalised(s.toks[and+1].Text) {
			continue
		}
		// "Mukesh and Reliance": two words, left to splitJoined;
		// "Procter and Gamble Co", "Marks and Spencer Plc": one firm.
		last := strings.TrimSuffix(s.lower(m.end-1), ".")
		if and == m.start+1 && (m.end-m.start == 3 || m.end-and == 3 && (legalSuffix[last] || legalForms[last])) {
			continue
		}
		if _, ok := orgLookup(m.name); ok || x.insideLongerName(m.name) {
			continue
		}
		if tailOnlySpan(s, and+1, m.end) {
			continue // "Control, Connecticut Light and Power Co": "Power Co" is no firm's whole name (names_and_tails.go)
		}
		cuts = append(cuts, andCut{k, and})
	}
	x.splitAtAnd(cuts)
}

// listOfKind reports whether mention m closes a list (its start follows a
// comma) whose items before it hold a name of m's kind, place or not: the
// item right before the comma, or one further back in the same run of
// capitalised words and commas ("UBS, Credit Suisse First Boston, Deutsche
// Bank and Citigroup", where the item before the comma ends in a city's
// name), when that item is a place's and m no place's nor a firm's legal
// name ("Donaldson, Lufkin and Jenrette Securities Corp" stays whole). A
// lone place before the comma is no list ("in Las Croabas,
// Customs and Border Protection announced").
func (x *extractor) listOfKind(m *mention) bool {
	s := &x.sents[m.sent]
	for j := m.start - 2; j >= 0 && j >= m.start-30; j-- {
		w := s.toks[j].Text
		if w == "," {
			continue
		}
		if o := s.owner[j]; o >= 0 {
			if s.toks[j+1].Text == "," && isPlace(x.mentions[o].typ) == isPlace(m.typ) {
				return true
			}
			if j == m.start-2 && (!isPlace(x.mentions[o].typ) || isPlace(m.typ) || legalEnd(m.name)) {
				return false
			}
			continue
		}
		if j == m.start-2 || !gazetteer.Capitalised(w) && w != "of" && w != "&" {
			return false
		}
	}
	return false
}

// andCut is a mention (its index) to be split in two at its token "and".
type andCut struct{ k, and int }

// splitAtAnd replaces each cut mention by the two names either side of its
// "and", both of the mention's type.
func (x *extractor) splitAtAnd(cuts []andCut) {
	if cuts == nil {
		return
	}
	parts := make([]mentionPart, 0, 2*len(cuts))
	drop := make([]bool, len(x.mentions))
	for _, c := range cuts {
		m := x.mentions[c.k]
		drop[c.k] = true
		parts = append(parts, mentionPart{m.sent, m.start, c.and, m.typ}, mentionPart{m.sent, c.and + 1, m.end, m.typ})
	}
	x.splitMentions(drop, parts)
}

// insideLongerName reports whether another mention's name holds name as
// whole words ("U.S. Customs and Border Protection").
func (x *extractor) insideLongerName(name string) bool {
	for k := range x.mentions {
		if n := x.mentions[k].name; len(n) > len(name) && strings.Contains(" "+n+" ", " "+name+" ") {
			return true
		}
	}
	return false
}

// joinKnownAnds joins a name, "and" and the capitalised words after it into
// one organisation's name when the article writes them so at the start of a
// longer organisation's name: "Harper and Row's shares" after "Harper and
// Row Publishers Inc", where the recogniser read two names joined by "and".
func (x *extractor) joinKnownAnds() {
	longer := map[string]EntityType{} // word prefixes of organisation names with "and" in them
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || !strings.Contains(m.name, " and ") {
			continue
		}
		f := strings.Fields(m.name)
		for n := 3; n < len(f); n++ {
			longer[strings.Join(f[:n], " ")] = m.typ
		}
	}
	if len(longer) == 0 {
		return
	}
	type join struct{ k, end int }
	var joins []join
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		if m.end+1 >= len(s.toks) || s.lower(m.end) != "and" {
			continue
		}
		best := -1
		for e := m.end + 1; e < len(s.toks) && e <= m.end+4 && gazetteer.Capitalised(s.toks[e].Text); e++ {
			if o := s.owner[e]; o >= 0 && x.mentions[o].end > e+1 {
				break // a longer name goes on after the words
			}
			if _, ok := longer[x.span(m.sent, m.start, e+1)]; ok {
				best = e + 1
			}
		}
		if best > 0 {
			joins = append(joins, join{k, best})
		}
	}
	if joins == nil {
		return
	}
	spans := make([]tokenSpan, 0, len(joins))
	drop := make([]bool, len(x.mentions))
	for _, j := range joins {
		m := x.mentions[j.k]
		drop[j.k] = true
		s := &x.sents[m.sent]
		for e := m.end; e < j.end; e++ {
			if o := s.owner[e]; o >= 0 {
				drop[o] = true
			}
		}
		spans = append(spans, tokenSpan{m.sent, m.start, j.end})
	}
	x.replaceMentions(drop, spans, Organization)
}
