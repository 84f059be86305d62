// Works and vessels named like places, read as places: "the sunken Russian
// submarine Kursk", "the 80,000 ton product carrier Ocean City", "took West
// Virginia 62,000 tons" (a tanker fixture), "the novel Small Island".
// dropCuedWorks (names_work_cues.go) drops only the names the recogniser
// typed an organisation or a person; a name typed a place after the same
// cue (a work's, vessel's or product's noun, "aboard") is no place either.
// A name no gazetteer knows is a thing (Other) wherever the article writes
// it, as placesByEvidence makes a place reading without evidence; a place
// the gazetteer knows loses the cued mention only and keeps the others
// ("Kursk" the city elsewhere in the article).

package extract

// dropCuedWorkPlaces removes the place mentions of known places written
// just after a work's, vessel's or product's noun (workCued) and makes
// things of every place mention of the unknown names written so.
func (x *extractor) dropCuedWorkPlaces() {
	var drop []bool
	var works map[string]bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.typ != Place || m.demonym || m.sure || !workCued(s, m.start, m.end) {
				continue
			}
			if !gazetteerKnows(m.name) {
				if works == nil {
					works = map[string]bool{}
				}
				works[m.name] = true
				continue
			}
			if drop == nil {
				drop = make([]bool, len(x.mentions))
			}
			drop[k] = true
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; works[m.name] && m.typ == Place && !m.demonym {
			m.typ = Other
		}
	}
	if drop != nil {
		x.removeMentions(drop)
	}
}
