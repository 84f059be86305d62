// A place named after its owner with a possessive: "Hart's Island", "St
// James's Park", "Fisherman's Wharf Park". The recogniser reads the owner
// as a person and the place word alone as a second name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// possessivePlaces makes one place's name of one or two capitalised words,
// their possessive and a capitalised word that ends places' names
// (placesuffixes: Island, Park, Bay, Lake, ...) with no capitalised word
// after it: "new trenches on Hart's Island". Not when the owner is a known
// place ("Britain's Lake District" names Britain's district) or a person the
// article names in full, nor inside a longer name.
func (x *extractor) possessivePlaces() {
	var spans []tokenSpan
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for p := 1; p+1 < len(toks); p++ {
			if t := toks[p].Text; t != "'s" && t != "’s" {
				continue
			}
			e := p + 2
			if !gazetteer.Capitalised(toks[p+1].Text) || !gazetteer.IsPlaceSuffix(toks[p+1].Text) || e < len(toks) && gazetteer.Capitalised(toks[e].Text) {
				continue
			}
			b := p
			for b > 0 && p-b < 2 && gazetteer.Capitalised(toks[b-1].Text) && strings.HasPrefix(toks[b-1].Tag, "NNP") && !openingWord(s, b-1) {
				b--
			}
			if b == p || b > 0 && gazetteer.Capitalised(toks[b-1].Text) && !openingWord(s, b) {
				continue
			}
			owner := x.span(si, b, p)
			if _, ok := gazetteer.Place(owner); ok || x.fullNameOf(owner) {
				continue
			}
			ok := true
			for k := b; k < e; k++ {
				if o := s.owner[k]; o >= 0 {
					if m := &x.mentions[o]; m.start < b || m.end > e || m.sure {
						ok = false
					}
				}
			}
			if !ok {
				continue
			}
			for k := b; k < e; k++ {
				if o := s.owner[k]; o >= 0 {
					if drop == nil {
						drop = make([]bool, len(x.mentions))
					}
					drop[o] = true
				}
			}
			spans = append(spans, tokenSpan{si, b, e})
			p = e
		}
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Place)
}

// fullNameOf reports whether the article names a person whose name ends in
// the one word w ("Hart" after "Gary Hart"): a surname, not a place's owner.
func (x *extractor) fullNameOf(w string) bool {
	if strings.Contains(w, " ") {
		return false
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && strings.HasSuffix(m.name, " "+w) {
			return true
		}
	}
	return false
}
