package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// hyphenTailWord reports whether a word is a name made an adjective by a
// lower-case word hyphenated to it ("Dallas-based", "State-owned"): it
// opens no name of a body after it ("Shares of Dallas-based Texas
// Industries Inc" names the firm from "Texas").
func hyphenTailWord(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && hyphenTails[w[h+1:]]
}

// whereTails are the hyphenTails that say where something is: a place
// before them is named as a place ("U.S.-led talks" name a party to them, left
// to the event rules).
var whereTails = map[string]bool{"based": true, "born": true, "area": true, "headquartered": true, "registered": true}

// hyphenPlaces adds the known places that a hyphenated adjective of where
// names and no mention holds: "the Seattle-based company" names Seattle, as
// "the Seattle-based Boeing" does.
func (x *extractor) hyphenPlaces(si int) {
	s := &x.sents[si]
	for i, t := range s.toks {
		h := strings.LastIndexByte(t.Text, '-')
		if s.owner[i] >= 0 || h <= 0 || !whereTails[t.Text[h+1:]] || !gazetteer.Capitalised(t.Text) {
			continue
		}
		name, start := t.Text[:h], i
		// "New Orleans-based": the place's first words before the token
		if w := x.placeOpening(si, i, name); w > 0 {
			start, name = i-w, x.text[s.toks[i-w].Start:t.Start+h]
		}
		if _, ok := gazetteer.Place(name); !ok {
			// "Mercer Island-based": names_hyphen_suffix_places.go
			w, n, ok := x.suffixPlaceOpening(si, i, name)
			if !ok {
				continue
			}
			start, name = i-w, n
		}
		if _, ok := gazetteer.Org(name); ok {
			continue
		}
		typ := Place
		if p, _ := gazetteer.Place(name); p.Class == gazetteer.ClassCountry {
			typ = Country
		} else if p.Class == gazetteer.ClassCity {
			typ = City
		}
		clean := cleanName(name, typ)
		if clean == "" {
			continue
		}
		if k := x.addMention(si, start, i+1, typ, false); k >= 0 {
			m := &x.mentions[k]
			m.text, m.name, m.bstart, m.bend = name, clean, s.toks[start].Start, t.Start+h
		}
	}
}

// placeOpening returns how many capitalised words before token i of
// sentence si, free of any mention, open with name a place's name the
// gazetteer knows ("New" of "New Orleans-based", "Salt Lake" of "Salt Lake
// City-based"), 0 when none do: the longest such name.
func (x *extractor) placeOpening(si, i int, name string) int {
	s := &x.sents[si]
	best, full := 0, name
	for w := 1; w <= 2 && i-w >= 0; w++ {
		t := s.toks[i-w]
		if s.owner[i-w] >= 0 || !gazetteer.Capitalised(t.Text) || t.End >= s.toks[i-w+1].Start {
			break // a mention's word, a word in lower case, or glued to the next
		}
		full = t.Text + " " + full
		if _, ok := gazetteer.Place(full); ok {
			best = w
		}
	}
	return best
}

// hyphenPlaceEnt returns the entity of the place that hyphenPlaces read in
// token i of sentence si ("Geneva" in "the Geneva-based WTO"), or -1.
func (x *extractor) hyphenPlaceEnt(si, i int) int {
	m := x.mentionAt(si, i)
	if m == nil || m.bend == 0 || m.end != i+1 || m.typ == Person || m.typ == Organization {
		return -1
	}
	return m.ent
}

// afterHyphenTail starts a recogniser mention m after the last hyphenated
// adjective inside it: "Shares of Houston-based Gulfport Drilling Inc" names
// the firm from "Gulfport" (the place is read by hyphenPlaces).
func afterHyphenTail(toks []nlp.Token, m ner.Mention) ner.Mention {
	for k := m.End - 2; k >= m.Start; k-- {
		if hyphenTailWord(toks[k].Text) {
			m.Start = k + 1
			break
		}
	}
	return m
}
