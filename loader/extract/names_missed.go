// Names the recogniser missed or cut, found by rules over the sentence: bodies ending in an organisation word, names after titles and firm nouns, places after prepositions and before place nouns, national adjectives.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// firmNounNames, in sentence si: "the French group Jeumont-Schneider": capitals after a firm noun
// the recogniser missed name a firm.
func (x *extractor) firmNounNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		// The run below needs a proper noun next: most tokens have none,
		// and are not looked up.
		lw := toks[i].Text
		if !strings.HasPrefix(toks[i+1].Tag, "NNP") || s.owner[i+1] >= 0 || !orgNouns[lw] || lw == "rival" || lw == "party" || lw == "team" || lw == "club" || shipCarrier(s, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+4 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && !isTitleHead(toks[j].Text) {
			j++
		}
		if j == i+1 || j < len(toks) && s.owner[j] >= 0 {
			continue
		}
		// "utility Electricite de France": the name goes on after a
		// particle, and the capitals before it are no name of their own
		if j+1 < len(toks) && (nameParticles[toks[j].Text] || toks[j].Text == "of") && gazetteer.Capitalised(toks[j+1].Text) {
			continue
		}
		if _, ok := demonym(toks[i+1].Text); ok {
			continue
		}
		if _, ok := lowerHas(weekdays, toks[i+1].Text); ok {
			continue
		}
		if _, ok := lowerHas(months, toks[i+1].Text); ok {
			continue
		}
		if k := x.addMention(si, i+1, j, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
		i = j
	}
}

// namesAfterTitles, in sentence si: "Under-Secretary of State for Economic Affairs Allen Wallis": two or
// three capitalised words after a title are a person's name, when the
// recogniser missed them.
func (x *extractor) namesAfterTitles(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if s.owner[i] >= 0 || s.owner[i-1] >= 0 || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NNP") {
			continue
		}
		prev := toks[i-1]
		if !(gazetteer.Capitalised(prev.Text) && (isTitleHead(prev.Text) || titleChain(s, i-1) && !isTitleHead(toks[i].Text))) {
			continue
		}
		j := i
		for j < len(toks) && j < i+3 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && !isTitleHead(toks[j].Text) {
			j++
		}
		if j-i >= 2 && (j == len(toks) || !gazetteer.Capitalised(toks[j].Text)) && !x.bodyAfterPersonOf(si, i) { // names_titles_after_of.go
			if _, ok := gazetteer.Place(x.span(si, i, j)); !ok {
				x.addMention(si, i, j, Person, false)
			}
		}
	}
}

// missedPlaces, in sentence si: Places the recogniser missed, where the words around say place: "in
// Venice", "the Venice summit", "Punta del Este".
func (x *extractor) missedPlaces(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if s.owner[i] >= 0 || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NNP") {
			continue
		}
		for n := min(4, len(toks)-i); n >= 1; n-- {
			free := true
			for k := i; k < i+n; k++ {
				if s.owner[k] >= 0 {
					free = false
				}
			}
			if !free || !gazetteer.Capitalised(toks[i+n-1].Text) || cutCompass(toks, i, i+n) { // names_cut_compass.go
				continue
			}
			p, ok := gazetteer.Place(x.span(si, i, i+n))
			if !ok || p.Class != gazetteer.ClassCity && p.Class != gazetteer.ClassCountry && p.Class != gazetteer.ClassAdminArea {
				continue
			}
			prev, next := "", ""
			if i > 0 {
				prev = lower(toks[i-1].Text)
			}
			if i+n < len(toks) {
				next = lower(toks[i+n].Text)
			}
			_, evNext := eventNouns[next]
			if placePreps[prev] || evNext || n > 1 && i+n < len(toks) && toks[i+n].Text == "," {
				x.addMention(si, i, i+n, typeOf(ner.Place, p.Class), false)
				i += n - 1
				break
			}
		}
	}
}

// placeNounNames, in sentence si: "the remote Russian Tuva region", "Sindh province": capitals before a
// lower-case place noun name a place.
func (x *extractor) placeNounNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if s.owner[i] >= 0 || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NNP") || isTitleHead(toks[i].Text) {
			continue
		}
		j := i
		for j < len(toks) && j < i+3 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") {
			j++
		}
		if j >= len(toks) || gazetteer.Capitalised(toks[j].Text) || toks[j].Tag != "NN" {
			i = j
			continue
		}
		if pt, ok := lowerHas(placeNouns, toks[j].Text); !ok || pt == City {
			i = j
			continue
		}
		start := i
		if _, ok := demonym(toks[i].Text); ok {
			start++ // "Russian [Tuva] region": the national word is read later
		}
		if start < j {
			if _, ok := orgLookup(x.span(si, start, j)); !ok {
				x.addMention(si, start, j, Place, false)
			}
		}
		i = j
	}
}

