package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// officeWords name the body an official heads when written after the
// official's title and a possessive: "Sheriff's Office", "Attorney's
// Department".
var officeWords = map[string]bool{"office": true, "department": true, "bureau": true, "service": true}

// titledOffices reads as one organisation a body named after the official
// who heads it, as American copy names sheriffs', prosecutors' and
// coroners' offices and as British and Malaysian copy names some
// ministries: capitalised words ending in a title, a possessive and a
// capitalised office word ("the Harris County Sheriff's Office", "the
// Manhattan District Attorney’s Office", "the Christian County Sheriff’s
// Department", "the Prime Minister's Department", "the U.S. Trade
// Representative's Office"). The recogniser reads the words before the
// title as a place and the office word alone as a body, or the title as
// part of a place's name. At least one capitalised word must stand before
// the title's last word: "the Sheriff's Office" alone is no name.
func (x *extractor) titledOffices() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for p := 2; p+1 < len(s.toks); p++ {
			if s.toks[p].Tag != "POS" || !officeWords[s.lower(p+1)] || !gazetteer.Capitalised(s.toks[p+1].Text) {
				continue
			}
			title := p - 1
			if !gazetteer.Capitalised(s.toks[title].Text) || !isTitleHead(s.toks[title].Text) {
				continue
			}
			start := title
			for start > 0 && gazetteer.Capitalised(s.toks[start-1].Text) && strings.HasPrefix(s.toks[start-1].Tag, "NNP") {
				start--
			}
			if start == title {
				continue // "the Sheriff's Office": no jurisdiction named
			}
			x.nameOffice(si, start, p+2)
		}
	}
}

// nameOffice makes tokens [i, j) of sentence si one organisation's name,
// in place of the mentions inside or across them.
func (x *extractor) nameOffice(si, i, j int) {
	x.removeOwnersIn(si, i, j)
	if k := x.addMention(si, i, j, Organization, false); k >= 0 {
		x.mentions[k].sure = true
	}
}
