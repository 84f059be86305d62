package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// places finds where places and organisations are: "the Swiss city of
// Geneva", "Basra in southern Iraq", "Pakistan's Sindh province",
// "Gateshead, England", "Britain's biggest union Unison". Only what the
// text says: a city is not put in its country from the gazetteer alone.
func (x *extractor) places() {
	for si := range x.sents {
		toks := x.sents[si].toks
		for i := 0; i < len(toks); i++ {
			x.basedIn(si, i)
			if m := x.mentionAt(si, i); m != nil && m.start == i && m.ent >= 0 {
				x.placesAround(si, i, m)
			}
		}
		x.townContainment(si) // places_local.go
		x.hometowns(si)
	}
}

// basedIn reads "the Geneva-based WTO" at token i of sentence si: the
// body named next is located in the place.
func (x *extractor) basedIn(si, i int) {
	s := &x.sents[si]
	toks := s.toks
	hp := x.hyphenPlaceEnt(si, i) // names_hyphen_places.go
	if b := strings.TrimSuffix(toks[i].Text, "-based"); b != toks[i].Text && b != "" && (s.owner[i] < 0 || hp >= 0) {
		if _, ok := gazetteer.Place(b); ok || hp >= 0 {
			for k := i + 1; k < len(toks) && k <= i+4; k++ {
				if om := x.mentionAt(si, k); om != nil && om.ent >= 0 && x.ents[om.ent].typ == Organization {
					if hp >= 0 {
						x.addFact(om.ent, vocab.PLocation, hp, "", si)
					} else if p := x.entityByName(b); p >= 0 {
						x.partMention(si, i, toks[i].Start, toks[i].Start+len(b), p)
						x.addFact(om.ent, vocab.PLocation, p, "", si)
					}
					break
				}
			}
		}
	}
}