// acronymBodies, in sentence si: "PCS leader Mark Serwotka": an acronym before a title is a body.
func (x *extractor) acronymBodies(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if s.owner[i] < 0 && isAcronym(toks[i].Text) && isTitleHead(toks[i+1].Text) && !isCountryName(toks[i].Text) {
			x.addMention(si, i, i+1, Organization, false)
		}
	}
}

// nationalAdjectives, in sentence si: National adjectives: two words first ("North Korean"), then one.
// A two-word adjective takes its words from a name read inside them alone
// (nationalPairOwner: "Costa" read as a person's name in "Costa Rican
// President Rodrigo Chaves").
func (x *extractor) nationalAdjectives(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if s.owner[i] >= 0 && x.nationalPairOwner(si, i) {
			x.removeOwnersIn(si, i, i+2)
		}
		if s.owner[i] >= 0 || !gazetteer.Capitalised(toks[i].Text) {
			continue
		}
		if i+1 < len(toks) && s.owner[i+1] < 0 && gazetteer.Capitalised(toks[i+1].Text) {
			if _, ok := demonym(toks[i].Text + " " + toks[i+1].Text); ok {
				x.addMention(si, i, i+2, Country, true)
				i++
				continue
			}
		}
		if _, ok := demonym(toks[i].Text); ok && !isCountryName(toks[i].Text) {
			x.addMention(si, i, i+1, Country, true)
		}
	}
}

// loneBodyWords, in sentence si: "the Commission", "the Bank": a capitalised organisation word alone.
func (x *extractor) loneBodyWords(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		if s.owner[i] >= 0 || s.lower(i-1) != "the" || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NNP") {
			continue
		}
		if gazetteer.IsOrgSuffix(toks[i].Text) && (i+1 >= len(toks) || !gazetteer.Capitalised(toks[i+1].Text)) {
			x.addMention(si, i, i+1, Organization, false)
		}
	}
}

