package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// recognise finds the mentions of sentence si: names from the model
// (corrected by ner's rules, then this package's), organisation names ending in a word such as
// Union or Ministry, and national adjectives ("Russian", "North Korean").
func (x *extractor) recognise(si int) {
	s := &x.sents[si]
	toks := s.toks
	if s.shouts() {
		x.listingPlaces(si) // names_listing_places.go
		return              // an all-capitals headline: the recogniser cannot read it
	}
	// Organisation names: capitalised words ending in an organisation word,
	// maybe joined by "and", "of", "for", "&": "Transport and General
	// Workers' Union". They win over what the recogniser found inside them.
	x.titlePartnerFirms(si) // names_title_partners.go
	x.bracketedFirms(si)    // names_bracket_firms.go
	x.commaPartnerFirms(si) // names_comma_partners.go
	x.cuedPartnerships(si)  // names_partner_cues.go
	spans := orgSpans(toks)
	for k, sp := range spans {
		spans[k][0] = x.pluralOpener(si, sp[0], sp[1]) // names_firm_place.go
		x.addMention(si, spans[k][0], sp[1], Organization, false)
	}
	x.possessiveShops(si) // names_possessive_shops.go
	for _, sp := range peopleBeforeBodies(toks, spans) {
		x.addMention(si, sp[0], sp[1], Person, false) // names_person_of.go
	}
	x.initialNames(si) // names_initials.go
	x.bracketNames(si)
	for _, m := range splitParentPossessive(toks, joinFirmNames(toks, joinPossessiveSuffix(toks, joinParticles(toks, joinCommonSurname(toks, joinSplitPlace(toks, cutBeforeThe(toks, cutAtBrackets(toks, dropCutCompass(toks, joinOpeningPlaceFirm(toks, afterClock(toks, x.modelNames))))))))))) { // names_opening_place_firms.go, names_cut_compass.go, names_bracket_cut.go, names_glued_the.go, names_possessive_parent.go
		x.modelMention(si, m)
	}
	x.wholeKnownPlaces(si) // names_whole_places.go
	x.firmNounNames(si)
	x.namesAfterTitles(si)
	x.missedPlaces(si)
	x.townPairs(si) // places_local.go
	x.placeNounNames(si)
	x.acronymBodies(si)
	x.bodiesBeforeTitles(si) // names_modern.go
	x.bodiesInTitles(si)
	x.nationalAdjectives(si)
	x.loneBodyWords(si)
	x.apostropheNames(si) // names_apostrophe.go
	x.nameShapes(si)      // names_shape.go
	x.hyphenPlaces(si)    // names_hyphen_places.go
	x.bodyShapes(si)      // names_bodies_shape.go
	x.toldBodies(si)      // names_outlets.go
	x.nounCuedBodies(si)
	x.stageNames(si)         // names_stage_names.go
	x.bandNamed(si)          // names_band_heads.go
	x.broadcasterNumbers(si) // names_broadcaster_numbers.go
	x.eventRuns(si)          // names_event_runs.go
	x.airportNames(si)       // names_airports.go
	x.firmTitleBodies(si)    // firm_title_evidence.go
}

// modelNames returns the names the model (x.rec) reads in a sentence,
// corrected by ner's rules for news (ner.Reading.Correct): titles and
// honorifics out of names, coordinated names split, known bodies and places
// labelled and classed.
func (x *extractor) modelNames(toks []nlp.Token) []ner.Mention {
	s := nlp.Sentence{Tokens: toks}
	r := ner.Read(s)
	defer r.Release()
	var ms []ner.Mention
	switch {
	case r.Capitals():
		// ner's rules keep the gazetteer's names alone: no model to run
	case isEmbedded(x.rec):
		ms = r.Model()
	default:
		ms = x.rec.Recognise(s)
	}
	return r.Correct(ms, ner.News)
}

// candidate is a name the recogniser found, as the rules reshape it.
type candidate struct {
	start, end int
	typ        EntityType
	text       string
	sure       bool // the rules are sure of the type
}

