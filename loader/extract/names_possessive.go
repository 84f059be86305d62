package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// classNouns are the nouns of a class of people whose possessive opens the
// titles of magazines, shops and parties ("Women’s Health", "People’s Party").
var classNouns = map[string]bool{
	"woman": true, "women": true, "man": true, "men": true, "child": true, "children": true,
	"people": true, "girl": true, "girls": true, "boy": true, "boys": true, "lady": true,
	"ladies": true, "mother": true, "mothers": true, "family": true, "worker": true,
	"workers": true, "farmer": true, "farmers": true, "veteran": true, "veterans": true,
}

// possessiveTitles joins, in every sentence, a capitalised common noun, its
// possessive and the capitalised words after it into one name, a body's:
// "Woman’s Weekly", "Women’s Health magazine", "Men’s Wearhouse". Read
// apart, the owner is no one ("Women" is no body) and the rest no name. The
// owner is a noun of a class of people (classNouns; not "Time's Home Box
// Office") that no list knows as a name, written inside a
// sentence (not at its opening, where any word is capitalised); what the
// recogniser found there, other than a person or a place, gives way.
func (x *extractor) possessiveTitles() {
	var drop []bool
	var spans []tokenSpan
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for i := 0; i+2 < len(toks); i++ {
			w := toks[i].Text
			if openingWord(s, i) || !strings.HasPrefix(toks[i].Tag, "NNP") || !s.in(i, tlClassNouns) || !commonOpener(w) {
				continue
			}
			if p := toks[i+1].Text; p != "’s" && p != "'s" {
				continue
			}
			j := i + 2
			for j < len(toks) && j < i+5 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") {
				j++
			}
			from := x.ownerOpening(si, i) // names_possessive_owner.go
			if j == i+2 || !x.yieldable(si, from, j) {
				continue
			}
			if drop == nil {
				drop = make([]bool, len(x.mentions))
			}
			for k := from; k < j; k++ {
				if o := s.owner[k]; o >= 0 {
					drop[o] = true
				}
			}
			spans = append(spans, tokenSpan{si, from, j})
			i = j
		}
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// yieldable reports whether the mentions over tokens [i, j) of sentence si
// may give way to a longer name: none is a person's or a place's, nor spills
// out of the span.
func (x *extractor) yieldable(si, i, j int) bool {
	return x.mentionsWithin(si, i, j, func(m *mention) bool { return m.typ != Person && !isPlace(m.typ) })
}