// orgSpans finds organisation names ending in an organisation word.
func orgSpans(toks []nlp.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NN") {
			continue
		}
		// the name goes on: "Services Union"
		if i+1 < len(toks) && gazetteer.Capitalised(toks[i+1].Text) && strings.HasPrefix(toks[i+1].Tag, "NNP") {
			continue
		}
		// the gazetteer's look-up last: most capitalised nouns are in no
		// organisation's name
		if !gazetteer.IsOrgSuffix(toks[i].Text) {
			continue
		}
		// scan left over capitalised words and connectors
		j := i
		for j > 0 {
			t := toks[j-1]
			lw := lower(t.Text)
			if reutersBracket(t.Text) {
				break // "<Consolidated Energy Corp> and Harken Oil and Gas Inc": a bracketed name is whole
			}
			if gazetteer.Capitalised(t.Text) && (strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") && !isHonorific(lw) && !hyphenTailWord(t.Text) {
				j--
				continue
			}
			if (lw == "and" || lw == "&" || lw == "of" || lw == "for") && j-2 >= 0 && gazetteer.Capitalised(toks[j-2].Text) && !reutersBracket(toks[j-2].Text) && j-1 > 0 {
				j--
				continue
			}
			if (t.Text == "'" || t.Text == "’" || t.Tag == "POS") && j-2 >= 0 && gazetteer.Capitalised(toks[j-2].Text) && !lowerIs(toks[j-2].Text, "the") && i-j < 3 && !ownUnitName(toks, j) { // names_possessive_units.go
				j--
				continue
			}
			break
		}
		for j < i && !gazetteer.Capitalised(toks[j].Text) {
			j++
		}
		// "[General Agreement on] Tariffs and Trade": a known body going on
		// to the left
		for k := max(0, j-5); k < j; k++ {
			if !gazetteer.Capitalised(toks[k].Text) {
				continue
			}
			words := make([]string, 0, i+1-k)
			for _, t := range toks[k : i+1] {
				words = append(words, t.Text)
			}
			if _, ok := orgLookup(strings.Join(words, " ")); ok {
				j = k
				break
			}
		}
		// "Treasury Secretary James Baker and [Federal Reserve Board]"
		if j = titledBeforeAnd(toks, j, i); j < 0 {
			continue
		}
		if j == 0 {
			// the first word of a sentence is capitalised anyway: keep it
			// only when the name goes on with capitals
		}
		// "Organisation for Security and Cooperation in Europe" goes on: left
		// to the recogniser and the gazetteer.
		if i+2 < len(toks) && (lowerIs(toks[i+1].Text, "in") || lowerIs(toks[i+1].Text, "of")) && gazetteer.Capitalised(toks[i+2].Text) {
			continue
		}
		// "University of the West Indies" too.
		if i+3 < len(toks) && lowerIs(toks[i+1].Text, "of") && lowerIs(toks[i+2].Text, "the") && gazetteer.Capitalised(toks[i+3].Text) {
			continue
		}
		// "Managing Director of Carita Jamaica Limited": a title before
		// "of" is no part of the body.
		if k := titleRunEnd(toks, j, i); k > j && k+1 < i && lowerIs(toks[k].Text, "of") {
			j = k + 1
			if lowerIs(toks[j].Text, "the") {
				j++
			}
			if i > j && !hasConnector(toks[j:i]) {
				out = append(out, [2]int{j, i + 1}) // a body after "Title of" even without a connector
				continue
			}
		}
		// "Professor Samuel Moyn of Yale University": a titled person before
		// "of" is no part of the body.
		if isTitleHead(toks[j].Text) && !gazetteer.IsOrgSuffix(toks[j].Text) {
			for k := j + 3; k < i; k++ {
				if lowerIs(toks[k].Text, "of") {
					if !orgWord(toks[j+1 : k]) {
						j = k + 1
					}
					break
				}
			}
		}
		if k := personBeforeOf(toks, j, i+1); k > j {
			out = append(out, [2]int{k, i + 1}) // names_person_of.go
			continue
		}
		if i-j >= 2 && hasConnector(toks[j:i]) && !joinsNames(toks[j:i+1]) {
			// "of the former Yugoslavia" style tails are left to the recogniser
			out = append(out, [2]int{partnerStart(toks, j, i+1), i + 1})
		}
	}
	return append(out, ampersandSpans(toks)...)
}

// ampersandSpans finds names joined by "&": "Johnson & Johnson", "Marks &
// Spencer", "Procter & Gamble Co" are firms, whoever the words name.
func ampersandSpans(toks []nlp.Token) [][2]int {
	var out [][2]int
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Text != "&" {
			continue
		}
		j := i
		for j > 0 && i-j < 3 && gazetteer.Capitalised(toks[j-1].Text) && strings.HasPrefix(toks[j-1].Tag, "NNP") {
			j--
		}
		k := i + 1
		for k < len(toks) && k-i <= 3 && gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") {
			k++
		}
		if j == i || k == i+1 {
			continue
		}
		// "Britain & Ireland": places joined are no firm
		_, lp := gazetteer.Place(toks[i-1].Text)
		_, rp := gazetteer.Place(toks[i+1].Text)
		_, lc := gazetteer.Country(toks[i-1].Text)
		if lc || lp && rp {
			continue
		}
		out = append(out, [2]int{j, k})
		i = k
	}
	return out
}

func hasConnector(ts []nlp.Token) bool {
	for _, t := range ts {
		switch lower(t.Text) {
		case "and", "&", "of", "for", "'", "’":
			return true
		}
	}
	return false
}

// nameParticles join two halves of a person's name: "Richard von
// Weizsaecker", "Ursula von der Leyen".
var nameParticles = wordSet("nameParticles")

// placeParticles are the name particles that join the halves of places'
// names too: "Costa del Sol", "Mar de Plata", "Monte da Guia".
var placeParticles = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "la": true, "le": true, "el": true, "al": true, "di": true, "du": true}

