package extract

// Where a body stands, told after its name in an apposition (issue 15):
// "the director of the Turkish Friendship Hospital in the Mughraqa area in
// the central Gaza Strip,", "director of Youssef Al-Najjar Hospital in the
// southern Gazan city of Rafah."

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// locativeNouns are the common nouns of a place's kind that a locative
// phrase after a body may hold: "the Mughraqa area", "the southern city of".
var locativeNouns = map[string]bool{"area": true, "city": true, "town": true, "village": true, "district": true, "region": true, "province": true, "state": true, "county": true, "neighbourhood": true, "neighborhood": true, "suburb": true, "capital": true, "island": true, "parish": true, "governorate": true, "camp": true, "part": true, "north": true, "south": true, "east": true, "west": true, "centre": true, "center": true}

// locativeEnd returns the token after a locative phrase opened by "in" at
// token i of sentence si, when the phrase names a place and holds nothing
// but a place's words up to a closing comma, dash or full stop: articles,
// adjectives, capitalised words, places and place nouns joined by "in" or
// "of". Otherwise it returns i.
func (x *extractor) locativeEnd(si, i int) int {
	s := &x.sents[si]
	toks := s.toks
	place := false
	j := i + 1
	for ; j < len(toks) && j <= i+12; j++ {
		t := toks[j]
		lw := s.lower(j)
		switch {
		case closes(t) && lw != "and":
			if place {
				return j
			}
			return i
		case s.owner[j] >= 0:
			if !isPlace(x.mentions[s.owner[j]].typ) {
				return i
			}
			place = true
		case lw == "the" || lw == "in" || lw == "of" || strings.HasPrefix(t.Tag, "JJ"):
		case t.Tag == "NNP" && t.Text != "\"":
			place = true // "the Mughraqa area": a place the names stage left alone
		case locativeNouns[lw]:
		default:
			return i
		}
	}
	if j == len(toks) && place {
		return j
	}
	return i
}

// coordinatedTrades reports whether "and" at token j joins two trades of
// one title after an article ("an obstetrician and gynecologist at"): a
// single word of an occupation's shape from start (the tagger may call it an
// adjective), and an occupation or a lower-case title head after "and".
func coordinatedTrades(toks []nlpToken, start, j int) bool {
	if j != start+1 || j+1 >= len(toks) {
		return false
	}
	first := nlpToken{Text: toks[start].Text, Tag: "NN"}
	if !(toks[start].Tag == "NN" || toks[start].Tag == "JJ") || gazetteer.Capitalised(first.Text) || !occupation(first) {
		return false
	}
	next := toks[j+1]
	return !gazetteer.Capitalised(next.Text) && (occupation(next) || next.Tag == "NN" && isTitleHead(next.Text))
}

// unitNouns are the parts of a body and the places a trade is plied in,
// named after a title: "a doctor in the department", "a nurse in the
// intensive care unit".
var unitNouns = map[string]bool{"department": true, "unit": true, "ward": true, "office": true, "division": true, "section": true, "lab": true, "laboratory": true, "clinic": true, "hospital": true, "newsroom": true, "village": true, "town": true, "city": true, "area": true, "region": true, "team": true}

// inUnitCloses reports whether "in the [words] UNIT" at token i of sentence
// si, a unit noun last, closes a title with the apposition: "Abed Abu
// Hasira, a doctor in the department."
func (x *extractor) inUnitCloses(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if s.lower(i) != "in" || i+2 >= len(toks) || s.lower(i+1) != "the" {
		return false
	}
	k := i + 2
	// "the department" may stand for the body named before: no name
	for k < len(toks) && k < i+5 && (s.owner[k] < 0 || x.mentions[s.owner[k]].nominal) && !gazetteer.Capitalised(toks[k].Text) && (strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ")) {
		k++
	}
	return k > i+2 && unitNouns[s.lower(k-1)] && (k == len(toks) || closes(toks[k]))
}
