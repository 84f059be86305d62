package extract

// Places listed after a plural place noun and "of" (issue 15): "the
// Caribbean islands of Bonaire, St Eustatius and Saba", "the Dutch towns of
// Delft and Gouda": each listed place is in the region or country named
// before the noun, as "the Swiss city of Geneva" is in Switzerland
// (places.go). A region (a place, not a country) before a singular noun
// counts too: "the Caribbean island of Aruba".

import "strings"

// kindOfList reads "NOUN of A[, B] [and C]" at token j of sentence si,
// NOUN a place noun (placeNouns) or its plural: the places listed, each a
// city or place closed by a comma, "and" or the end of the phrase. It
// returns nil when the phrase is not there or a listed name is no place.
func (x *extractor) kindOfList(si, j int) []int {
	s := &x.sents[si]
	toks := s.toks
	if j+2 >= len(toks) || s.lower(j+1) != "of" {
		return nil
	}
	noun := s.lower(j)
	if _, ok := placeNouns[noun]; !ok {
		if _, ok := placeNouns[strings.TrimSuffix(noun, "s")]; !ok || !strings.HasSuffix(noun, "s") {
			return nil
		}
	}
	var out []int
	for k := j + 2; k < len(toks); {
		pm := x.mentionAt(si, k)
		if pm == nil || pm.start != k || pm.ent < 0 || pm.demonym || (x.ents[pm.ent].typ != City && x.ents[pm.ent].typ != Place) {
			return nil
		}
		out = append(out, pm.ent)
		k = pm.end
		if k >= len(toks) || toks[k].Text != "," && s.lower(k) != "and" {
			break
		}
		if toks[k].Text == "," && k+1 < len(toks) && s.lower(k+1) == "and" {
			k++
		}
		k++
	}
	return out
}

// listedPlacesIn puts the places kindOfList reads after the mention m (a
// national word, a country or a region after "the") in m's entity, and
// reports whether it read any.
func (x *extractor) listedPlacesIn(si int, m *mention) bool {
	s := &x.sents[si]
	if m.start == 0 || s.lower(m.start-1) != "the" || m.end >= len(s.toks) {
		return false
	}
	t := x.ents[m.ent].typ
	if !m.demonym && t != Country && t != Place {
		return false
	}
	// a singular noun after a demonym or a country is places.go's
	if _, single := placeNouns[s.lower(m.end)]; single && (m.demonym || t == Country) {
		return false
	}
	listed := x.kindOfList(si, m.end)
	for _, p := range listed {
		x.contain(p, m.ent, si)
	}
	return len(listed) > 0
}