// modelMention adds the mention m of the recogniser in sentence si, after
// the rules have trimmed, split or retyped it, or drops it.
func (x *extractor) modelMention(si int, m ner.Mention) {
	toks := x.sents[si].toks
	if m.End <= m.Start || m.End > len(toks) {
		return
	}
	if m.End == m.Start+1 && letterTicker(toks[m.Start].Text) {
		return // "Ford Motor Co <F>": a ticker (names_initials.go)
	}
	m = x.wireCapitals(si, afterHyphenTail(toks, gerundTail(toks, dayTail(toks, m)))) // names_wire_caps.go, names_hyphen_places.go, names_bodies_shape.go
	m.Start = x.openingFunctionWord(si, m.Start, m.End)                               // names_opening_function.go
	m.Start = x.openingTenureWord(si, m.Start, m.End)                                 // names_opening_former.go
	m = x.toldMediumCut(si, m)                                                        // names_told_medium.go
	if k, at := x.describedFirmStart(si, m); k > m.Start {                            // names_descriptor_glue.go
		if at > m.Start {
			x.addMention(si, m.Start, at, Place, false)
		}
		m.Start, m.Label, m.Class = k, ner.Organization, ""
	}
	start, end, m, ok := x.trimModelSpan(si, m)
	if !ok {
		return
	}
	start, m = slashFormFirm(toks, start, end, m)       // names_slash_firms.go
	start, end, m = x.partyMemberCut(si, start, end, m) // names_party_places.go
	titledFirm := false
	if m.Label == ner.Person {
		if k, ok := x.titledFirmStart(si, start, end); ok { // names_titled_firms.go
			start, m.Start, m.Label, m.Class, titledFirm = k, k, ner.Organization, "", true
		}
	}
	if start == m.Start {
		if k := x.nameOpener(si, start, end, m); k < start { // names_cut.go
			start = k
			if _, ok := gazetteer.Place(x.span(si, start, end)); !ok && m.Label == ner.Place && !placePart(x.sents[si].lower(start)) { // names_place_parts.go
				m.Label, m.Class = ner.Organization, ""
			}
		}
	}
	start, m = x.titledPersonInBody(si, start, end, m) // names_titled_in_body.go
	start, ok = x.splitJoined(si, start, end, m)
	if !ok {
		return
	}
	end = x.firmOfPlace(si, start, end) // names_firm_place.go
	if m.Label == ner.Organization {
		end = x.ofTailEnd(si, start, end) // names_of_tail.go
	}
	start = x.pluralOpener(si, start, end)
	c := candidate{start: start, end: end, typ: typeOf(m.Label, m.Class), sure: titledFirm}
	c.end = apostropheSurnameAfter(toks, x.sents[si].owner, c.start, c.end, &c.typ) // names_apostrophe.go
	if !x.retypeByContext(si, &c) || !x.retypeByWords(si, &c) {
		return
	}
	if k := x.addMention(si, c.start, c.end, c.typ, false); k >= 0 {
		x.mentions[k].sure = c.sure
	}
}

