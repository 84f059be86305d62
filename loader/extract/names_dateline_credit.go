// A local broadcaster's dateline: "AUSTIN (KXAN) —", "HOUSTON, Texas (KTRK)
// --", "NAPA COUNTY, Calif. (KGO) --". The capitals in brackets after the
// place that opens a paragraph, before its dash, are the outlet that reports
// (a station's call letters, an agency's initials), not the place's code as
// "Boise (BOI)" is (townsByContext in names_towns.go, which made "KXAN" a
// second name of Austin and lost the station).

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// datelineCredits types as an organisation, sure, the credit in brackets of
// each sentence that opens with a dateline (datelineCredit), adding it when
// the recogniser had not found it.
func (x *extractor) datelineCredits() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		i := x.datelineCredit(si)
		if i < 0 {
			continue
		}
		if o := s.owner[i]; o >= 0 {
			if m := &x.mentions[o]; m.start == i && m.end == i+1 && m.bend == 0 {
				m.typ, m.sure = Organization, true
			}
			continue
		}
		if k := x.addMention(si, i, i+1, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
	}
}

// datelineCredit returns the token of the acronym in brackets that ends a
// dateline opening sentence si, or -1: capitalised words and commas, at
// most six tokens, the last a place's ("NAPA COUNTY, Calif."), then "(",
// the acronym, ")" and a dash.
func (x *extractor) datelineCredit(si int) int {
	s := &x.sents[si]
	toks := s.toks
	for i := 2; i < len(toks)-2 && i <= 7; i++ {
		if toks[i-1].Text != "(" {
			t := toks[i-1].Text
			if t != "," && !gazetteer.Capitalised(t) {
				return -1
			}
			continue
		}
		if toks[i+1].Text == ")" && dashMark(toks[i+2].Text) && isAcronym(toks[i].Text) && s.owner[i-2] >= 0 && isPlace(x.mentions[s.owner[i-2]].typ) {
			return i
		}
		return -1
	}
	return -1
}
