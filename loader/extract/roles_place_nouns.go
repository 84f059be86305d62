// A title whose holder serves a place the sentence named, told by the
// place's common noun in a possessive: "Brazil's interest rate moratorium
// and a stand by the country's finance minister, Dilson Funaro", "In the
// British Virgin Islands, the Territory's Premier Andrew Fahie said".

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// placeOwnerNouns map the noun of "the NOUN's" to the kinds of place it
// stands for: a country, or any place but a city (a territory, an island).
var placeOwnerNouns = map[string]bool{"country": true, "nation": true, "territory": true, "island": true, "kingdom": true, "republic": true}

// placeNounOwner returns the mention of the place a possessive noun before
// the title of person mention m stands for ("the country's finance
// minister, Nigel Clarke", "The Territory's Premier Andrew Fahie", "Nigel
// Clarke, the island's finance minister,"), or -1: the noun must open the
// title's phrase after "the", only title words between it and the name or
// the comma, and the place the only one of its kind named before it in
// this sentence, the sentence that is the affiliation's evidence (a place
// named only in a sentence before would put it where the person is not).
func (x *extractor) placeNounOwner(si int, m *mention) int {
	s := &x.sents[si]
	toks := s.toks
	titleWords := func(from, to int) bool {
		if from >= to {
			return false
		}
		for k := from; k < to; k++ {
			w := s.lower(k)
			if s.owner[k] >= 0 || !(isTitleHead(toks[k].Text) || titleModifiers[w] || toks[k].Tag == "NN" || toks[k].Tag == "JJ") {
				return false
			}
		}
		return isTitleHead(toks[to-1].Text)
	}
	possAt := -1
	// before the name, maybe past a comma: "the country's finance minister(,) NAME"
	end := m.start
	if end > 0 && toks[end-1].Text == "," {
		end--
	}
	for p := end - 1; p >= 2 && p >= end-6; p-- {
		if possessiveToken(toks[p]) {
			if titleWords(p+1, end) {
				possAt = p
			}
			break
		}
	}
	// after the name: "NAME, the island's finance minister,"
	if possAt < 0 && m.end+4 < len(toks) && toks[m.end].Text == "," && s.lower(m.end+1) == "the" && possessiveToken(toks[m.end+3]) {
		k := m.end + 4
		for k < len(toks) && k < m.end+10 && toks[k].Text != "," && toks[k].Text != "." {
			k++
		}
		if k < len(toks) && titleWords(m.end+4, k) {
			possAt = m.end + 3
		}
	}
	if possAt < 2 || s.lower(possAt-2) != "the" || !placeOwnerNouns[s.lower(possAt-1)] || s.owner[possAt-1] >= 0 {
		return -1
	}
	if gazetteer.Capitalised(toks[possAt-1].Text) && possAt-2 > 0 && s.lower(possAt-1) != "territory" {
		return -1 // "the Dominican Republic's": a name
	}
	country := s.lower(possAt-1) == "country" || s.lower(possAt-1) == "nation"
	fits := func(e int) bool {
		t := x.ents[e].typ
		return t == Country || !country && t == Place
	}
	found, ent := -1, -1
	for _, k := range s.mentions {
		pm := &x.mentions[k]
		if pm.start >= possAt-2 || pm.ent < 0 || !isPlace(x.ents[pm.ent].typ) || !fits(pm.ent) {
			continue
		}
		if ent >= 0 && ent != pm.ent {
			return -1 // two places it could be: "Fiji welcomed the end of a ban by Australian unions ... the country's"
		}
		if ent < 0 {
			found, ent = k, pm.ent
		}
	}
	return found
}