// trimModelSpan trims the words around a recogniser mention that are no part
// of a name (articles, calendar words, tickers, titles, possessives) and
// reports whether a name is left; m comes back relabelled when a title cut
// shows it is a person.
func (x *extractor) trimModelSpan(si int, m ner.Mention) (start, end int, _ ner.Mention, ok bool) {
	toks := x.sents[si].toks
	start, end = m.Start, m.End
	for start < end && (x.sents[si].lower(start) == "the" || !gazetteer.Capitalised(toks[start].Text) && end-start > 1 && !ordinal(toks[start].Text)) {
		start++ // "the", "17-man Commission"; not "2nd Battalion"
	}
	for end > start && (toks[end-1].Tag == "POS" || toks[end-1].Text == "'" || toks[end-1].Text == "’") {
		end--
	}
	// "[On] Tuesday Mitsubishi": a calendar word opens no name; "the
	// Sunday Express" is a name.
	for end-start >= 2 {
		lw := x.sents[si].lower(start)
		_, wd := weekdays[lw]
		_, mo := months[strings.TrimSuffix(lw, ".")]
		if !wd && !mo || wd && start > 0 && x.sents[si].lower(start-1) == "the" || mo && (x.monthGivenName(si, start, end, m) || x.monthFirm(si, start, end)) { // names_month_given.go
			break
		}
		start++
	}
	// "in [Venice] June 8-10", "[Tokyo] April 1": a month before a day's
	// number is the date, not the end of the name.
	if end-start >= 2 && end < len(toks) && dayNumber(toks[end].Text) {
		if _, mo := months[strings.TrimSuffix(x.sents[si].lower(end-1), ".")]; mo {
			end--
		}
	}
	// "a deal was struck with [Hutton] Friday": a weekday after a person's
	// name is the date, not a name.
	if end-start >= 2 && m.Label == ner.Person {
		if _, wd := weekdays[x.sents[si].lower(end-1)]; wd {
			end--
		}
	}
	// "Leeds University [on Monday]": a date after a preposition ends
	// the name.
	if end-start >= 3 && !gazetteer.Capitalised(toks[end-2].Text) && toks[end-2].Tag == "IN" {
		lw := x.sents[si].lower(end - 1)
		_, wd := weekdays[lw]
		_, mo := months[strings.TrimSuffix(lw, ".")]
		if wd || mo {
			end -= 2
		}
	}
	// "S.G. Warburg and Co Ltd. REUTER": the wire's sign-off, left in the
	// sentence after an abbreviation's full stop, is no part of the name.
	if end-start >= 2 && signOff(toks, end-1) {
		end--
	}
	// "Toshiba Corp <TSBA.T>": a ticker or bracket ends the name
	for k := start + 1; k < end; k++ {
		if t := toks[k].Text; t == "<" || t == "(" || strings.HasPrefix(t, "<") {
			end = k
			break
		}
	}
	if x.tradeOpener(si, start, end, m) { // names_trade_openers.go
		start++
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
		if w := x.sents[si].lower(start - 1); w == "and" || w == "of" {
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
	// "Their chairman, Belgian Paul de Keersmaeker": a national adjective
	// before a given name and more words is no part of the name.
	if m.Label == ner.Person && end-start >= 3 && x.sents[si].in(start+1, tlGivenNames) {
		if _, ok := demonym(toks[start].Text); ok && !isCountryName(toks[start].Text) {
			start++
		}
	}
	// "Democratic Sens.": a title at the end is no name (but "Gayle King":
	// a given name and a surname that is also a title).
	if m.Label == ner.Person && end-start >= 2 && isTitleHead(strings.TrimSuffix(toks[end-1].Text, ".")) && !x.surnameTitle(toks[start:end]) && !titleWordSurname(toks, start, end) {
		return start, end, m, false
	}
	if start >= end || honorificsOnly(toks[start:end]) {
		return start, end, m, false // "the [Honourable] Premier Fahie"
	}
	// A quoted name before an event noun names the event: “Strategic
	// Security Dialogue” talks.
	if start > 0 && end+1 < len(toks) && isOpenQuote(toks[start-1]) && isCloseQuote(toks[end]) {
		if _, ok := eventNouns[x.sents[si].lower(end+1)]; ok {
			return start, end, m, false
		}
	}
	// "James Martin/CNET", "Urusov/ Roscosmos": a photo credit's slash
	// ends a name.
	firm := slashInFirmTokens(toks[start:end]) // names_slash_firms.go
	for k := start; k < end && !firm; k++ {
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
		return start, end, m, false
	}
	return start, end, m, true
}

// splitJoined adds the first of two names the recogniser ran together
// ("News Corporation and Fairfax", "Verizon’s Yahoo") and returns where the
// second starts; false drops the mention.
func (x *extractor) splitJoined(si, start, end int, m ner.Mention) (int, bool) {
	toks := x.sents[si].toks
	// "News Corporation and Fairfax": a company's legal word ends its
	// name, so "and" after it joins two names.
	if end-start >= 3 {
		for k := start + 1; k+1 < end; k++ {
			if lowerIs(toks[k].Text, "and") && legalSuffix[strings.TrimSuffix(lower(toks[k-1].Text), ".")] {
				if _, ok := orgLookup(x.span(si, start, end)); !ok {
					x.addMention(si, start, k, Organization, false)
					start = k + 1
				}
				break
			}
		}
	}
	// "investment by Mukesh and Reliance": two words the article names
	// apart elsewhere ("Mukesh Ambani", "Reliance Industries") are two
	// names.
	if end-start == 3 && lowerIs(toks[start+1].Text, "and") && x.namedApart(toks[start].Text, toks[start+2].Text) {
		if _, ok := orgLookup(x.span(si, start, end)); !ok {
			x.addMention(si, start, start+1, typeOf(m.Label, m.Class), false)
			start += 2
		}
	}
	// "Verizon’s Yahoo": a possessive inside splits two names.
	// Not a firm's legal name with a possessive in it: "Moody's Investors
	// Service Inc", "McDonald's Corp" (unless a country owns it: "Britain's
	// Imperial Chemical Industries PLC").
	if cut := posInside(toks, start, end); cut > 0 && !x.possessiveFirmName(si, start, cut, end) {
		x.addMention(si, start, cut, typeOf(m.Label, m.Class), false)
		start = cut + 1
		for start < end && !gazetteer.Capitalised(toks[start].Text) {
			start++ // "17-man Commission"
		}
		if start >= end || !nameLike(toks[start:end]) {
			return start, false
		}
	}
	// A name across a comma ("January, Libyan") is two words that touch.
	if hasComma(toks[start:end]) {
		if _, ok := gazetteer.Place(x.span(si, start, end)); !ok {
			return start, false
		}
	}
	// "the Munich Security Conference": an event's name, read by the
	// event rules.
	if end-start >= 2 && m.Label != ner.Place && m.Label != ner.Person || m.Label == ner.Person && end-start >= 2 {
		if g, ok := lowerHas(eventNouns, toks[end-1].Text); ok && g != groupVisit && gazetteer.Capitalised(toks[end-1].Text) && !lowerIn(bodyEventHeads, toks[end-1].Text) {
			// unless a body is named so: "the U.N. General Assembly"
			if _, ok := orgLookup(x.span(si, start, end)); !ok {
				return start, false
			}
		}
	}
	return start, true
}

// retypeByContext corrects the type and extent of c from the words around
// it (titles, known places and bodies, national adjectives); false drops
// it, or means it was added otherwise.
func (x *extractor) retypeByContext(si int, c *candidate) bool {
	s := &x.sents[si]
	toks := s.toks

	// "[Cabinet Secretary] Masaharu Gotoda": a title inside a
	// person's name ends before the name.
	if c.typ == Person && c.end-c.start >= 3 {
		for k := c.end - 3; k >= c.start; k-- {
			if isTitleHead(toks[k].Text) && gazetteer.Capitalised(toks[k].Text) && !isHonorific(lower(toks[k].Text)) {
				c.start = k + 1
				break
			}
		}
	}
	// "[President] Francisco Gros" read as a body: a title opening a
	// name that ends in no body's word is a person's.
	// Not a firm's legal name: "General Motors Corp".
	if (c.typ == Organization || c.typ == Other) && !c.sure && c.end-c.start >= 3 && isTitleHead(toks[c.start].Text) && gazetteer.Capitalised(toks[c.start].Text) && !orgWord(toks[c.start+1:c.end]) && !isAcronym(toks[c.end-1].Text) && !legalSuffix[strings.TrimSuffix(lower(toks[c.end-1].Text), ".")] {
		if _, ok := orgLookup(x.span(si, c.start, c.end)); !ok {
			c.start++
			c.typ = Person
		}
	}
	// "a ranch near Santa Barbara": no one lives near a person
	if c.typ == Person && c.start > 0 && (lowerIs(toks[c.start-1].Text, "near") || lowerIs(toks[c.start-1].Text, "outside")) {
		c.typ = Place
	}
	c.text = x.span(si, c.start, c.end)
	if c.typ == Other {
		if _, ok := gazetteer.Country(c.text); ok {
			c.typ = Country // "U.S." read as a miscellaneous name
		}
	}
	// "Senior US": a word before a known place is not part of it.
	if c.typ != Person && c.end-c.start >= 2 {
		if _, ok := gazetteer.Place(c.text); !ok {
			if _, ok := orgLookup(c.text); !ok {
				for k := c.start + 1; k < c.end; k++ {
					if p, ok := gazetteer.Place(x.span(si, k, c.end)); ok && !lowerIn(titleModifiers, toks[k].Text) {
						if lowerIn(titleModifiers, toks[c.start].Text) && !bodyWordPlace(toks[k:c.end]) || lowerIn(directions, toks[c.start].Text) && p.Class == gazetteer.ClassCountry {
							c.start = k
							c.text = x.span(si, c.start, c.end)
							c.typ = typeOf(ner.Place, p.Class)
						}
						break
					}
				}
			}
		}
	}
	// "West German": the recogniser took only "German".
	if c.typ != Person && c.start > 0 && s.owner[c.start-1] < 0 && lowerIn(directions, toks[c.start-1].Text) {
		if _, ok := demonym(toks[c.start-1].Text + " " + c.text); ok {
			x.addMention(si, c.start-1, c.end, Country, true)
			return false
		}
	}
	// "[General Agreement on] Tariffs and Trade": a known body the
	// recogniser cut short on the left.
	if c.typ == Organization || c.typ == Other {
		for k := max(0, c.start-4); k < c.start; k++ {
			if !gazetteer.Capitalised(toks[k].Text) || s.owner[k] >= 0 {
				continue
			}
			if _, ok := orgLookup(x.span(si, k, c.end)); ok {
				c.start, c.typ = k, Organization
				c.text = x.span(si, c.start, c.end)
				break
			}
		}
	}
	return true
}

// retypeByWords corrects the type of c from its own words and the next
// (bodies, titles, teams, place nouns); false drops it, or means it was
// added otherwise.
func (x *extractor) retypeByWords(si int, c *candidate) bool {
	s := &x.sents[si]
	toks := s.toks
	// "Organisation for Security and Cooperation [in Europe]": a known
	// body the recogniser cut short.
	if c.typ == Organization && c.end+1 < len(toks) && (lowerIs(toks[c.end].Text, "in") || lowerIs(toks[c.end].Text, "of")) {
		for k := min(len(toks), c.end+4); k > c.end+1; k-- {
			if _, ok := orgLookup(x.span(si, c.start, k)); ok {
				c.end = k
				c.text = x.span(si, c.start, c.end)
				break
			}
		}
	}
	if c.typ == Organization {
		if _, ok := orgLookup(c.text); !ok {
			if _, ok := demonym(c.text); ok && !isCountryName(c.text) {
				x.addMention(si, c.start, c.end, Country, true)
				return false
			}
		}
	}
	// "Greek Cypriot": adjectives only, the last one names the country.
	if c.typ != Person && c.end-c.start >= 2 && allDemonyms(toks[c.start:c.end]) {
		if _, ok := demonym(toks[c.end-1].Text); ok {
			x.addMention(si, c.end-1, c.end, Country, true)
			return false
		}
	}
	// "the Sri Lankan government": a national adjective, whatever the label
	if c.typ == Person || c.typ == Organization {
		if _, ok := demonym(c.text); ok && !isCountryName(c.text) && c.end < len(toks) && !gazetteer.Capitalised(toks[c.end].Text) {
			x.addMention(si, c.start, c.end, Country, true)
			return false
		}
	}
	// "International Development Minister Gareth Thomas": a portfolio
	// before a title and a name is part of the title, not a body
	if (c.typ == Organization || c.typ == Other) && c.end+1 < len(toks) && gazetteer.Capitalised(toks[c.end].Text) && isTitleHead(toks[c.end].Text) && (!orgWord(toks[c.start:c.end]) || c.end-c.start == 1 && gazetteer.IsOrgSuffix(c.text)) && !isAcronym(c.text) {
		if _, ok := orgLookup(c.text); !ok {
			return false
		}
	}
	if c.typ != Person && c.typ != Organization {
		if _, ok := demonym(c.text); ok && !isCountryName(c.text) {
			x.addMention(si, c.start, c.end, Country, true)
			return false
		}
		// "Muslim country", "Soviet states": an unknown one-word name used
		// as an adjective is no place.
		if c.end-c.start == 1 && c.end < len(toks) && (toks[c.end].Tag == "NN" || toks[c.end].Tag == "NNS") && !gazetteer.Capitalised(toks[c.end].Text) {
			if _, ok := gazetteer.Place(c.text); !ok {
				return false
			}
		}
	}
	if (c.typ == Person || c.typ == Place) && (groupWords[c.text] || c.end-c.start == 1 && toks[c.start].Tag == "NNPS") {
		return false // "Muslim", "Gibraltarians": no one's name
	}
	// "[Assistant Treasury] Secretary David Mulford": a name before a
	// title and another name is part of the title.
	if c.typ == Person && c.end < len(toks) && gazetteer.Capitalised(toks[c.end].Text) && isTitleHead(toks[c.end].Text) {
		k := c.end
		for k < len(toks) && isTitleHead(toks[k].Text) {
			k++
		}
		if k < len(toks) && k > c.end && gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP") {
			return false
		}
	}
	// "for Finance", "Industry" in "Minister of State for Finance and
	// Industry": words of a title, no names.
	if c.typ != Place && c.typ != Country && c.typ != City && c.start > 0 && titleJoin(toks[c.start-1].Text) && titleChain(s, c.start) {
		if _, ok := orgLookup(c.text); !ok {
			return false
		}
	}
	// "Finance and National Economy Minister": a title, no body (but
	// "Association of Attorneys General": plural titles in its "of" phrase,
	// names_of_tail.go).
	if (c.typ == Organization || c.typ == Other) && isTitleHead(toks[c.end-1].Text) && !x.pluralTitleOf(si, c.start, c.end) && !officeOfTitle(s, c.start, c.end) {
		if _, ok := orgLookup(c.text); !ok {
			return false
		}
	}
	// "Federation of Economic Organisations" read as a person.
	if c.typ == Person && orgWord(toks[c.start:c.end]) {
		c.typ = Organization
	}
	if (c.typ == Person || c.typ == Organization) && allTitle(toks[c.start:c.end]) {
		return false // "Assistant Secretary", "MP": a title, no name
	}
	// "Sydney's five-star Regent Hotel": a name ending in a building's
	// noun is a place; "Banca Commerciale Italiana": one opening with a
	// body's foreign noun is an organisation, no person.
	if n := lowerIn(buildingHeads, toks[c.end-1].Text); c.typ == Person && n > 0 && c.end-c.start >= n {
		c.typ = Place
	}
	if c.typ == Person {
		x.retypeByShape(si, c) // names_place_shape.go
	}
	if c.typ == Person && c.end-c.start >= 2 && lowerIn(foreignOrgHeads, toks[c.start].Text) {
		c.typ = Organization
	}
	// "King's Cross station": a name before a place noun is no person.
	if c.typ == Person && c.end < len(toks) && lowerIn(placeHeads, toks[c.end].Text) {
		return false
	}
	// "Muslim and Christian": an unknown coordination is no place.
	if c.typ == Place && strings.Contains(c.text, " and ") {
		if _, ok := gazetteer.Place(c.text); !ok {
			return false
		}
	}
	x.retypeByNeighbours(si, c)
	x.retypeBySite(si, c) // names_sites.go
	return true
}

// retypeByNeighbours retypes c as a body or a place from its last word and its neighbours ("Citibank", "union Unison", teams, oceans, regions).
func (x *extractor) retypeByNeighbours(si int, c *candidate) {
	s := &x.sents[si]
	toks := s.toks
	if (c.typ == Person || c.typ == Place) && c.end-c.start == 1 && (strings.HasSuffix(lower(c.text), "bank") || strings.HasSuffix(lower(c.text), "corp") || strings.HasSuffix(lower(c.text), "group")) && len(c.text) > 5 {
		if _, ok := gazetteer.Place(c.text); !ok {
			c.typ = Organization // "Citibank"
		}
	}
	if (c.typ == Person || c.typ == Organization) && c.start > 0 {
		// "Britain's biggest union Unison", "carmaker [PSA] Peugeot Citroen"
		k := c.start - 1
		for k > 0 && k >= c.start-2 && s.owner[k] < 0 && (isAcronym(toks[k].Text) || gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP")) {
			k--
		}
		if lowerIn(orgNouns, toks[k].Text) && s.owner[k] < 0 && !gazetteer.Capitalised(toks[k].Text) && !isTitleHead(toks[k+1].Text) && !shipCarrier(s, k) {
			c.typ = Organization
			c.start = k + 1
			c.text = x.span(si, c.start, c.end)
			c.sure = true
		}
	}
	if c.typ == Person && c.end-c.start == 1 && c.end+1 < len(toks) && toks[c.end].Tag == "POS" && memberNoun(toks[c.end+1:]) {
		c.typ = Organization // "Unison's 800,000 workers"
		c.sure = true
	}

	// "Philadelphia Eagles", "Dundee United": a town and a team's name.
	if c.typ == Person && c.end-c.start >= 2 && x.teamName(si, c.start, c.end) {
		c.typ = Organization
	}
	// "the Pacific Ocean" read as a body: a place word ends it.
	if c.typ == Organization && c.end-c.start >= 2 && gazetteer.IsPlaceSuffix(toks[c.end-1].Text) && !lowerIn(softPlaceSuffix, toks[c.end-1].Text) {
		if _, ok := orgLookup(c.text); !ok {
			c.typ = Place
		}
	}
	// "the remote Russian Tuva region": a name before a lower-case
	// place noun is a place.
	if c.typ != Person && c.end < len(toks) && !gazetteer.Capitalised(toks[c.end].Text) && toks[c.end].Tag == "NN" && lowerIn(placeNouns, toks[c.end].Text) != "" && lowerIn(placeNouns, toks[c.end].Text) != City {
		if _, ok := orgLookup(c.text); !ok {
			if _, ok := demonym(toks[c.start].Text); ok && c.end-c.start >= 2 {
				x.addMention(si, c.start, c.start+1, Country, true)
				c.start++
				c.text = x.span(si, c.start, c.end)
			}
			c.typ = Place
		}
	}
}

// buildingHeads are the place nouns (placeHeads) no person's name ends in:
// a name ending in one is a building or a place ("Regent Hotel").
// The value is the fewest words of such a name: a temple, a church or a
// palace of two words may be a person's surname ("Charlotte Church").
var buildingHeads = map[string]int{"hotel": 2, "airport": 2, "hospital": 2, "stadium": 2, "station": 2, "cathedral": 2, "mosque": 2, "prison": 2, "avenue": 2, "harbour": 2, "harbor": 2, "temple": 3, "church": 3, "palace": 3}

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
		// ASCII letters only, byte by byte (the bytes of other runes are
		// none of them); a word with a small letter and two letters is
		// counted and known not to be in capitals, so the rest of it
		// need not be read.
		letters, upper, small := 0, 0, false
		for i := 0; i < len(t.Text); i++ {
			c := t.Text[i]
			if c >= 'a' && c <= 'z' {
				letters++
				small = true
			} else if c >= 'A' && c <= 'Z' {
				letters++
				upper++
			}
			if small && letters >= 2 {
				break
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

// namedApart reports whether the article writes each of the words a and b
// as a word of its own outside "a and b" (and "a & b"): "Mukesh and
// Reliance" where it names Mukesh Ambani and Reliance Industries, not
// "Marks and Spencer" nor "Procter and Gamble".
func (x *extractor) namedApart(a, b string) bool {
	if !gazetteer.Capitalised(a) || !gazetteer.Capitalised(b) || legalSuffix[strings.TrimSuffix(lower(b), ".")] {
		return false
	}
	return x.wordApart(a, b, true) && x.wordApart(b, a, false)
}

// wordApart reports whether the article holds w as a whole word that is
// not joined to other by "and" or "&" (after it when first, else before).
func (x *extractor) wordApart(w, other string, first bool) bool {
	t := x.text
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		i = e
		if j > 0 && wordByte(t[j-1]) || e < len(t) && wordByte(t[e]) {
			continue
		}
		if first {
			rest := t[e:]
			if strings.HasPrefix(rest, " and "+other) || strings.HasPrefix(rest, " & "+other) {
				continue
			}
		} else {
			before := t[:j]
			if strings.HasSuffix(before, other+" and ") || strings.HasSuffix(before, other+" & ") {
				continue
			}
		}
		return true
	}
}

// possessiveFirmName reports whether tokens [start, end) of sentence si,
// with a possessive at cut, are one firm's legal name: it ends in a legal
// word ("Moody's Investors Service Inc") and no country owns it.
func (x *extractor) possessiveFirmName(si, start, cut, end int) bool {
	toks := x.sents[si].toks
	if !legalSuffix[strings.TrimSuffix(lower(toks[end-1].Text), ".")] {
		return false
	}
	owner := x.span(si, start, cut)
	if _, ok := gazetteer.Country(owner); ok {
		return false
	}
	_, ok := demonym(owner)
	return !ok
}

// joinFirmNames joins to a firm's legal name (one ending in Inc, Corp, Ltd
// ...) the words the recogniser left out in front of it: a possessive
// ("Moody" + "'s" + "Investors Service Inc") and capitalised words
// ("General" + "Motors Corp"), unless a country owns the firm ("Britain's
// Imperial Chemical Industries PLC").
func joinFirmNames(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for _, m := range ms {
		// "Senate Republican leader Bob Dole": a body, then the party word
		// of the title that follows
		if m.End-m.Start >= 2 && m.End < len(toks) && !gazetteer.Capitalised(toks[m.End].Text) && isTitleHead(toks[m.End].Text) && partyWord(toks[m.End-1].Text) {
			words := make([]string, 0, m.End-1-m.Start)
			for _, t := range toks[m.Start : m.End-1] {
				words = append(words, t.Text)
			}
			if _, ok := orgLookup(strings.Join(words, " ")); ok {
				m.End--
				m.Label = ner.Organization
			}
		}
		if m.End-m.Start < 2 || !legalSuffix[strings.TrimSuffix(lower(toks[m.End-1].Text), ".")] {
			out = append(out, m)
			continue
		}
		start := m.Start
		if n := len(out); n > 0 && out[n-1].End+1 == start && possessiveToken(toks[start-1]) && ownUnitName(toks, start) { // names_possessive_units.go
			out[n-1] = unitOwner(toks, out[n-1])
		} else if n > 0 && out[n-1].End+1 == start && possessiveToken(toks[start-1]) {
			p := out[n-1]
			if p.Label != ner.Place && !nationalOwner(toks, p) {
				out = out[:n-1]
				start = p.Start
			}
		}
		if start == m.Start && (len(out) == 0 || out[len(out)-1].End < start) {
			for k := start - 1; k >= 0 && k >= m.Start-2; k-- {
				t := toks[k]
				lw := lower(t.Text)
				_, wd := weekdays[lw]
				_, mo := months[strings.TrimSuffix(lw, ".")]
				if !gazetteer.Capitalised(t.Text) || t.Tag != "NNP" || wd || mo || lw == "the" || isHonorific(lw) || len(out) > 0 && out[len(out)-1].End > k {
					break
				}
				if _, ok := gazetteer.Country(t.Text); ok {
					break
				}
				if _, ok := demonym(t.Text); ok {
					break
				}
				start = k
			}
		}
		m.Start = start
		m.Label = ner.Organization
		out = append(out, m)
	}
	return out
}

// acronymHead returns the body named by an acronym and the last word of the
// body's own name: "EC Commission" is the body that "EC" names when that body
// is a "... Commission" (the European Commission). "EC Council" is not.
func acronymHead(name string) (gazetteer.OrgInfo, bool) {
	acr, head, ok := strings.Cut(name, " ")
	if !ok || !isAcronym(acr) || strings.Contains(head, " ") {
		return gazetteer.OrgInfo{}, false
	}
	o, ok := orgLookup(acr)
	if !ok || o.Name == name {
		return gazetteer.OrgInfo{}, false
	}
	if f := strings.Fields(o.Name); len(f) < 2 || f[len(f)-1] != head {
		return gazetteer.OrgInfo{}, false
	}
	return o, true
}

// surnameTitle reports whether a name of two words is a given name and a
// surname that is also a title's head: "Gayle King", "Stephen King".
func (x *extractor) surnameTitle(toks []nlp.Token) bool {
	if len(toks) != 2 || isTitleHead(toks[0].Text) || isHonorific(lower(strings.TrimSuffix(toks[0].Text, "."))) {
		return false
	}
	return lowerIn(givenNames, toks[0].Text) && lowerIn(surnames, toks[1].Text) && gazetteer.Capitalised(toks[1].Text)
}

// bodyWordPlace reports whether the place's name ts is one word that ends
// bodies' names too ("Centre", a French region, in "Joint Biosecurity
// Centre"): the words before it are the body's, not a title's.
func bodyWordPlace(ts []nlp.Token) bool {
	return len(ts) == 1 && gazetteer.IsOrgSuffix(ts[0].Text)
}
