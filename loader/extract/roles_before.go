package extract

// Titles written before a name: "State Department spokesman Ned Price",
// "Governor of the Bank of England Robin Leigh-Pemberton".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// titleBefore reads a title phrase ending just before token end of
// sentence si.
func (x *extractor) titleBefore(si, end int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	j := honorificsBefore(toks, end) - 1
	titleEnd := j + 1
	if j < 0 {
		return r, false
	}
	if tw := lower(toks[j].Text); tw == "for" || tw == "of" || tw == "to" || toks[j].Tag == "IN" {
		return r, false // "a spokesman for Mr Prescott"
	}
	if x.infinitiveBefore(si, j) {
		return r, false // titles_infinitives.go: "to powerfully head Lampard's corner"
	}
	if r, ok := x.titleOfBody(si, j, titleEnd); ok {
		return r, true
	}
	if givenNameInTitle(s, j) { // titles_trimmed.go
		j--
		titleEnd--
	}
	titleStart := titleEnd
	seenHead := false
	// A known title of several words: "Secretary of State".
	for n := min(5, j+1); n > 1; n-- {
		words := make([]string, 0, n)
		for _, t := range toks[j-n+1 : j+1] {
			words = append(words, t.Text)
		}
		if gazetteer.IsTitle(words...) && (s.owner[j-n+1] < 0 || x.bodyInsideTitle(si, j-n+1, j+1)) {
			titleStart = j - n + 1
			j = titleStart - 1
			seenHead = true
			break
		}
	}
	// "Spain's minister of sport Jaime Lissavetzky": a lower-case field
	// after the head and "of" (titles_lower_fields.go)
	if h := lowerFieldHead(s, j); !seenHead && h >= 0 {
		titleStart = h
		j = h - 1
		seenHead = true
	}
	// The word next to the name must be able to end a title, as a noun
	// ("the first major Muslim nation" has none).
	if !seenHead && (s.owner[j] >= 0 || !isTitleHead(toks[j].Text) || toks[j].Tag == "JJ" && lowerIn(adjectiveTitles, toks[j].Text) && !x.chiefAfterBody(si, j)) {
		// "Secretary of Trade and Industry Jose Concepcion": a department
		// after a capitalised head.
		if !(s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && titleChain(s, j)) {
			return r, false
		}
	}
	for j >= 0 {
		j = pastCountBeforePluralTitle(toks, j, titleEnd) // titles_counted.go: "the group's two leaders"
		t := toks[j]
		lw := lower(t.Text)
		if s.work != nil && s.work[j] {
			break // "My Summer Of Love director": a work's title (names_works.go)
		}
		if o := s.owner[j]; o >= 0 {
			titleStart = x.titleBeforeOwner(si, o, &r, titleStart, titleEnd)
			break
		}
		// "Ministry of International Trade and Industry (MITI) Vice
		// Minister": the body in brackets
		if t.Text == ")" {
			if j > 1 && s.owner[j-1] >= 0 && toks[j-2].Text == "(" && r.affil < 0 {
				if om := &x.mentions[s.owner[j-1]]; om.typ == Organization && om.start == j-1 {
					r.affil = s.owner[j-1]
				}
			}
			break
		}
		if t.Tag == "POS" || t.Text == "'" || t.Text == "’" {
			// "Blazin' Squad singer": an apostrophe after a word not
			// ending in s is its elision, no possessive: the capitalised
			// words after it are the rest of a name, and no title.
			if (t.Text == "'" || t.Text == "’") && j > 0 && j+1 < titleEnd && gazetteer.Capitalised(toks[j+1].Text) && !strings.HasSuffix(lower(toks[j-1].Text), "s") {
				return r, false
			}
			if j > 0 && s.owner[j-1] >= 0 && r.affil < 0 {
				om := &x.mentions[s.owner[j-1]]
				if om.typ != Person {
					r.affil = s.owner[j-1]
				}
			}
			break
		}
		if titleStopsAt(s, j, titleEnd) {
			break // titles_stops.go: "include soul singer", "this month deputy prime minister"
		}
		if titleStop[lw] && !(lw == "and" && j > 0 && j+1 < titleEnd && s.owner[j-1] < 0 && gazetteer.Capitalised(toks[j-1].Text) && gazetteer.Capitalised(toks[j+1].Text) && (seenHead || headBefore(toks, j))) && !(seenHead && lowerPortfolioAnd(s, j, titleEnd)) {
			break
		}
		capital := gazetteer.Capitalised(t.Text)
		switch {
		case isTitleHead(t.Text):
			seenHead = true
		case titleModifiers[lw] && (capital || !capitalHead(toks, titleStart, titleEnd) || lowerRank(lw)):
		case capital && (strings.HasPrefix(t.Tag, "NNP") || t.Tag == "JJ" || t.Tag == "NN" || departmentGerund(toks, j, titleEnd)):
		case capital && t.Tag == "NNS" && portfolioNouns[lw] && j+1 < titleEnd && gazetteer.Capitalised(toks[j+1].Text): // "General Sales Manager"
		case seenHead && !capital && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && !capitalHead(toks, titleStart, titleEnd):
		case seenHead && !capital && misreadTitleModifier(toks, j, titleEnd) && !capitalHead(toks, titleStart, titleEnd): // titles_mistagged.go
		case lowerDepartment(toks, j, titleEnd):
		case pluralDepartmentAnd(s, j, titleEnd, seenHead): // titles_glued.go: "Minerals and Energy Minister"
		case seenHead && lowerPortfolioAnd(s, j, titleEnd): // "work and pensions spokesman"
		case (lw == "of" || lw == "for" || lw == "and") && j > 0 && j+1 < titleEnd && s.owner[j-1] < 0 && gazetteer.Capitalised(toks[j-1].Text) && gazetteer.Capitalised(toks[j+1].Text) && !officeAfterOf(toks, j, titleEnd):
		default:
			j = -1
			continue
		}
		titleStart = j
		j--
	}
	if titleStart >= titleEnd {
		return r, false
	}
	// "10,000 metres champion": a measure cut off its number is no title.
	if titleStart > 0 && toks[titleStart-1].Tag == "CD" && !gazetteer.Capitalised(toks[titleStart].Text) && !isTitleHead(toks[titleStart].Text) && !lowerIn(titleModifiers, toks[titleStart].Text) {
		return r, false
	}
	// "6:00 PM Emily": a time of day, no prime minister.
	if titleStart > 0 && meridiem(toks[titleStart].Text) && (toks[titleStart-1].Tag == "CD" || clockTime(toks[titleStart-1].Text) || allDigits(toks[titleStart-1].Text)) {
		return r, false
	}
	words := tokenTexts(toks[titleStart:titleEnd])
	// Sentence-initial capitals are no title words, unless they make a known
	// title ("Defence Secretary Geoff Hoon"), a generic body ("Central bank
	// governor Chang") or a joined department ("Energy and Mines Minister").
	portfolio := r.affil >= 0 && x.mentions[r.affil].sent == si && x.mentions[r.affil].start <= titleStart && x.mentions[r.affil].end > titleStart
	for len(words) > 1 && !lowerIn(titleModifiers, words[0]) && !isTitleHead(words[0]) && gazetteer.Capitalised(words[0]) && titleStart == 0 && !portfolio &&
		!gazetteer.IsTitle(words...) && !sentenceInitialBody(toks[titleStart:titleEnd]) && !titleJoin(words[1]) && !openingDepartment(toks[titleStart:titleEnd]) && !pluralDepartmentAnd(s, titleStart, titleEnd, true) && !cutCompound(toks, titleStart, titleEnd) &&
		!openingTitleWord(toks, titleEnd) { // titles_opening.go
		words = words[1:]
		titleStart++
		n := openingNameRest(words) // titles_opening_names.go: "Retail Decisions chief executive"
		words = words[n:]
		titleStart += n
	}
	// "European commission president": a body named inside the title is
	// the affiliation.
	words = x.titleBeforeBody(si, titleStart, words, &r)
	if rank := x.rankBeforeNation(si, titleStart, r); rank != nil {
		words = append(rank, words...) // roles_rank.go
	}
	r.title, r.plural = singularTitle(strings.Join(words, " "))
	return r, true
}

