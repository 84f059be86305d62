package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A point of the compass alone, right before a capitalised word, was cut
// from a longer name ("[West] Germany-based Linotype", "[West] African
// countries", "[East] Asian markets"): it names no place, and the place, when
// the gazetteer knows it, is read whole by later rules (hyphenPlaces). The
// geopolitical "the West" alone ("trade with the West", "in the West on
// Monday") stays.

// cutCompass reports whether the name of tokens i to j is one capitalised
// point of the compass written apart before a capitalised word that is no
// weekday or month.
func cutCompass(toks []nlp.Token, i, j int) bool {
	if j != i+1 || j >= len(toks) || !compassWords[lower(toks[i].Text)] || !gazetteer.Capitalised(toks[i].Text) {
		return false
	}
	next := toks[j]
	if next.Start <= toks[i].End || !gazetteer.Capitalised(next.Text) {
		return false
	}
	lw := lower(next.Text)
	_, weekday := weekdays[lw]
	_, month := months[lw]
	return !weekday && !month
}

// dropCutCompass drops the recogniser's names that cutCompass says were cut
// from a longer name, but for one that makes a known place with the first
// word of the name after it, left to joinSplitPlace ("[North] [Carolina
// Department of Commerce]").
func dropCutCompass(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for k, m := range ms {
		if !cutCompass(toks, m.Start, m.End) || k+1 < len(ms) && joinsPlace(toks, m, ms[k+1]) {
			out = append(out, m)
		}
	}
	return out
}

// joinsPlace reports whether name n starts right after the one-word name m
// and the gazetteer knows m's word and n's first word as a place.
func joinsPlace(toks []nlp.Token, m, n ner.Mention) bool {
	if n.Start != m.End {
		return false
	}
	_, ok := gazetteer.Place(toks[m.Start].Text + " " + toks[n.Start].Text)
	return ok
}
