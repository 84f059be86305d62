package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// A place-read name can swallow the date that follows the place: "agreed
// in Rome last June", "talks in Oslo next Tuesday". No place's name ends
// in "last June", so the date words are cut off and the place keeps the
// rest (a gazetteer place of the whole name keeps its reading).

// placeDateOpeners are the words that open a date after a place ("last
// June"), in lower case.
var placeDateOpeners = map[string]bool{"last": true, "next": true, "this": true, "early": true, "late": true}

// placeDateTails cuts from every place-read name of two or more words its
// trailing date: a month or weekday after a placeDateOpeners word.
func (x *extractor) placeDateTails() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if !isPlace(m.typ) || m.demonym || m.nominal || m.bend != 0 || m.end-m.start < 2 {
			continue
		}
		if end := x.placeDateCut(m); end > m.start && end < m.end {
			if _, known := gazetteer.Place(m.name); !known {
				x.respan(k, m.start, end, m.typ)
			}
		}
	}
}

// placeDateCut returns where m's place ends when its last words are a
// date, else m.end.
func (x *extractor) placeDateCut(m *mention) int {
	toks := x.sents[m.sent].toks
	last := m.end - 1
	if !calendarWord(toks[last].Text) {
		return m.end
	}
	if placeDateOpeners[lower(toks[last-1].Text)] {
		return last - 1
	}
	return m.end
}
