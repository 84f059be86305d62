// Names of modern copy the recogniser misses: the body written before a
// lower-case title ("Future Publishing founder Chris Anderson").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodiesBeforeTitles, in sentence si: "Future Publishing founder Chris
// Anderson", "Glover Park Group partner Jane Doe": capitalised words no
// mention owns, then a lower-case title ("founder", "communications head")
// and a person's name: the capitalised words name the body the person
// serves (acronymBodies reads "PCS leader Mark Serwotka"). Not at the start
// of a sentence, where any word is capitalised, nor national adjectives,
// places or words of titles ("Former", "Deputy").
func (x *extractor) bodiesBeforeTitles(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.start < 3 {
			continue
		}
		// the lower-case title: one or two words, the last a title head
		h := m.start - 1
		if s.owner[h] >= 0 || gazetteer.Capitalised(toks[h].Text) || !isTitleHead(toks[h].Text) || !strings.HasPrefix(toks[h].Tag, "NN") {
			continue
		}
		end := h
		if h-1 >= 0 && s.owner[h-1] < 0 && !gazetteer.Capitalised(toks[h-1].Text) && toks[h-1].Tag == "NN" && !titleModifiers[lower(toks[h-1].Text)] {
			end = h - 1 // "communications head"
		}
		start := end
		for start > 0 && end-start < 4 && s.owner[start-1] < 0 && gazetteer.Capitalised(toks[start-1].Text) && strings.HasPrefix(toks[start-1].Tag, "NNP") {
			start--
		}
		if start == end || start == 0 || toks[start-1].Tag == "POS" || gazetteer.Capitalised(toks[start-1].Text) {
			continue
		}
		ok := true
		for _, t := range toks[start:end] {
			lw := lower(t.Text)
			if isTitleHead(t.Text) || titleModifiers[lw] || isHonorific(strings.TrimSuffix(lw, ".")) || calendarWord(t.Text) {
				ok = false
				break
			}
			if _, d := demonym(t.Text); d {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if _, place := gazetteer.Place(x.span(si, start, end)); place {
			continue
		}
		if k := x.addMention(si, start, end, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
	}
}