// titleBeforeOwner reads the mention o that stops a title read backwards, setting the affiliation, and returns the new title start.
func (x *extractor) titleBeforeOwner(si, o int, r *role, titleStart, titleEnd int) int {
	s := &x.sents[si]
	toks := s.toks
	om := &x.mentions[o]
	if om.typ == Person || om.typ == Event {
		return titleStart
	}
	// "Central bank governor" opening a sentence: a capitalised
	// common word that, with the lower-case word after it, names a
	// body every country has, is the title's, no place or body.
	if om.start == 0 && om.end == 1 && titleStart == 1 && sentenceInitialBody(toks) {
		titleStart = 0
		return titleStart
	}
	// "Social Affairs and Labour Minister": a body's name joined by
	// "and" to department words before a title head is one more
	// department of the title, no body the person belongs to.
	if om.typ == Organization && titleStart == om.end && om.end < len(toks) && gazetteer.Capitalised(toks[om.end].Text) && isTitleHead(toks[om.end].Text) && om.start >= 2 && s.lower(om.start-1) == "and" && s.owner[om.start-2] < 0 && gazetteer.Capitalised(toks[om.start-2].Text) && !isTitleHead(toks[om.start-2].Text) {
		k := om.start - 2
		for k > 0 && s.owner[k-1] < 0 && gazetteer.Capitalised(toks[k-1].Text) && !isTitleHead(toks[k-1].Text) {
			k--
		}
		titleStart = k
		return titleStart
	}
	if partnersBeforeTitle(x, s, om, titleStart) {
		return titleStart // roles_careful.go
	}
	if nameGoesOn(s, om, titleStart, titleEnd) {
		return titleStart + 1 // "Hanson Industries chairman" (roles_portfolio.go)
	}
	if x.nationBeforeBodyTitle(si, om, titleStart, titleEnd) {
		return titleStart // roles_nation_bodies.go: "Dutch coffee trade association chairman"
	}
	if r.affil < 0 {
		r.affil = o
	}
	if x.partyOpeningTitle(si, om) && r.affil == o && !knownTitleAt(toks, titleStart, titleEnd) {
		return om.start // names_party_titles.go: "Liberal Democrat leader", of the party
	}
	// "Britain's Europe Director": the possessor is the affiliation,
	// the name inside belongs to the title.
	if p := om.start - 1; p > 0 && toks[p].Tag == "POS" && s.owner[p-1] >= 0 && titleStart == om.end {
		// (not a firm's subsidiary: "BankAmerica's Seafirst Chairman")
		if pm := &x.mentions[s.owner[p-1]]; pm.typ == Country || pm.typ == Organization && om.typ != Organization || pm.typ == City {
			r.affil = s.owner[p-1]
			titleStart = om.start
		}
	}
	// "Italian Treasury Minister": a one-word department after a
	// national adjective belongs to the title; the nation is the
	// affiliation.
	if p := om.start - 1; p >= 0 && om.typ == Organization && om.end-om.start == 1 && titleStart == om.end && s.owner[p] >= 0 && r.affil == o {
		if pm := &x.mentions[s.owner[p]]; pm.demonym || pm.typ == Country && pm.end == om.start {
			r.affil = s.owner[p]
			titleStart = om.start
		}
	}
	// "Treasury Secretary James Baker", "Saudi Arabian Oil
	// Minister": the last word of a body read just before the
	// title makes a known title with it, and is the title's; a
	// body of several words was a nation and that word misread as
	// one name, and the nation before it is the affiliation.
	if om.typ == Organization && titleStart == om.end && r.affil == o && x.departmentInTitle(si, om, titleStart, titleEnd) {
		titleStart = om.end - 1
		if om.end-om.start > 1 {
			r.affil = -1
			if p := om.start - 1; p >= 0 && s.owner[p] >= 0 {
				if pm := &x.mentions[s.owner[p]]; pm.demonym || pm.typ == Country {
					r.affil = s.owner[p]
				}
			}
		}
	}
	if r.affil == o && portfolioBefore(s, om, titleStart, titleEnd) {
		titleStart = portfolioStart(s, om) // "Treasury Minister", not "Minister" (roles_portfolio.go)
		if titleStart > om.start && !nationBodyName(s, om) {
			r.affil = -1 // roles_portfolio.go: "Venezuelan Energy and Mines", a nation and a portfolio, no body's name
		}
	}
	return titleStart
}