// placesAround reads the containment and location facts around the
// mention m that starts at token i of sentence si.
func (x *extractor) placesAround(si, i int, m *mention) {
	toks := x.sents[si].toks
	e := x.ents[m.ent]
	j := m.end
	// "the Russian Tuva region": a region named between a national
	// word and a place noun is in that country.
	if m.demonym && j < len(toks) {
		if pm := x.mentionAt(si, j); pm != nil && pm.start == j && pm.ent >= 0 && !pm.demonym && x.ents[pm.ent].typ == Place && pm.end < len(toks) && !gazetteer.Capitalised(toks[pm.end].Text) {
			if pt, ok := lowerHas(placeNouns, toks[pm.end].Text); ok && pt != City {
				x.contain(pm.ent, m.ent, si)
			}
		}
	}
	// "the Caribbean islands of Bonaire, St Eustatius and Saba"
	if x.listedPlacesIn(si, m) { // places_kind_lists.go
		return
	}
	// "the Swiss city of Geneva", "the Swiss city".
	if m.demonym && j < len(toks) {
		if pt, ok := lowerHas(placeNouns, toks[j].Text); ok && i > 0 && lowerIs(toks[i-1].Text, "the") {
			if j+2 < len(toks) && lowerIs(toks[j+1].Text, "of") {
				if pm := x.mentionAt(si, j+2); pm != nil && pm.ent >= 0 && pm.typ != Person && pm.typ != Organization {
					x.contain(pm.ent, m.ent, si)
					return
				}
			}
			// The nominal names the one place of that kind and country
			// in the article.
			if c := x.uniquePlaceIn(e.name, pt); c >= 0 {
				x.nominalMention(si, i-1, j+1, c)
				x.contain(c, m.ent, si)
			}
			return
		}
	}
	// "the US state of Louisiana": a country's name used as a modifier.
	if e.typ == Country && !m.demonym && j+2 < len(toks) && i > 0 && lowerIs(toks[i-1].Text, "the") && lowerIs(toks[j+1].Text, "of") {
		if _, ok := lowerHas(placeNouns, toks[j].Text); ok {
			if pm := x.mentionAt(si, j+2); pm != nil && pm.start == j+2 && pm.ent >= 0 && !pm.demonym && (pm.typ == City || pm.typ == Place) {
				x.contain(pm.ent, m.ent, si)
				return
			}
		}
	}
	if e.typ == Person || e.typ == Event || m.demonym {
		return
	}
	// "Khartoum, the capital,": the capital of the country the
	// gazetteer puts it in, when the article names that country.
	if e.typ == City && j+3 < len(toks) && toks[j].Text == "," && lowerIs(toks[j+1].Text, "the") && lowerIs(toks[j+2].Text, "capital") && closes(toks[j+3]) {
		if c, ok := gazetteer.City(e.name); ok && c.Capital {
			if ce := x.entityByName(c.Country); ce >= 0 && x.ents[ce].typ == Country && x.strong(ce) {
				x.contain(m.ent, ce, si)
			}
		}
	}
	// "Darfur, a vast desert region of western Sudan,".
	if (e.typ == City || e.typ == Place) && j+3 < len(toks) && toks[j].Text == "," {
		if c := x.placeApposition(si, j+1); c >= 0 && c != m.ent {
			x.contain(m.ent, c, si)
		}
	}
	// "Basra in southern Iraq"; "the Mughraqa area in the central Gaza
	// Strip" (places_area.go).
	in := j
	if in+2 < len(toks) && areaNounAt(&x.sents[si], in) && lowerIs(toks[in+1].Text, "in") {
		in++
	}
	if (e.typ == City || e.typ == Place) && in+1 < len(toks) && lowerIs(toks[in].Text, "in") {
		k := in + 1
		for k < len(toks) && (lowerIn(directions, toks[k].Text) || lowerIs(toks[k].Text, "the")) {
			k++
		}
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && !pm.demonym && pm.ent >= 0 {
			if t := x.ents[pm.ent].typ; t == Country || t == Place {
				x.contain(m.ent, pm.ent, si)              // checked against the gazetteer
				x.containInNamedRegion(m.ent, pm.ent, si) // places_named_regions.go: "Redding in Shasta County"
			}
		}
	}
	// "Gateshead, England" (then not a list of places).
	if (e.typ == City || e.typ == Place) && j+1 < len(toks) && toks[j].Text == "," {
		// "Neasden, north west London"
		k := j + 1
		for k < len(toks) && k < j+4 && lowerIn(directions, toks[k].Text) {
			k++
		}
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && k > j+1 && !pm.demonym && pm.ent >= 0 && (pm.end >= len(toks) || !gazetteer.Capitalised(toks[pm.end].Text)) {
			x.contain(m.ent, pm.ent, si)
		}
		if pm := x.mentionAt(si, j+1); pm != nil && pm.start == j+1 && !pm.demonym && pm.ent >= 0 && x.ents[pm.ent].typ == Country {
			if pm.end >= len(toks) || toks[pm.end].Text != "," || pm.end+1 < len(toks) && x.mentionAt(si, pm.end+1) == nil {
				x.contain(m.ent, pm.ent, si)
			}
		}
	}
	if e.typ == City || e.typ == Place {
		x.placeAfterward(si, m) // places_states.go: "Carson City, Nev.", "Los Cabos (Mexico)"
	}
	// "Pakistan's Sindh province", "Britain's biggest union Unison".
	if (e.typ == Country || e.typ == City || e.typ == Place) && j < len(toks) && toks[j].Tag == "POS" {
		k := j + 1
		for k < len(toks) && k < j+5 && x.mentionAt(si, k) == nil && (toks[k].Tag == "JJ" || toks[k].Tag == "JJS" || toks[k].Tag == "NN") {
			k++
		}
		// the name must head its phrase: not "Britain's EU rebate"
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && !pm.demonym && pm.ent >= 0 && (pm.end >= len(toks) || !isTitleHead(toks[pm.end].Text) && (toks[pm.end].Tag != "NN" && toks[pm.end].Tag != "NNS" || lowerIn(placeNouns, toks[pm.end].Text) != "")) {
			switch x.ents[pm.ent].typ {
			case City, Place:
				if p, ok := gazetteer.Place(x.ents[pm.ent].name); ok && (p.Class == gazetteer.ClassContinent || p.Class == gazetteer.ClassRegion) {
					break
				}
				x.contain(pm.ent, m.ent, si)
			case Organization:
				// only a place the gazetteer knows: "Grauman's Chinese
				// Theatre" is a man's
				if _, ok := gazetteer.Place(e.name); ok {
					x.addFact(pm.ent, vocab.PLocation, m.ent, "", si)
				}
			}
		}
	}
	if e.typ == Organization {
		x.bodyPlaces(si, m, e)
		x.siteIn(si, m)        // places_bodies_in.go
		x.unitOfBody(si, m)    // bodies_units.go: "MIT's Computer Science and Artificial Intelligence Laboratory"
		x.ownedBody(si, m)     // bodies_owned.go: "Amazon-owned Whole Foods Market"
		x.ownedByBody(si, m)   // bodies_units_named.go: "American Airlines Inc, owned by AMR Corp,"
		x.unitOfIts(si, m)     // bodies_units_its.go: "Fluor Corp said its Fluor Daniel unit"
		x.townTradeBody(si, m) // bodies_trade_places.go: "Seattle coffee chain Starbucks"
	}
}

// bodyPlaces reads a body's parent organisation and location from the
// words after its mention m: "Toshiba Machine Co, a subsidiary of
// Toshiba Corp", "ORG, based in PLACE".
func (x *extractor) bodyPlaces(si int, m *mention, e *entity) {
	toks := x.sents[si].toks
	j := m.end
	// "Toshiba Machine Co, a subsidiary of Toshiba Corp"
	if e.typ == Organization && j+3 < len(toks) && toks[j].Text == "," {
		k := j + 1
		for k < len(toks) && k < j+5 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "RB") {
			k++
		}
		if k+2 < len(toks) && lowerIn(subsidiaryNouns, toks[k].Text) && lowerIs(toks[k+1].Text, "of") {
			n := k + 2
			if lowerIs(toks[n].Text, "the") {
				n++
			}
			if pm := x.mentionAt(si, n); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Organization && pm.ent != m.ent {
				x.addFact(m.ent, vocab.PParentOrganization, pm.ent, "", si)
			}
		}
	}
	// "ORG, based in PLACE"; "a London-based bank" is read by the tokenizer as one word.
	if e.typ == Organization && j+3 < len(toks) && toks[j].Text == "," && lowerIs(toks[j+1].Text, "based") && lowerIs(toks[j+2].Text, "in") {
		if pm := x.mentionAt(si, j+3); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) {
			x.addFact(m.ent, vocab.PLocation, pm.ent, "", si)
		}
	}
}

