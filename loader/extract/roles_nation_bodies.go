package extract

// A nation before a lower-case body phrase and a title: "Dutch coffee trade
// association chairman Frits", "French farmers union leader". The title
// names a body the nation's members or firms form, not the nation's
// government; the nation is no affiliation.

// nonStateBodyNouns end bodies a nation's members or firms form
// (data/nonStateBodyNouns.txt).
var nonStateBodyNouns = wordSet("nonStateBodyNouns")

// sportCodeOpeners make a sport's name with a body noun after them: "rugby
// union", "rugby league" ("England rugby union captain" leads the nation's
// side).
var sportCodeOpeners = map[string]bool{"rugby": true}

// nationBeforeBodyTitle reports whether mention om of sentence si is a
// nation (a national adjective or a country's name) read before the title
// words [titleStart, titleEnd) that hold a lower-case body noun of
// nonStateBodyNouns, not naming a sport: "Dutch [coffee trade association
// chairman]", not "England [rugby union captain]".
func (x *extractor) nationBeforeBodyTitle(si int, om *mention, titleStart, titleEnd int) bool {
	if !om.demonym && om.typ != Country {
		return false
	}
	s := &x.sents[si]
	for k := max(titleStart, om.end); k < titleEnd; k++ {
		w := s.toks[k].Text
		if w == lower(w) && nonStateBodyNouns[w] && !sportCodeOpeners[s.lower(k-1)] {
			return true
		}
	}
	return false
}
