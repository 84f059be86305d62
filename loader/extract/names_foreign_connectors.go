// A body's name in French, Spanish, Portuguese, Italian or German goes on
// over a lower-case connector and the capitalised words after it: "Caixa
// de Barcelona", "Caisse Nationale des Autoroutes", "Banco do Brasil",
// "Bild am Sonntag". The English recogniser stops at the connector and
// reads the rest as a place ("Barcelona") or a body of its own
// ("Sonntag").

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// foreignConnectors are the words that join a foreign body's head to the
// rest of its name.
var foreignConnectors = wordSet("foreignConnectors")

// foreignAnds are the foreign words for "and" that join the halves of a
// body's name ("Justitia et Pax", "Ministerio de Economia y Hacienda",
// "Forschung und Entwicklung"): the recogniser stops there and may read the
// one word after it as a person's name ("Pax").
var foreignAnds = map[string]bool{"et": true, "und": true, "y": true, "e": true}

// withoutConnectors are the connectors that mean "without" ("Medecins sans
// Frontieres", "Medicos sin Fronteras", "Aerzte ohne Grenzen"): no person's
// name goes on over them, so the words around them the recogniser read as
// people are a body's name too.
var withoutConnectors = map[string]bool{"sans": true, "sin": true, "ohne": true}

// bodiesForeignConnected makes one body's name of a body mention and the
// connector and capitalised words after it, over more connectors ("Banco de
// Desarrollo de Chile"). Not in a sentence in capitals, not when a person
// the recogniser found stands there ("Sebastiao do Rego Barros" is a
// person's name), nor when a mention there reaches past the words.
func (x *extractor) bodiesForeignConnected() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		without := m.end < len(s.toks) && withoutConnectors[s.toks[m.end].Text]
		if m.typ != Organization && !(without && m.typ == Person) && !x.headedPerson(m) || m.bend != 0 {
			continue
		}
		if s.row || s.shouts() {
			continue
		}
		j := connectedEnd(s, m.end)
		if j <= m.end || placeInBrackets(s, j) {
			continue
		}
		var owned []int
		ok, headed := true, foreignHeadWord(s.lower(m.start))
		for n := m.end; n < j && ok; n++ {
			o := s.owner[n]
			if o < 0 || len(owned) > 0 && owned[len(owned)-1] == o {
				continue
			}
			om := &x.mentions[o]
			ok = (om.typ != Person || without || headed && connectorInside(s, om) || andedWord(s, om)) && om.start >= m.end && om.end <= j && om.bend == 0
			owned = append(owned, o)
		}
		if !ok {
			continue
		}
		drop = x.markJoined(drop, k, owned)
		spans = append(spans, tokenSpan{m.sent, m.start, j})
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// connectedEnd returns where the connectors and capitalised words from
// token i of sentence s end: i when no connector and capitalised word
// follow.
func connectedEnd(s *sentence, i int) int {
	toks := s.toks
	j := i
	for n := i; n+1 < len(toks) && (foreignConnectors[toks[n].Text] || foreignAnds[toks[n].Text]) && gazetteer.Capitalised(toks[n+1].Text); {
		e := n + 1
		for e < len(toks) && e < n+5 && gazetteer.Capitalised(toks[e].Text) && isLetterWord(toks[e].Text) {
			e++
		}
		if e == n+1 {
			break
		}
		j, n = e, e
	}
	return j
}

// placeInBrackets reports whether token i of sentence s opens brackets that
// hold one known place: "(Brasil)".
func placeInBrackets(s *sentence, i int) bool {
	toks := s.toks
	if i+2 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" {
		return false
	}
	_, place := gazetteer.Place(toks[i+1].Text)
	return place
}

// headedPerson reports whether m is a person's or a place's name of up to
// two words that opens with a foreign body's head ("Banco" of "Banco do Brasil", "Societe
// Nationale" of "Societe Nationale des Chemins de Fer"; accents may be
// left out) before a connector: the recogniser reads the head as a given
// name there.
func (x *extractor) headedPerson(m *mention) bool {
	s := &x.sents[m.sent]
	if m.typ != Person && m.typ != Place || m.end-m.start > 2 || m.end >= len(s.toks) || !foreignConnectors[s.toks[m.end].Text] {
		return false
	}
	return foreignHeadWord(s.lower(m.start))
}

// foreignHeadWord reports whether w, in lower case, is a foreign body's
// head, maybe written without its accents.
func foreignHeadWord(w string) bool {
	return foreignOrgHeads[w] || foreignOrgHeads[foreignHeadAccents[w]]
}

// connectorInside reports whether a connector stands inside mention om
// ("Chemins de Fer", read as a person's name after "Societe Nationale des").
func connectorInside(s *sentence, om *mention) bool {
	for n := om.start + 1; n < om.end-1; n++ {
		if foreignConnectors[s.toks[n].Text] {
			return true
		}
	}
	return false
}

// foreignHeadAccents maps foreign bodies' heads written without their
// accents, as wires write them, to foreignOrgHeads' spelling.
var foreignHeadAccents = func() map[string]string {
	m := map[string]string{}
	for h := range foreignOrgHeads {
		if a := stripAccents(h); a != h {
			m[a] = h
		}
	}
	return m
}()

// andedWord reports whether om is a one-word name right after a foreign
// "and" ("Pax" of "Justitia et Pax"): no person is named by one word there.
func andedWord(s *sentence, om *mention) bool {
	return om.end-om.start == 1 && om.start > 0 && foreignAnds[s.toks[om.start-1].Text]
}
