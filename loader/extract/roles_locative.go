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
