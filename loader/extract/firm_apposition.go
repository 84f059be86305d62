package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmsByApposition types as a body a name read as a person or a place that
// an apposition calls a body: "Deutsche Boerse, the German stock exchange,",
// "Kwik Save, a retail chain.", "Surgutneftegas, Russia's fourth-biggest oil
// firm,". The apposition is "the", "a", "an" or a place's possessive, at most
// three lower-case words or national adjectives, and a noun of bodies
// (orgNouns, not one that names people too: personNouns) that ends it
// (before a comma, a full stop, "of" or "in"). The
// mention is sure of its type, so the name's other mentions follow it
// (voteTypes).
func (x *extractor) firmsByApposition() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ != Person && m.typ != Place && m.typ != City && m.typ != Other {
			continue
		}
		if x.bodyApposition(m) {
			m.typ, m.sure = Organization, true
		}
	}
}

// bodyApposition reports whether an apposition after mention m calls it a
// body (firmsByApposition).
func (x *extractor) bodyApposition(m *mention) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	k := m.end
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	k2 := k + 2
	if w := s.lower(k + 1); w != "the" && w != "a" && w != "an" {
		// "Surgutneftegas, Russia's fourth-biggest oil firm,": a
		// country's possessive opens it as "the" does
		o := s.owner[k+1]
		if o < 0 || x.mentions[o].end != k+2 || k+2 >= len(toks) || toks[k+2].Tag != "POS" {
			return false
		}
		if t := x.mentions[o].typ; t != Country && t != Place && t != City {
			return false
		}
		k2 = k + 3
	}
	for n := k2; n < len(toks) && n <= k2+3; n++ {
		w := s.lower(n)
		if s.owner[n] >= 0 && !x.mentions[s.owner[n]].demonym {
			return false
		}
		if orgNouns[w] && !personNouns[w] && !gazetteer.Capitalised(toks[n].Text) {
			if n+1 == len(toks) {
				return true
			}
			switch s.lower(n + 1) {
			case ",", ".", "of", "in":
				return true
			}
			return false
		}
		if gazetteer.Capitalised(toks[n].Text) && (s.owner[n] < 0 || !x.mentions[s.owner[n]].demonym) {
			return false
		}
		if t := toks[n].Tag; t != "JJ" && t != "NN" && t != "NNP" && t != "VBN" {
			return false
		}
	}
	return false
}

// personNouns are the nouns of bodies (orgNouns) that an apposition also
// gives people: "the film producer", "a rival", "the publisher".
var personNouns = map[string]bool{"producer": true, "rival": true, "publisher": true, "operator": true, "maker": true,
	"giant": true, "broker": true, "supplier": true, "distributor": true, "manufacturer": true, "brand": true}