// titleBeforeBody makes a body named inside the title words (from token titleStart) the affiliation and returns the words after it.
func (x *extractor) titleBeforeBody(si, titleStart int, words []string, r *role) []string {
	toks := x.sents[si].toks
	if r.affil < 0 && len(words) > 1 {
		for n := len(words) - 1; n >= 2 && r.affil < 0; n-- {
			for a := 0; a+n < len(words); a++ {
				if o, ok := orgLookup(strings.Join(words[a:a+n], " ")); ok {
					if e := x.entityByName(o.Name); e >= 0 {
						b0 := toks[titleStart+a].Start
						b1 := toks[titleStart+a+n-1].End
						x.partMention(si, titleStart+a, b0, b1, e)
						r.affil = len(x.mentions) - 1
						words = words[a+n:]
					}
					break
				}
			}
		}
	}
	return words
}

// departmentInTitle reports whether the last word of body mention om, read
// just before the title words [titleStart, titleEnd) of sentence si, makes
// a known title with them: "Treasury Secretary", "Oil Minister". A body of
// several words must follow a nation ("Saudi [Arabian Oil] Minister"): "U.S.
// House Speaker" is the House's.
func (x *extractor) departmentInTitle(si int, om *mention, titleStart, titleEnd int) bool {
	toks := x.sents[si].toks
	if titleStart >= titleEnd || titleEnd-titleStart > 3 {
		return false
	}
	words := []string{toks[om.end-1].Text}
	for _, t := range toks[titleStart:titleEnd] {
		words = append(words, t.Text)
	}
	if !gazetteer.IsTitle(words...) {
		return false
	}
	if om.end-om.start == 1 {
		return true
	}
	p := om.start - 1
	if p < 0 || x.sents[si].owner[p] < 0 {
		return false
	}
	pm := &x.mentions[x.sents[si].owner[p]]
	return pm.end == om.start && (pm.demonym || pm.typ == Country)
}