// joinParticles merges a person mention with the capitalised words after a
// name particle: "Richard" + "von" + "Weizsaecker".
func joinParticles(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		// "Punta" "del" "Este": one known place
		if i+1 < len(ms) && ms[i+1].Start == m.End+1 && nameParticles[toks[m.End].Text] {
			words := make([]string, 0, ms[i+1].End-m.Start)
			for _, t := range toks[m.Start:ms[i+1].End] {
				words = append(words, t.Text)
			}
			if p, ok := gazetteer.Place(strings.Join(words, " ")); ok {
				out = append(out, ner.Mention{Start: m.Start, End: ms[i+1].End, Label: ner.Place, Class: p.Class})
				i++
				continue
			}
			if (m.Label == ner.Place || ms[i+1].Label == ner.Place) && m.Class == "" && ms[i+1].Class == "" && m.End-m.Start == 1 && ms[i+1].End-ms[i+1].Start == 1 {
				label := ner.Place
				if lowerIn(givenNames, toks[m.Start].Text) && !placeParticles[toks[m.End].Text] {
					label = ner.Person // "David dal Maso", but "Costa del Sol"
				}
				out = append(out, ner.Mention{Start: m.Start, End: ms[i+1].End, Label: label})
				i++
				continue
			}
		}
		// "Musée d’Orsay": an elided particle glued to a name goes on
		if m.End < len(toks) && nlp.ElidedName(toks[m.End].Text) {
			m.End++
			for i+1 < len(ms) && ms[i+1].Start < m.End {
				i++
			}
		}
		// "Mana Said al-Oteiba": middle names before a particle surname
		next := len(toks)
		if i+1 < len(ms) {
			next = ms[i+1].Start
		}
		if e := particleRunEnd(toks, m, next); e > m.End {
			m.End = e
			for i+1 < len(ms) && ms[i+1].Start < e {
				i++
			}
		}
		// "Mohammed Mustafa al-Jibouri": a particle joined by a hyphen
		if m.Label == ner.Person && m.End < len(toks) && (i+1 >= len(ms) || ms[i+1].Start > m.End) && particleName(toks[m.End].Text) {
			m.End++
		}
		if m.Label == ner.Person {
			j := m.End
			for j < len(toks) && nameParticles[toks[j].Text] {
				j++
			}
			if j > m.End && j < len(toks) && gazetteer.Capitalised(toks[j].Text) {
				k := j
				for k < len(toks) && gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") {
					k++
				}
				if k > j {
					m.End = k
					for i+1 < len(ms) && ms[i+1].Start < k {
						i++
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// particleName reports whether a word is a surname with a lower-case
// particle joined by a hyphen: "al-Jibouri", "bin-Salman", "van-Dijk".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	p := w[:i]
	return (nameParticles[p] || p == "el" || p == "ad" || p == "abu" || p == "abd" || p == "ben") && gazetteer.Capitalised(w[i+1:])
}

// reutersBracket reports whether a token holds one of Reuters' angle
// brackets ("<Consolidated", "Corp>", "<HOGI>"): a bracketed name is whole,
// and no name read around it goes over the bracket.
func reutersBracket(w string) bool { return strings.ContainsAny(w, "<>") }

// bracketNames reads Reuters' angle-bracketed company names: "<Cie
// Generale de Constructions Telephoniques>", "<Bouygues>"; tickers such as
// "<T.N>" are no names.
func (x *extractor) bracketNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if len(t) < 2 || t[0] != '<' || !gazetteer.Capitalised(t[1:]) {
			continue
		}
		j := i
		for j < len(toks) && j < i+8 && !strings.HasSuffix(toks[j].Text, ">") {
			j++
		}
		if j >= len(toks) || !strings.HasSuffix(toks[j].Text, ">") {
			continue
		}
		b0, b1 := toks[i].Start+1, toks[j].End-1
		inner := x.text[b0:b1]
		if i == j && (strings.Contains(inner, ".") || isAcronym(inner) && len(inner) <= 4 || letterWord(inner) || longTicker(toks, i, inner)) ||
			j == i+1 && spacedTicker(inner) {
			i = j
			continue // a ticker
		}
		if k := x.addMention(si, i, j+1, Organization, false); k >= 0 {
			m := &x.mentions[k]
			m.text, m.name, m.bstart, m.bend, m.sure = inner, cleanName(inner, Organization), b0, b1, true
		}
		i = j
	}
}

// nationalPairOwner reports whether tokens i and i+1 of sentence si make a
// two-word national adjective ("Costa Rican", "Sri Lankan") that names
// read inside the pair own (all within it, none reaching past it).
func (x *extractor) nationalPairOwner(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if i+1 >= len(toks) || !gazetteer.Capitalised(toks[i].Text) || !gazetteer.Capitalised(toks[i+1].Text) {
		return false
	}
	if _, ok := demonym(toks[i].Text + " " + toks[i+1].Text); !ok {
		return false
	}
	for k := i; k < i+2; k++ {
		if o := s.owner[k]; o >= 0 && (x.mentions[o].start < i || x.mentions[o].end > i+2) {
			return false
		}
	}
	return true
}
