package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// recognise finds the mentions of sentence si: names from the recogniser
// (corrected by a few rules), organisation names ending in a word such as
// Union or Ministry, and national adjectives ("Russian", "North Korean").
func (x *extractor) recognise(si int) {
	s := &x.sents[si]
	toks := s.toks
	if shouting(toks) {
		return // an all-capitals headline: the recogniser cannot read it
	}
	// Organisation names: capitalised words ending in an organisation word,
	// maybe joined by "and", "of", "for", "&": "Transport and General
	// Workers' Union". They win over what the recogniser found inside them.
	for _, sp := range orgSpans(toks) {
		x.addMention(si, sp[0], sp[1], Organization, false)
	}
	x.bracketNames(si)
	for _, m := range joinParticles(toks, ner.Recognise(nlp.Sentence{Tokens: toks})) {
		if m.End <= m.Start || m.End > len(toks) {
			continue
		}
		start, end := m.Start, m.End
		for start < end && (lower(toks[start].Text) == "the" || !gazetteer.Capitalised(toks[start].Text) && end-start > 1 && !ordinal(toks[start].Text)) {
			start++ // "the", "17-man Commission"; not "2nd Battalion"
		}
		for end > start && (toks[end-1].Tag == "POS" || toks[end-1].Text == "'" || toks[end-1].Text == "’") {
			end--
		}
		// "[On] Tuesday Mitsubishi": a calendar word opens no name; "the
		// Sunday Express" is a name.
		for end-start >= 2 {
			lw := lower(toks[start].Text)
			_, wd := weekdays[lw]
			_, mo := months[strings.TrimSuffix(lw, ".")]
			if !wd && !mo || wd && start > 0 && lower(toks[start-1].Text) == "the" {
				break
			}
			start++
		}
		// "Leeds University [on Monday]": a date after a preposition ends
		// the name.
		if end-start >= 3 && !gazetteer.Capitalised(toks[end-2].Text) && toks[end-2].Tag == "IN" {
			lw := lower(toks[end-1].Text)
			_, wd := weekdays[lw]
			_, mo := months[strings.TrimSuffix(lw, ".")]
			if wd || mo {
				end -= 2
			}
		}
		// "Toshiba Corp <TSBA.T>": a ticker or bracket ends the name
		for k := start + 1; k < end; k++ {
			if t := toks[k].Text; t == "<" || t == "(" || strings.HasPrefix(t, "<") {
				end = k
				break
			}
		}
		// "Trouble-hit Mitsubishi Motors": a hyphenated adjective opens no name
		if end-start >= 2 && strings.Contains(toks[start].Text, "-") {
			if i := strings.IndexByte(toks[start].Text, '-'); i+1 < len(toks[start].Text) && !gazetteer.Capitalised(toks[start].Text[i+1:]) {
				start++
			}
		}
		// A title the recogniser cut in two: "Secretary of [State George Shultz]".
		for k := max(0, start-3); k < start; k++ {
			words := make([]string, 0, end-k)
			for _, t := range toks[k:end] {
				words = append(words, t.Text)
			}
			// Not "Governor of the [Bank of England]": what is left must
			// start a name.
			if n := gazetteer.LongestTitle(words); n > 0 && k+n > start && k+n < end && gazetteer.Capitalised(toks[k+n].Text) {
				start = k + n
				m.Label = ner.Person
				break
			}
		}
		// "Secretary of Trade and [Industry Jose Concepcion]": the first word
		// ends the title.
		if m.Label == ner.Person && end-start >= 3 && start >= 2 {
			if w := lower(toks[start-1].Text); w == "and" || w == "of" {
				for k := start - 2; k >= 0 && k >= start-5; k-- {
					if isTitleHead(toks[k].Text) && gazetteer.Capitalised(toks[k].Text) {
						start++
						break
					}
				}
			}
		}
		for start < end-1 && !gazetteer.Capitalised(toks[start].Text) {
			start++ // "[of State] for Finance"
		}
		// "Democratic Sens.": a title at the end is no name.
		if m.Label == ner.Person && end-start >= 2 && isTitleHead(strings.TrimSuffix(toks[end-1].Text, ".")) {
			continue
		}
		if start >= end {
			continue
		}
		// A quoted name before an event noun names the event: “Strategic
		// Security Dialogue” talks.
		if start > 0 && end+1 < len(toks) && isOpenQuote(toks[start-1]) && isCloseQuote(toks[end]) {
			if _, ok := eventNouns[lower(toks[end+1].Text)]; ok {
				continue
			}
		}
		// "James Martin/CNET", "Urusov/ Roscosmos": a photo credit's slash
		// ends a name.
		for k := start; k < end; k++ {
			if strings.HasPrefix(toks[k].Text, "/") {
				end = k
				break
			}
			if strings.Contains(toks[k].Text, "/") {
				end = k + 1 // the name is cut at the slash by cleanName
				break
			}
		}
		if end <= start || !nameLike(toks[start:end]) || dropCap(toks, start, end) {
			continue
		}
		// "News Corporation and Fairfax": a company's legal word ends its
		// name, so "and" after it joins two names.
		if end-start >= 3 {
			for k := start + 1; k+1 < end; k++ {
				if lower(toks[k].Text) == "and" && legalSuffix[strings.TrimSuffix(lower(toks[k-1].Text), ".")] {
					if _, ok := orgLookup(x.span(si, start, end)); !ok {
						x.addMention(si, start, k, Organization, false)
						start = k + 1
					}
					break
				}
			}
		}
		// "Verizon’s Yahoo": a possessive inside splits two names.
		if cut := posInside(toks, start, end); cut > 0 {
			x.addMention(si, start, cut, typeOf(m.Label, m.Class), false)
			start = cut + 1
			for start < end && !gazetteer.Capitalised(toks[start].Text) {
				start++ // "17-man Commission"
			}
			if start >= end || !nameLike(toks[start:end]) {
				continue
			}
		}
		// A name across a comma ("January, Libyan") is two words that touch.
		if hasComma(toks[start:end]) {
			if _, ok := gazetteer.Place(x.span(si, start, end)); !ok {
				continue
			}
		}
		// "the Munich Security Conference": an event's name, read by the
		// event rules.
		if end-start >= 2 && m.Label != ner.Place && m.Label != ner.Person || m.Label == ner.Person && end-start >= 2 {
			if g, ok := eventNouns[lower(toks[end-1].Text)]; ok && g != groupVisit && gazetteer.Capitalised(toks[end-1].Text) {
				// unless a body is named so: "the U.N. General Assembly"
				if _, ok := orgLookup(x.span(si, start, end)); !ok {
					continue
				}
			}
		}
		typ := typeOf(m.Label, m.Class)
		sure := false
		// "[Cabinet Secretary] Masaharu Gotoda": a title inside a
		// person's name ends before the name.
		if typ == Person && end-start >= 3 {
			for k := end - 3; k >= start; k-- {
				if isTitleHead(toks[k].Text) && gazetteer.Capitalised(toks[k].Text) && !isHonorific(lower(toks[k].Text)) {
					start = k + 1
					break
				}
			}
		}
		// "[President] Francisco Gros" read as a body: a title opening a
		// name that ends in no body's word is a person's.
		if (typ == Organization || typ == Other) && end-start >= 3 && isTitleHead(toks[start].Text) && gazetteer.Capitalised(toks[start].Text) && !orgWord(toks[start+1:end]) && !isAcronym(toks[end-1].Text) {
			if _, ok := orgLookup(x.span(si, start, end)); !ok {
				start++
				typ = Person
			}
		}
		// "a ranch near Santa Barbara": no one lives near a person
		if typ == Person && start > 0 && (lower(toks[start-1].Text) == "near" || lower(toks[start-1].Text) == "outside") {
			typ = Place
		}
		text := x.span(si, start, end)
		if typ == Other {
			if _, ok := gazetteer.Country(text); ok {
				typ = Country // "U.S." read as a miscellaneous name
			}
		}
		// "Senior US": a word before a known place is not part of it.
		if typ != Person && end-start >= 2 {
			if _, ok := gazetteer.Place(text); !ok {
				if _, ok := orgLookup(text); !ok {
					for k := start + 1; k < end; k++ {
						if p, ok := gazetteer.Place(x.span(si, k, end)); ok && !titleModifiers[lower(toks[k].Text)] {
							if titleModifiers[lower(toks[start].Text)] || directions[lower(toks[start].Text)] && p.Class == gazetteer.ClassCountry {
								start = k
								text = x.span(si, start, end)
								typ = typeOf(ner.Place, p.Class)
							}
							break
						}
					}
				}
			}
		}
		// "West German": the recogniser took only "German".
		if typ != Person && start > 0 && s.owner[start-1] < 0 && directions[lower(toks[start-1].Text)] {
			if _, ok := demonym(toks[start-1].Text + " " + text); ok {
				x.addMention(si, start-1, end, Country, true)
				continue
			}
		}
		// "[General Agreement on] Tariffs and Trade": a known body the
		// recogniser cut short on the left.
		if typ == Organization || typ == Other {
			for k := max(0, start-4); k < start; k++ {
				if !gazetteer.Capitalised(toks[k].Text) || s.owner[k] >= 0 {
					continue
				}
				if _, ok := orgLookup(x.span(si, k, end)); ok {
					start, typ = k, Organization
					text = x.span(si, start, end)
					break
				}
			}
		}
		// "Organisation for Security and Cooperation [in Europe]": a known
		// body the recogniser cut short.
		if typ == Organization && end+1 < len(toks) && (lower(toks[end].Text) == "in" || lower(toks[end].Text) == "of") {
			for k := min(len(toks), end+4); k > end+1; k-- {
				if _, ok := orgLookup(x.span(si, start, k)); ok {
					end = k
					text = x.span(si, start, end)
					break
				}
			}
		}
		if typ == Organization {
			if _, ok := orgLookup(text); !ok {
				if _, ok := demonym(text); ok && !isCountryName(text) {
					x.addMention(si, start, end, Country, true)
					continue
				}
			}
		}
		// "Greek Cypriot": adjectives only, the last one names the country.
		if typ != Person && end-start >= 2 && allDemonyms(toks[start:end]) {
			if _, ok := demonym(toks[end-1].Text); ok {
				x.addMention(si, end-1, end, Country, true)
				continue
			}
		}
		// "the Sri Lankan government": a national adjective, whatever the label
		if typ == Person || typ == Organization {
			if _, ok := demonym(text); ok && !isCountryName(text) && end < len(toks) && !gazetteer.Capitalised(toks[end].Text) {
				x.addMention(si, start, end, Country, true)
				continue
			}
		}
		// "International Development Minister Gareth Thomas": a portfolio
		// before a title and a name is part of the title, not a body
		if (typ == Organization || typ == Other) && end+1 < len(toks) && isTitleHead(toks[end].Text) && gazetteer.Capitalised(toks[end].Text) && (!orgWord(toks[start:end]) || end-start == 1 && gazetteer.IsOrgSuffix(text)) && !isAcronym(text) {
			if _, ok := orgLookup(text); !ok {
				continue
			}
		}
		if typ != Person && typ != Organization {
			if _, ok := demonym(text); ok && !isCountryName(text) {
				x.addMention(si, start, end, Country, true)
				continue
			}
			// "Muslim country", "Soviet states": an unknown one-word name used
			// as an adjective is no place.
			if end-start == 1 && end < len(toks) && (toks[end].Tag == "NN" || toks[end].Tag == "NNS") && !gazetteer.Capitalised(toks[end].Text) {
				if _, ok := gazetteer.Place(text); !ok {
					continue
				}
			}
		}
		if (typ == Person || typ == Place) && (groupWords[text] || end-start == 1 && toks[start].Tag == "NNPS") {
			continue // "Muslim", "Gibraltarians": no one's name
		}
		// "[Assistant Treasury] Secretary David Mulford": a name before a
		// title and another name is part of the title.
		if typ == Person && end < len(toks) && isTitleHead(toks[end].Text) && gazetteer.Capitalised(toks[end].Text) {
			k := end
			for k < len(toks) && isTitleHead(toks[k].Text) {
				k++
			}
			if k < len(toks) && k > end && gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") {
				continue
			}
		}
		// "for Finance", "Industry" in "Minister of State for Finance and
		// Industry": words of a title, no names.
		if typ != Place && typ != Country && typ != City && start > 0 && titleJoin(toks[start-1].Text) && titleChain(s, start) {
			if _, ok := orgLookup(text); !ok {
				continue
			}
		}
		// "Finance and National Economy Minister": a title, no body.
		if (typ == Organization || typ == Other) && isTitleHead(toks[end-1].Text) {
			if _, ok := orgLookup(text); !ok {
				continue
			}
		}
		// "Federation of Economic Organisations" read as a person.
		if typ == Person && orgWord(toks[start:end]) {
			typ = Organization
		}
		if (typ == Person || typ == Organization) && allTitle(toks[start:end]) {
			continue // "Assistant Secretary", "MP": a title, no name
		}
		// "King's Cross station": a name before a place noun is no person.
		if typ == Person && end < len(toks) && placeHeads[lower(toks[end].Text)] {
			continue
		}
		// "Muslim and Christian": an unknown coordination is no place.
		if typ == Place && strings.Contains(text, " and ") {
			if _, ok := gazetteer.Place(text); !ok {
				continue
			}
		}
		if (typ == Person || typ == Place) && end-start == 1 && (strings.HasSuffix(lower(text), "bank") || strings.HasSuffix(lower(text), "corp") || strings.HasSuffix(lower(text), "group")) && len(text) > 5 {
			if _, ok := gazetteer.Place(text); !ok {
				typ = Organization // "Citibank"
			}
		}
		if (typ == Person || typ == Organization) && start > 0 {
			// "Britain's biggest union Unison", "carmaker [PSA] Peugeot Citroen"
			k := start - 1
			for k > 0 && k >= start-2 && s.owner[k] < 0 && (isAcronym(toks[k].Text) || gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP")) {
				k--
			}
			if orgNouns[lower(toks[k].Text)] && s.owner[k] < 0 && !gazetteer.Capitalised(toks[k].Text) && !isTitleHead(toks[k+1].Text) {
				typ = Organization
				start = k + 1
				text = x.span(si, start, end)
				sure = true
			}
		}
		if typ == Person && end-start == 1 && end+1 < len(toks) && toks[end].Tag == "POS" && memberNoun(toks[end+1:]) {
			typ = Organization // "Unison's 800,000 workers"
			sure = true
		}

		// "Philadelphia Eagles", "Dundee United": a town and a team's name.
		if typ == Person && end-start >= 2 && x.teamName(si, start, end) {
			typ = Organization
		}
		// "the Pacific Ocean" read as a body: a place word ends it.
		if typ == Organization && end-start >= 2 && gazetteer.IsPlaceSuffix(toks[end-1].Text) && !softPlaceSuffix[lower(toks[end-1].Text)] {
			if _, ok := orgLookup(text); !ok {
				typ = Place
			}
		}
		// "the remote Russian Tuva region": a name before a lower-case
		// place noun is a place.
		if typ != Person && end < len(toks) && !gazetteer.Capitalised(toks[end].Text) && toks[end].Tag == "NN" && placeNouns[lower(toks[end].Text)] != "" && placeNouns[lower(toks[end].Text)] != City {
			if _, ok := orgLookup(text); !ok {
				if _, ok := demonym(toks[start].Text); ok && end-start >= 2 {
					x.addMention(si, start, start+1, Country, true)
					start++
					text = x.span(si, start, end)
				}
				typ = Place
			}
		}
		if k := x.addMention(si, start, end, typ, false); k >= 0 {
			x.mentions[k].sure = sure
		}
	}
	// "the French group Jeumont-Schneider": capitals after a firm noun
	// the recogniser missed name a firm.
	for i := 1; i+1 < len(toks); i++ {
		lw := toks[i].Text
		if !orgNouns[lw] || lw == "rival" || lw == "party" || lw == "team" || lw == "club" || s.owner[i+1] >= 0 {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+4 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && !isTitleHead(toks[j].Text) {
			j++
		}
		if j == i+1 || j < len(toks) && s.owner[j] >= 0 {
			continue
		}
		if _, ok := demonym(toks[i+1].Text); ok {
			continue
		}
		if _, ok := weekdays[lower(toks[i+1].Text)]; ok {
			continue
		}
		if _, ok := months[lower(toks[i+1].Text)]; ok {
			continue
		}
		if k := x.addMention(si, i+1, j, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
		i = j
	}
	// "Under-Secretary of State for Economic Affairs Allen Wallis": two or
	// three capitalised words after a title are a person's name, when the
	// recogniser missed them.
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
		if j-i >= 2 && (j == len(toks) || !gazetteer.Capitalised(toks[j].Text)) {
			if _, ok := gazetteer.Place(x.span(si, i, j)); !ok {
				x.addMention(si, i, j, Person, false)
			}
		}
	}
	// Places the recogniser missed, where the words around say place: "in
	// Venice", "the Venice summit", "Punta del Este".
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
			if !free || !gazetteer.Capitalised(toks[i+n-1].Text) {
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
	// "the remote Russian Tuva region", "Sindh province": capitals before a
	// lower-case place noun name a place.
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
		if pt, ok := placeNouns[lower(toks[j].Text)]; !ok || pt == City {
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
	// "PCS leader Mark Serwotka": an acronym before a title is a body.
	for i := 0; i+1 < len(toks); i++ {
		if s.owner[i] < 0 && isAcronym(toks[i].Text) && isTitleHead(toks[i+1].Text) && !isCountryName(toks[i].Text) {
			x.addMention(si, i, i+1, Organization, false)
		}
	}
	// National adjectives: two words first ("North Korean"), then one.
	for i := 0; i < len(toks); i++ {
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
	// "the Commission", "the Bank": a capitalised organisation word alone.
	for i := 1; i < len(toks); i++ {
		if s.owner[i] >= 0 || lower(toks[i-1].Text) != "the" || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NNP") {
			continue
		}
		if gazetteer.IsOrgSuffix(toks[i].Text) && (i+1 >= len(toks) || !gazetteer.Capitalised(toks[i+1].Text)) {
			x.addMention(si, i, i+1, Organization, false)
		}
	}
}

// demonym returns the country of a national adjective.
func demonym(s string) (string, bool) {
	if c, ok := extraDemonyms[s]; ok {
		return c, true
	}
	return gazetteer.Demonym(s)
}

// shouting reports whether a sentence is written in capitals.
func shouting(toks []nlp.Token) bool {
	caps, words := 0, 0
	for _, t := range toks {
		letters, upper := 0, 0
		for _, r := range t.Text {
			if r >= 'a' && r <= 'z' {
				letters++
			} else if r >= 'A' && r <= 'Z' {
				letters++
				upper++
			}
		}
		if letters < 2 {
			continue
		}
		words++
		if upper == letters {
			caps++
		}
	}
	// "REUTER": a sign-off alone in its sentence is no name either.
	return words >= 3 && caps*10 >= words*7 || len(toks) <= 2 && caps == words && words > 0
}

// orgSpans finds organisation names ending in an organisation word.
func orgSpans(toks []nlp.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		if !gazetteer.Capitalised(toks[i].Text) || !gazetteer.IsOrgSuffix(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NN") {
			continue
		}
		// the name goes on: "Services Union"
		if i+1 < len(toks) && gazetteer.Capitalised(toks[i+1].Text) && strings.HasPrefix(toks[i+1].Tag, "NNP") {
			continue
		}
		// scan left over capitalised words and connectors
		j := i
		for j > 0 {
			t := toks[j-1]
			lw := lower(t.Text)
			if gazetteer.Capitalised(t.Text) && (strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") && !isHonorific(lw) {
				j--
				continue
			}
			if (lw == "and" || lw == "&" || lw == "of" || lw == "for") && j-2 >= 0 && gazetteer.Capitalised(toks[j-2].Text) && j-1 > 0 {
				j--
				continue
			}
			if (t.Text == "'" || t.Text == "’" || t.Tag == "POS") && j-2 >= 0 && gazetteer.Capitalised(toks[j-2].Text) && lower(toks[j-2].Text) != "the" && i-j < 3 {
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
		if j == 0 {
			// the first word of a sentence is capitalised anyway: keep it
			// only when the name goes on with capitals
		}
		// "Organisation for Security and Cooperation in Europe" goes on: left
		// to the recogniser and the gazetteer.
		if i+2 < len(toks) && (lower(toks[i+1].Text) == "in" || lower(toks[i+1].Text) == "of") && gazetteer.Capitalised(toks[i+2].Text) {
			continue
		}
		// "Professor Samuel Moyn of Yale University": a titled person before
		// "of" is no part of the body.
		if isTitleHead(toks[j].Text) && !gazetteer.IsOrgSuffix(toks[j].Text) {
			for k := j + 3; k < i; k++ {
				if lower(toks[k].Text) == "of" {
					if !orgWord(toks[j+1 : k]) {
						j = k + 1
					}
					break
				}
			}
		}
		if i-j >= 2 && hasConnector(toks[j:i]) && !joinsNames(toks[j:i+1]) {
			// "of the former Yugoslavia" style tails are left to the recogniser
			out = append(out, [2]int{j, i + 1})
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

// isCountryName reports whether a word is itself a country's name (some
// demonym lists include names such as "Swiss" alongside "Switzerland").
func isCountryName(s string) bool {
	_, ok := gazetteer.Country(s)
	return ok
}

func isHonorific(w string) bool { return gazetteer.IsPrefix(w) }

func isOpenQuote(t nlp.Token) bool  { return t.Tag == "``" || t.Text == "\"" }
func isCloseQuote(t nlp.Token) bool { return t.Tag == "''" || t.Text == "\"" }

// nameLike reports whether tokens read as a name rather than a date, a
// number or a weekday: some word is capitalised and not a calendar word.
func nameLike(ts []nlp.Token) bool {
	if len(ts) == 0 || ts[0].Text[0] >= '0' && ts[0].Text[0] <= '9' && !(ordinal(ts[0].Text) && len(ts) > 1) {
		return false // "21 Christians", but "2nd Battalion Royal Gurkha Rifles"
	}
	if len(ts) == 1 && numberWords[lower(ts[0].Text)] {
		return false // "Fifteen minutes into the film"
	}
	for _, t := range ts {
		lw := lower(t.Text)
		if _, ok := weekdays[lw]; ok {
			continue
		}
		if _, ok := months[strings.TrimSuffix(lw, ".")]; ok {
			continue
		}
		if gazetteer.Capitalised(t.Text) {
			return true
		}
	}
	return false
}

// joinsNames reports whether a span joined by "and" is two names ("the
// United States and Soviet Union", "IMF and World Bank"), not one.
func joinsNames(ts []nlp.Token) bool {
	start := 0
	for k, t := range ts {
		if w := lower(t.Text); w != "and" && w != "&" {
			continue
		}
		words := make([]string, 0, k-start)
		for _, t := range ts[start:k] {
			words = append(words, t.Text)
		}
		part := strings.Join(words, " ")
		if _, ok := gazetteer.Place(part); ok {
			return true
		}
		if _, ok := gazetteer.Org(part); ok || isAcronym(part) || len(words) > 0 && gazetteer.IsOrgSuffix(words[len(words)-1]) {
			return true
		}
		start = k + 1
	}
	return false
}

// memberNoun reports whether tokens start with a noun of members, maybe
// after a number: "800,000 workers", "members".
func memberNoun(ts []nlp.Token) bool {
	for k, t := range ts {
		if k > 1 {
			return false
		}
		switch lower(t.Text) {
		case "workers", "members", "staff", "employees", "shareholders", "customers", "members'":
			return true
		}
		if t.Tag != "CD" {
			return false
		}
	}
	return false
}

// orgLookup finds a known organisation, trying British and American
// spellings ("Organisation", "Co-operation").
func orgLookup(name string) (gazetteer.OrgInfo, bool) {
	if o, ok := gazetteer.Org(name); ok {
		return o, true
	}
	for _, r := range [][2]string{{"isation", "ization"}, {"ization", "isation"}, {"Cooperation", "Co-operation"}, {"Co-operation", "Cooperation"}} {
		if v := strings.ReplaceAll(name, r[0], r[1]); v != name {
			if o, ok := gazetteer.Org(v); ok {
				return o, true
			}
			for _, r2 := range [][2]string{{"Cooperation", "Co-operation"}, {"Co-operation", "Cooperation"}} {
				if v2 := strings.ReplaceAll(v, r2[0], r2[1]); v2 != v {
					if o, ok := gazetteer.Org(v2); ok {
						return o, true
					}
				}
			}
		}
	}
	return gazetteer.OrgInfo{}, false
}

// allTitle reports whether every token is a title word.
func allTitle(ts []nlp.Token) bool {
	for _, t := range ts {
		if !isTitleHead(t.Text) && !titleModifiers[lower(t.Text)] {
			return false
		}
	}
	return true
}

func allDemonyms(ts []nlp.Token) bool {
	for _, t := range ts {
		if _, ok := demonym(t.Text); !ok {
			return false
		}
	}
	return true
}

// typeOf maps a recogniser label and class to an entity type.
func typeOf(l ner.Label, class string) EntityType {
	switch l {
	case ner.Person:
		return Person
	case ner.Organization:
		return Organization
	case ner.Place:
		switch class {
		case gazetteer.ClassCountry:
			return Country
		case gazetteer.ClassCity:
			return City
		}
		return Place
	}
	return Other
}

// posInside returns the index of a possessive token inside [start, end),
// with names on both sides, or -1.
func posInside(toks []nlp.Token, start, end int) int {
	for k := start + 1; k < end-1; k++ {
		if toks[k].Tag == "POS" || toks[k].Text == "’s" || toks[k].Text == "'s" {
			return k
		}
	}
	return -1
}

func hasComma(ts []nlp.Token) bool {
	for _, t := range ts {
		if t.Text == "," {
			return true
		}
	}
	return false
}

// nameParticles join two halves of a person's name: "Richard von
// Weizsaecker", "Ursula von der Leyen".
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true,
	"del": true, "della": true, "da": true, "di": true, "du": true, "bin": true, "ibn": true, "al": true, "la": true, "le": true}

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
				out = append(out, ner.Mention{Start: m.Start, End: ms[i+1].End, Label: ner.Place})
				i++
				continue
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

func titleJoin(w string) bool { w = lower(w); return w == "of" || w == "for" || w == "and" }

// orgWord reports whether a name holds a word that marks an organisation.
func orgWord(ts []nlp.Token) bool {
	for _, t := range ts {
		if gazetteer.IsOrgSuffix(t.Text) || gazetteer.IsOrgHead(t.Text) {
			return true
		}
	}
	return false
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

// ordinal reports whether a word is a number written as an ordinal: "2nd".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

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
		if i == j && (strings.Contains(inner, ".") || isAcronym(inner) && len(inner) <= 4) {
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

// dropCap reports whether tokens [start, end) are a page's drop capital cut
// off its word: "Z imbabwe President Robert Mugabe", "W hatever the outcome".
func dropCap(toks []nlp.Token, start, end int) bool {
	if start != 0 || end != 1 || end >= len(toks) {
		return false
	}
	w, next := toks[0].Text, toks[1].Text
	if len(w) != 1 || w[0] < 'B' || w[0] > 'Z' || w == "I" || next == "" {
		return false
	}
	return next[0] >= 'a' && next[0] <= 'z' && toks[1].Start == toks[0].End+1
}

// softPlaceSuffix are place words that also end the names of bodies:
// "Islamic State", "Cancer Research Centre".
var softPlaceSuffix = map[string]bool{"state": true, "centre": true, "center": true, "hall": true}

// legalSuffix are the words that end a company's legal name.
var legalSuffix = map[string]bool{
	"corporation": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "ag": true,
	"co": true, "limited": true, "incorporated": true, "holdings": true,
}

// numberWords are spelled numbers, no names at the start of a sentence.
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true,
	"hundreds": true, "thousands": true, "millions": true, "dozens": true,
}

// teamWords end the names of sports clubs after a town: "Dundee United".
var teamWords = map[string]bool{
	"united": true, "rovers": true, "athletic": true, "wanderers": true, "fc": true, "albion": true,
	"hotspur": true,
}

// teamName reports whether tokens [start, end) are a town followed by a
// club's word: "Dundee United", "Bristol Rovers". ("Kansas City" and
// "Orange County" are places: no such words here.)
func (x *extractor) teamName(si, start, end int) bool {
	toks := x.sents[si].toks
	p, ok := gazetteer.Place(toks[start].Text)
	if !ok || p.Class == gazetteer.ClassCountry {
		if end-start < 3 {
			return false
		}
		// "Los Angeles Lakers", "New York Knicks"
		if p, ok = gazetteer.Place(x.span(si, start, start+2)); !ok || p.Class == gazetteer.ClassCountry {
			return false
		}
	}
	return teamWords[lower(toks[end-1].Text)]
}