// sentenceInitialBody reports whether a sentence (or title phrase) opens
// with a capitalised common word and a lower-case word that together name a
// body every country has: "Central bank governor".
func sentenceInitialBody(toks []nlp.Token) bool {
	if len(toks) < 2 || !gazetteer.Capitalised(toks[0].Text) || gazetteer.Capitalised(toks[1].Text) || ner.NameWord(toks[0].Text) {
		return false
	}
	return lowerIn(genericBodies, toks[0].Text+" "+toks[1].Text)
}

// titleOfBody reads a title, "of (the)" and the body it serves, ending
// at token j right before a name: "Governor of the Bank of England Robin
// Leigh-Pemberton" is Governor, of the Bank of England.
func (x *extractor) titleOfBody(si, j, titleEnd int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	o := s.owner[j]
	if o < 0 || x.mentions[o].typ != Organization || x.mentions[o].end != titleEnd {
		return r, false
	}
	head := titleOfBodyHead(toks, x.mentions[o].start)
	if head < 0 || s.owner[head] >= 0 {
		return r, false
	}
	start := head
	for start > 0 && s.owner[start-1] < 0 && (lowerIn(titleModifiers, toks[start-1].Text) || isTitleHead(toks[start-1].Text) || x.firmTitleWord(si, start-1, head)) {
		start--
	}
	words := make([]string, 0, head+1-start)
	for _, t := range toks[start : head+1] {
		words = append(words, t.Text)
	}
	r.affil = o
	r.title, r.plural = singularTitle(strings.Join(words, " "))
	if t, ok := postOfBody(toks, head, titleEnd); ok {
		r.title = strings.Join(words[:len(words)-1], " ") + t // titles_trimmed.go
	}
	return r, true
}

