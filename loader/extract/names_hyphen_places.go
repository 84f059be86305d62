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
		name := t.Text[:h]
		if _, ok := gazetteer.Place(name); !ok {
			continue
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
		if k := x.addMention(si, i, i+1, typ, false); k >= 0 {
			m := &x.mentions[k]
			m.text, m.name, m.bstart, m.bend = name, clean, t.Start, t.Start+len(name)
		}
	}
}

// hyphenPlaceEnt returns the entity of the place that hyphenPlaces read in
// token i of sentence si ("Geneva" in "the Geneva-based WTO"), or -1.
func (x *extractor) hyphenPlaceEnt(si, i int) int {
	m := x.mentionAt(si, i)
	if m == nil || m.bend == 0 || m.start != i || m.end != i+1 || m.typ == Person || m.typ == Organization {
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
