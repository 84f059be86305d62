package extract

// Two places side by side that are no town and its region (issue 15): a
// list written with a comma before its "and" ("suits in Ohio, Texas, and
// Pennsylvania"), and a city written with the district it is
// ("Washington, D.C.").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// oxfordListAt reports whether the comma at token j of sentence s goes on to
// a list's last name: "and" or "or" and a capitalised word after it ("Ohio,
// Texas, and Pennsylvania"; not "in Dayton, Ohio, and sold").
func oxfordListAt(s *sentence, j int) bool {
	if j+2 >= len(s.toks) || s.toks[j].Text != "," {
		return false
	}
	w := s.lower(j + 1)
	return (w == "and" || w == "or") && gazetteer.Capitalised(s.toks[j+2].Text)
}

// districtWords name a federal district that is its city: "Washington,
// D.C." names one place twice, the city in no larger place.
var districtWords = map[string]bool{"dc": true, "district of columbia": true}

// cityDistrict reports whether place entity b is the federal district that
// place entity a, its city, is ("Washington, D.C.").
func (x *extractor) cityDistrict(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	n := lower(strings.ReplaceAll(x.ents[b].name, ".", ""))
	return districtWords[n] && x.ents[a].typ != Country
}

// knownPairTo reports whether token p of sentence si is a "to" before two
// places the names stage knows, a town and its region ("sailed to
// Ketchikan, Alaska"): read for containment as after "in", but no unknown
// words become places after it ("wrote to Smith, Alaska's senator").
func (x *extractor) knownPairTo(si, p int) bool {
	s := &x.sents[si]
	if s.lower(p) != "to" || p+3 >= len(s.toks) {
		return false
	}
	a := x.mentionAt(si, p+1)
	if a == nil || a.start != p+1 || a.end+1 >= len(s.toks) || s.toks[a.end].Text != "," || !isPlace(a.typ) {
		return false
	}
	b := x.mentionAt(si, a.end+1)
	return b != nil && b.start == a.end+1 && isPlace(b.typ)
}
