package extract

// Lists of legislators under one plural title: "Democratic Sens. Patrick
// Moynihan of New York, Christopher Dodd of Connecticut and George Mitchell
// of Maine" gives each the title "Sen." and the party.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// pluralAbbrev returns the singular of an abbreviated plural title ("Sens."
// of "Sen.", "Reps.", "Gens.") and whether the word is one.
func pluralAbbrev(w string) (string, bool) {
	b, ok := strings.CutSuffix(w, "s.")
	if !ok || len(b) < 2 || !isTitleHead(b) || !isTitleHead(b+".") {
		return w, false
	}
	return b + ".", true
}

// seatEnd returns where the state or town a listed person serves ends
// after the name ending at token end ("Moynihan of New York,"), or end when
// none follows: the next name of the list stands after it.
func (x *extractor) seatEnd(si, end int) int {
	s := &x.sents[si]
	if end+1 >= len(s.toks) || s.lower(end) != "of" {
		return end
	}
	pm := x.mentionAt(si, end+1)
	if pm == nil || pm.start != end+1 || !isPlace(pm.typ) || pm.demonym || pm.end >= len(s.toks) || !isAnd(s.toks[pm.end].Text) {
		return end
	}
	return pm.end
}

// seatHolders name a seat a state, county or town elects: "Senator Mitch
// McConnell of Kentucky" serves the state, "Mayor Tom Bradley of Los
// Angeles" the city; neither is a mere home.
var seatHolders = map[string]bool{"sen": true, "senator": true, "rep": true, "representative": true, "congressman": true, "congresswoman": true, "gov": true, "governor": true, "lawmaker": true, "legislator": true, "assemblyman": true, "assemblywoman": true, "delegate": true,
	"mayor": true, "supervisor": true, "councilman": true, "councilwoman": true, "councillor": true, "councilor": true, "councilmember": true, "alderman": true, "alderwoman": true, "selectman": true, "selectwoman": true, "freeholder": true, "sheriff": true}

// seatOf reports whether person h, named by mention hm right before "of"
// and the place mention tm, holds a seat by the titles found for h: "Sen.
// Patrick Moynihan of New York" is New York's senator.
func (x *extractor) seatOf(si, h int, hm, tm *mention) bool {
	s := &x.sents[si]
	if tm.start != hm.end+1 || s.lower(hm.end) != "of" {
		return false
	}
	for _, f := range x.order {
		if f.s != h || f.p != vocab.PJobTitle {
			continue
		}
		ws := strings.Fields(lower(f.lit))
		if len(ws) > 0 && seatHolders[strings.TrimSuffix(ws[len(ws)-1], ".")] {
			return true
		}
	}
	return false
}
