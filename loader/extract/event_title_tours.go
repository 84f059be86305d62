// Event nouns that name no event held, of two more kinds: an event noun
// that makes a title with the noun after it ("OPEC conference president
// Rilwanu Lukman said", "the summit chairman") and a performers' tour
// ("performing support slots for The Stone Roses on their UK stadium
// tour", "a world concert tour"): no visit of a country.

package extract

// eventTitleHeads after an event noun make it part of a title.
var eventTitleHeads = map[string]bool{"president": true, "chairman": true, "chairwoman": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "secretariat": true}

// showTourWords before "tour" make it a performers' tour.
var showTourWords = map[string]bool{"stadium": true, "concert": true, "arena": true, "world": true, "farewell": true,
	"comeback": true, "reunion": true, "sell-out": true, "sellout": true, "acoustic": true, "promotional": true,
	"book": true, "club": true, "headline": true, "headlining": true, "solo": true, "theatre": true, "theater": true,
	"album": true, "band": true}

// titleNoun reports whether the event noun at tr is followed by a title's
// head: "OPEC conference president".
func (x *extractor) titleNoun(tr trigger) bool {
	s := &x.sents[tr.sent]
	return tr.end < len(s.toks) && eventTitleHeads[s.lower(tr.end)] && isNounTag(s.toks[tr.start].Tag) && isNounTag(s.toks[tr.end].Tag)
}

// showTour reports whether the noun "tour" (or "tours") at tr has a word
// of showTourWords right before it: "their UK stadium tour".
func (x *extractor) showTour(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end-tr.start != 1 || tr.start == 0 {
		return false
	}
	if w := s.lower(tr.start); w != "tour" && w != "tours" {
		return false
	}
	return showTourWords[s.lower(tr.start-1)]
}