// titleOfBodyHead returns the index of the title head before "of (the)"
// and a body that starts at token start ("Governor of the [Bank of
// England]"), or -1.
func titleOfBodyHead(toks []nlp.Token, start int) int {
	p := start - 1
	if p >= 0 && lowerIs(toks[p].Text, "the") {
		p--
	}
	if p < 1 || !lowerIs(toks[p].Text, "of") || !isTitleHead(toks[p-1].Text) {
		return -1
	}
	return p - 1
}

// singularTitle turns a plural title ("Presidents", "foreign ministers")
// into the singular and says whether it was plural.
func singularTitle(t string) (string, bool) {
	i := strings.LastIndexByte(t, ' ')
	last := t[i+1:]
	ll := lower(last)
	if h, ok := postBeforeUnit(last); ok { // titles_unit_hyphen.go: "president-Systems"
		return t[:i+1] + h, false
	}
	if sing, ok := pluralAbbrev(last); ok { // titles_plural_abbrev.go: "Sens."
		return t[:i+1] + sing, true
	}
	if strings.HasSuffix(ll, "s") && !strings.HasSuffix(ll, "ss") && len(ll) > 3 {
		sing := last[:len(last)-1]
		if strings.HasSuffix(ll, "men") {
			return t, true
		}
		if isTitleHead(sing) {
			return t[:i+1] + sing, true
		}
	}
	if strings.HasSuffix(ll, "men") && titleHeads[strings.TrimSuffix(ll, "men")+"man"] {
		return t[:i+1] + last[:len(last)-3] + "man", true
	}
	return t, false
}

// honorificsBefore returns where the forms of address before a name at
// token end begin ("Dr the Rt. Hon. Keith Rowley", "the Hon. Andrew
// Holness"), or end when there are none. "The" and "Right" belong to them
// before an honorific only.
func honorificsBefore(toks []nlp.Token, end int) int {
	j := end - 1
	for j >= 0 {
		w := lower(strings.TrimSuffix(toks[j].Text, "."))
		if isHonorific(w) || (w == "the" || w == "right") && j+1 < end && isHonorific(lower(strings.TrimSuffix(toks[j+1].Text, "."))) {
			j--
			continue
		}
		break
	}
	return j + 1
}

// rankBefore returns where the honorifics of rank before a person's name m
// begin ("the Hon. Edmund Bartlett", "Sir Anthony Greener"), or its start
// when there are none, or only a plain form of address ("the prime
// minister, Mr Brown replied": a wire's "Mr" before every name says no more
// than the name alone), or the name is one word ("Dr Pepper").
func rankBefore(toks []nlp.Token, m *mention) int {
	lead := honorificsBefore(toks, m.start)
	if m.end-m.start < 2 {
		return m.start
	}
	for _, t := range toks[lead:m.start] {
		switch lower(strings.TrimSuffix(t.Text, ".")) {
		case "mr", "mrs", "ms", "miss", "messrs", "mme", "monsieur", "madame", "herr":
			return m.start
		}
	}
	return lead
}

// chiefAfterBody reports whether the word at token j is "chief" right after
// an organisation's name or a possessive, before a name: "Midland Bank chief
// Kit McMahon", "the group's chief John Smith". The tagger reads it as an
// adjective before a capitalised word ("chief Kit"), but there it is the
// noun, the head's title.
func (x *extractor) chiefAfterBody(si, j int) bool {
	s := &x.sents[si]
	if j < 1 || !lowerIs(s.toks[j].Text, "chief") {
		return false
	}
	if s.toks[j-1].Tag == "POS" {
		return true
	}
	o := s.owner[j-1]
	return o >= 0 && x.mentions[o].typ == Organization && x.mentions[o].end == j
}
