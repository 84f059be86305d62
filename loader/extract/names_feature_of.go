// A place's name whose head noun opens it before "of" ("the Gulf of
// Mexico", "the Strait of Hormuz", "the Sea of Japan", "the Republic of
// Venezuela", "the City of Quebec") read as two names, the head alone and
// the name after "of" ("Gulf" and "Mexico"), or typed as a body ("Sea of
// Okhotsk"): the whole run is one place, and neither the bare head nor the
// country after "of" is named there.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// placeOfHead reports whether w, capitalised, is a noun that opens a
// place's name before "of": a natural feature's ("Gulf", "Strait") or a
// polity's ("Republic", "City", "State").
func placeOfHead(w string) bool {
	switch w {
	case "Gulf", "Strait", "Straits", "Sea", "Bay", "Isle", "Cape", "Bight",
		"Republic", "Kingdom", "Principality", "Emirate", "Sultanate",
		"Commonwealth", "State", "Province", "City", "Metropolis":
		return true
	}
	return false
}

// joinFeatureOf puts one place over each "HEAD of NAME" of placeOfHead
// (see the file's comment): HEAD alone or a one-word mention, NAME a
// mention that no capitalised word or possessive follows ("the Port of
// Singapore Authority", "Republic of Iran News": a body's name goes on),
// and no person's. A whole "HEAD of NAME" mention of another type becomes a
// place when NAME is a place the gazetteer knows ("the State of Play" and
// "the Sound of Music" are no places).
func (x *extractor) joinFeatureOf() {
	var spans []tokenSpan
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		toks := s.toks
		for i := 0; i+2 < len(toks); i++ {
			if !placeOfHead(toks[i].Text) || s.lower(i+1) != "of" {
				continue
			}
			if h := s.owner[i]; h >= 0 {
				m := &x.mentions[h]
				if m.start == i && m.end > i+2 && m.typ != Person && m.typ != Place && m.typ != City && m.typ != Country {
					if _, ok := gazetteer.Place(x.span(si, i+2, m.end)); ok {
						m.typ, m.sure = Place, true // "the Sea of Japan" read as a body
					}
				}
				if m.start != i || m.end != i+1 {
					continue
				}
			}
			r := x.mentionAt(si, i+2)
			if r == nil || r.start != i+2 || r.typ == Person || r.demonym || r.nominal || r.bstart != 0 || r.bend != 0 {
				continue
			}
			if j := r.end; j < len(toks) && (gazetteer.Capitalised(toks[j].Text) || possessiveToken(toks[j])) {
				continue
			}
			owned := []int{s.owner[i+2]}
			if h := s.owner[i]; h >= 0 {
				owned = append(owned, h)
			}
			drop = x.markDropped(drop, owned)
			spans = append(spans, tokenSpan{si, i, r.end})
		}
	}
	if spans == nil {
		return
	}
	x.removeMentions(drop)
	for _, sp := range spans {
		if k := x.addMention(sp.si, sp.i, sp.j, Place, false); k >= 0 {
			x.mentions[k].sure = true // no firm's or body's reading
		}
	}
}