func isPlace(t EntityType) bool { return t == Place || t == City || t == Country }

// contain records that place a is in place b, unless the gazetteer puts a
// in another country or b is no larger kind of place.
func (x *extractor) contain(a, b, si int) {
	if a == b || a < 0 || b < 0 || x.hasFact(b, vocab.PContainedInPlace, a) || !x.canContain(a, b) || x.cityDistrict(a, b) {
		return
	}
	x.addFact(a, vocab.PContainedInPlace, b, "", si)
}

// strong reports whether an entity is named (not only by a national
// adjective) in the article.
func (x *extractor) strong(e int) bool {
	for _, k := range x.ents[e].mentions {
		if m := &x.mentions[k]; !m.demonym && !m.nominal {
			return true
		}
	}
	return false
}

// uniquePlaceIn returns the one city (or place) of the article that the
// gazetteer puts in country, or -1.
func (x *extractor) uniquePlaceIn(country string, t EntityType) int {
	found := -1
	for i, e := range x.ents {
		if e.typ != City && (t == City || e.typ != Place) {
			continue
		}
		var in string
		if info, ok := gazetteer.City(e.name); ok {
			in = info.Country
		} else if p, ok := gazetteer.Place(e.name); ok {
			in = p.Country
		}
		if in != country {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// nominalMention records tokens [i, j) ("the Swiss city") as a mention of
// entity e, in place of the mentions inside it.
func (x *extractor) nominalMention(si, i, j, e int) {
	s := &x.sents[si]
	idx := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: i, end: j, typ: x.ents[e].typ,
		text: x.span(si, i, j), name: x.ents[e].name, nominal: true, ent: e})
	var keep []int
	for _, k := range s.mentions {
		if m := &x.mentions[k]; m.end <= i || m.start >= j {
			keep = append(keep, k)
		}
	}
	pos := 0
	for pos < len(keep) && x.mentions[keep[pos]].start < i {
		pos++
	}
	keep = append(keep, 0)
	copy(keep[pos+1:], keep[pos:])
	keep[pos] = idx
	s.mentions = keep
	for k := i; k < j; k++ {
		s.owner[k] = idx
	}
	x.ents[e].mentions = append(x.ents[e].mentions, idx)
}

// canContain checks a containment against the gazetteer: a country is in
// no place; a known city is only in its own country (or a region of it);
// nothing is in a city but for districts the gazetteer does not know.
func (x *extractor) canContain(a, b int) bool {
	ea, eb := x.ents[a], x.ents[b]
	if ea.typ == Country || !isPlace(eb.typ) {
		return false
	}
	pb, okb := gazetteer.Place(eb.name)
	if !okb {
		return false
	}
	pa, oka := gazetteer.Place(ea.name)
	if oka {
		if pa.Class == gazetteer.ClassCountry || pa.Class == gazetteer.ClassContinent {
			return false
		}
		if pb.Class == gazetteer.ClassCountry && pa.Country != "" && pa.Country != pb.Name {
			return false
		}
		if pb.Class == gazetteer.ClassCity {
			return false
		}
	}
	return true
}

// placeApposition reads "a vast desert region of western Sudan" from token
// i of sentence si: an article, up to four lower-case modifiers, a place
// noun, "of" or "in", directions and a country or region. It returns the
// entity of that country or region, or -1.
func (x *extractor) placeApposition(si, i int) int {
	toks := x.sents[si].toks
	if w := lower(toks[i].Text); w != "a" && w != "an" && w != "the" {
		return -1
	}
	k := i + 1
	for k < len(toks) && k < i+5 && x.sents[si].owner[k] < 0 && !gazetteer.Capitalised(toks[k].Text) && lowerIn(placeNouns, toks[k].Text) == "" && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "RB") {
		k++
	}
	if k+2 >= len(toks) || lowerIn(placeNouns, toks[k].Text) == "" || gazetteer.Capitalised(toks[k].Text) {
		return -1
	}
	k++
	if w := lower(toks[k].Text); w != "of" && w != "in" {
		return -1
	}
	k++
	for k < len(toks) && (lowerIn(directions, toks[k].Text) || lowerIs(toks[k].Text, "the")) {
		k++
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.start != k || pm.demonym || pm.ent < 0 {
		return -1
	}
	if t := x.ents[pm.ent].typ; t != Country && t != Place {
		return -1
	}
	if pm.end < len(toks) && !closes(toks[pm.end]) {
		return -1
	}
	return pm.ent
}
