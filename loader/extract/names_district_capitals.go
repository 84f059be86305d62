// A capital that is one with its federal district is written with the
// district's code after a comma ("Washington, D.C."), as a town is with its
// state's ("Greenville, SC"). The recogniser reads the town and the code as
// two places ("Washington" and "D.C."), but the code names no other place
// than the town: the two are one name.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// districtCodes are the codes of a federal district that is one with its
// capital (data/districtCodes.txt).
var districtCodes = wordSet("districtCodes")

// districtCapitals makes one place of a town's name, a comma and a
// district's code right after it ("Washington, D.C."): the town must be read
// as a town or a place, the code closes the phrase (no capitalised word
// after it) and is no one's mention or a mention of its own
// (the recogniser reads "DC" as a body's acronym as often as a place).
func (x *extractor) districtCapitals() {
	var spans []tokenSpan
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 2; i < len(s.toks); i++ {
			if s.toks[i-1].Text != "," || !lowerIn(districtCodes, s.toks[i].Text) || !x.townEndsAt(si, i-2) {
				continue
			}
			if i+1 < len(s.toks) && gazetteer.Capitalised(s.toks[i+1].Text) {
				continue // "Washington, DC Comics": another name
			}
			var owned []int
			if o := s.owner[i]; o >= 0 {
				m := &x.mentions[o]
				if m.start != i || m.end != i+1 || m.demonym {
					continue
				}
				owned = append(owned, o)
			}
			town := s.owner[i-2]
			if x.mentions[town].bstart != 0 || x.mentions[town].bend != 0 {
				continue
			}
			drop = x.markJoined(drop, town, owned)
			spans = append(spans, tokenSpan{si, x.mentions[town].start, i + 1})
		}
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Place)
}
