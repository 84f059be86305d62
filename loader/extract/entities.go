package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// resolve groups mentions into entities (coreference of names): gazetteer
// names to their canonical form ("US", "U.S." → United States), national
// adjectives to their country, acronyms to their expansion, and a person's
// surname ("Sherman", "Mr Blair") to the full name used in the article.
func (x *extractor) resolve() {
	r := &keying{keys: make([]string, len(x.mentions)), canon: map[string]string{}, types: map[string]EntityType{}}
	x.keyPlacesAndBodies(r)
	x.qualifyBodies(r)
	x.resolveBodies(r)
	x.placeAcronyms(r) // places_acronyms.go
	x.resolvePeople(r)
	x.buildEntities(r)
	x.definiteBodies()
}

// keying is what resolve knows of the mentions so far: each one's entity
// key, and each key's canonical name and type.
type keying struct {
	keys  []string              // mention -> key
	canon map[string]string     // key -> canonical name
	types map[string]EntityType // key -> type
}

// set gives mention k the key, keeping the longest name (a country's or
// city's first) and the most specific type.
func (r *keying) set(k int, key, name string, typ EntityType) {
	r.keys[k] = key
	if _, ok := r.canon[key]; !ok || len(name) > len(r.canon[key]) && typ != Country && typ != City {
		r.canon[key] = name
	}
	if t, ok := r.types[key]; !ok || t == Place || t == Other {
		r.types[key] = typ
	}
}

// keyPlacesAndBodies keys places, organisations and other names: known
// ones by their gazetteer name, national adjectives by their country.
func (x *extractor) keyPlacesAndBodies(r *keying) {
	for k := range x.mentions {
		m := &x.mentions[k]
		switch m.typ {
		case Country, City, Place:
			if m.demonym {
				c, ok := demonym(m.text)
				if a, amb := x.ambiguousDemonym(m.text); amb && a != "" {
					c = a // the one the article names
				} else if !ok {
					c = m.name
				}
				r.set(k, "P:"+c, c, Country)
				continue
			}
			if p, ok := gazetteer.Place(m.name); ok {
				if st, ok := x.stateNamesake(p, k); ok {
					r.set(k, "P:"+st, st, Place) // places_state_namesakes.go
					continue
				}
				if dv, ok := bareDivision(p); ok {
					r.set(k, "P:"+dv.Name, dv.Name, Place) // "Virginia", not a South African town
					continue
				}
				t := Place
				switch p.Class {
				case gazetteer.ClassCountry:
					t = Country
				case gazetteer.ClassCity:
					t = City
				}
				if m.typ == City && t == Place {
					t = City
				}
				r.set(k, "P:"+p.Name, p.Name, t)
				continue
			}
			r.set(k, "P:"+m.name, m.name, m.typ)
		case Organization:
			if o, ok := orgLookup(m.name); ok && !x.bareAliasElsewhere(m.name, o) { // bodies_bare_alias.go
				r.set(k, "O:"+o.Name, o.Name, Organization)
				continue
			}
			if o, ok := partyOf(m.name); ok {
				r.set(k, "O:"+o.Name, o.Name, Organization)
				continue
			}
			if o, ok := acronymHead(m.name); ok {
				r.set(k, "O:"+o.Name, o.Name, Organization)
				continue
			}
			r.set(k, "O:"+m.name, m.name, Organization)
		case Other:
			r.set(k, "X:"+m.name, m.name, Other)
		case Event: // a contest's name (names_contests.go)
			r.set(k, "V:"+m.name, m.name, Event)
		}
	}
}

// resolveBodies joins the names of one body: acronyms and their expansion,
// "the Bank" for the one bank named, a bracketed name, a first word.
func (x *extractor) resolveBodies(r *keying) {
	own := slices.Clone(r.keys) // each mention's key by its own name, before aliases
	// Acronyms: "Public and Commercial Services Union (PCS)", and acronyms
	// made of the initials of an organisation named in the article.
	alias := map[string]string{}   // key -> key
	orgKeys := map[string]string{} // initials -> key
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || x.namedByBody(k) {
			continue // a body's name or first words are keyed below
		}
		if ini := initials(m.name); len(ini) >= 2 {
			if _, ok := orgKeys[ini]; !ok {
				orgKeys[ini] = r.keys[k]
			}
		}
		// "(PCS)", "(Keidanren)": the name in brackets, which the mentions
		// stage typed the body's, is the body's too
		s := x.sents[m.sent]
		if m.end+2 < len(s.toks) && s.toks[m.end].Text == "(" && s.toks[m.end+2].Text == ")" {
			if o := s.owner[m.end+1]; o >= 0 {
				switch nm, ok := x.named[o]; {
				case ok && nm.how == inBrackets && nm.other == k:
					r.keys[o] = r.keys[k]
				case ok && nm.how == addedInBrackets && nm.other == k:
					acr := s.toks[m.end+1].Text
					r.keys[o] = "O:" + acr
					alias["O:"+acr] = r.keys[k]
				case r.keys[o] != "" && !x.namedByBody(o) && x.isBracketName(s, m.end+1) && !x.bracketPlace(o):
					// (not a place: "Yamaichi International (America)
					// Inc" is the firm's arm there, and "U.S." elsewhere
					// in the story is still the country)
					alias[r.keys[o]] = r.keys[k]
				}
			}
		}
	}
	// An acronym of a name the article spells out means that name here,
	// whatever else the gazetteer knows it as ("EC": European Community).
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Organization && isAcronym(m.name) && !x.namedByBody(k) {
			if key, ok := orgKeys[m.name]; ok && key != r.keys[k] {
				r.keys[k] = key
			}
		}
	}
	// "the Bank", "the Commission": the one organisation of the article
	// whose name ends in that word, or, when none does, whose head before
	// "of" or "for" it is ("the Institutes" after "the National Institutes
	// of Health").
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || strings.Contains(m.name, " ") || isAcronym(m.name) || x.namedByBody(k) {
			continue
		}
		heads := [...]func(string, string) bool{endsInWord, bodyHeadWord}
		if x.headOfCut(m) {
			heads[1] = endsInWord // "the Council [of Economic Advisers]": a body of its own
		}
		for _, names := range heads {
			var found string
			n := 0
			for k2 := range x.mentions {
				m2 := &x.mentions[k2]
				if m2.typ == Organization && !x.namedByBody(k2) && names(m2.name, m.name) && r.keys[k2] != found && (m.name != "House" || chamberOf(m2.name, m.name)) {
					found = r.keys[k2]
					n++
				}
			}
			if n == 1 {
				alias[r.keys[k]] = found
			}
			if n > 0 {
				break
			}
		}
	}
	x.bodyTailAliases(r, alias) // bodies_tails.go
	x.tickerAliases(r)          // bodies_tickers.go
	for k := range r.keys {
		for n := 0; n < 4; n++ {
			if a, ok := alias[r.keys[k]]; ok && a != r.keys[k] {
				r.keys[k] = a
			}
		}
	}
	// A name given to a body in brackets is the body's wherever it is used:
	// "Federation of Economic Organisations (Keidanren)" ... "a spokesman
	// for Keidanren".
	orgByName := map[string]string{}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && r.keys[k] != "" && !x.namedByBody(k) {
			if _, ok := orgByName[m.name]; !ok {
				orgByName[m.name] = r.keys[k]
			}
		}
	}
	// "Mitsubishi" after "Mitsubishi Motors", "Toshiba" after "Toshiba
	// Corp": the first word of one organisation's name.
	// "Pan Ocean" after "Pan Ocean Shipping Company": any first words.
	orgFirst := firstWords(orgByName)
	bracketed := x.bracketedAcronyms() // bodies_first_words.go
	for k := range x.mentions {
		m := &x.mentions[k]
		switch x.named[k].how {
		case bodyName:
			if key, ok := orgByName[m.name]; ok {
				r.keys[k] = key
			}
			continue
		case bodyFirstWords:
			if key := orgFirst[m.name]; key != "" {
				r.keys[k] = key
			}
			continue
		}
		// a one-word body: "Lucadia" after "Lucadia National Corp"; not
		// an acronym tied to its expansion already, or that the article
		// writes in brackets after one ("The Broken Hill Pty Co Ltd
		// <BRKN.S> (BHP)", beside "BHP Gold Mines Ltd")
		if m.typ == Organization && !m.demonym && !strings.Contains(m.name, " ") && !(isAcronym(m.name) && (r.keys[k] != own[k] || bracketed[m.name])) {
			if key := orgFirst[m.name]; key != "" && (!knownApart(m.name, orgByName, key) || x.chamberOrganTitle(m)) {
				if _, place := gazetteer.Place(m.name); !place || x.shortNameBeforeTitle(m) { // bodies_place_short_names.go
					r.keys[k] = key
				}
			}
		}
		// the first words of one body's longer name: "Commercial Union"
		// after "Commercial Union Assurance"
		if m.typ == Organization && !m.demonym && strings.Contains(m.name, " ") {
			if key := orgFirst[m.name]; key != "" && longerNameOnly(orgByName, m.name) && !knownApart(m.name, orgByName, key) {
				r.keys[k] = key
			}
		}
	}
}

// headOfCut reports whether "of" or "for" follows mention m in its
// sentence: a head cut off the rest of its name ("the Council [of Economic
// Advisers]"), which names another body than one the article writes whole.
func (x *extractor) headOfCut(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.end < len(toks) && (toks[m.end].Text == "of" || toks[m.end].Text == "for")
}

// endsInWord reports whether word is the last word of a name of two words
// or more: "Bank" of "Toronto-Dominion Bank".
func endsInWord(name, word string) bool { return strings.HasSuffix(name, " "+word) }

// bodyHeadWord reports whether word is the word before the first "of" or
// "for" of a body's name when that is not the name's first word (first
// words are firstWords' job) and is a body's head word ("Institutes" of
// "National Institutes of Health", not "Matsumoto" of "Shigeki Matsumoto
// of Nikko Securities").
//
// It reads the fields of name one by one (nextField), as
// strings.Fields(name)[2:len-1] would give them, without building them:
// resolve asks it for every pair of a one-word body and a body's name.
func bodyHeadWord(name, word string) bool {
	if !strings.Contains(name, word) {
		return false // no field of name is word
	}
	var prev string
	f, rest, ok := nextField(name)
	for i := 0; ok; i++ {
		next, after, more := nextField(rest)
		if !more {
			return false // f is the last field
		}
		if i >= 2 && (strings.EqualFold(f, "of") || strings.EqualFold(f, "for")) {
			return prev == word && (gazetteer.IsOrgHead(word) || gazetteer.IsOrgHead(strings.TrimSuffix(word, "s")))
		}
		prev, f, rest = f, next, after
	}
	return false
}

// longerNameOnly reports whether the names of byName that go on after
// name go on with capitalised words alone ("Commercial Union [Assurance]"),
// not with a connector that makes them two names or a body of a body
// ("House Budget Committee [Democrats and Republicans]"); partners listed
// with a comma go on to the partnership's "and" ("Holt, Rinehart [and
// Winston Inc]": names_comma_partners.go).
func longerNameOnly(byName map[string]string, name string) bool {
	if strings.Contains(name, ",") {
		return true
	}
	for n := range byName {
		rest, ok := strings.CutPrefix(n, name+" ")
		if !ok {
			continue
		}
		for w := range strings.FieldsSeq(rest) {
			if !gazetteer.Capitalised(w) {
				return false
			}
		}
	}
	return true
}

// namedByBody reports whether the mentions stage typed mention k an
// organisation by a body's name or first words (not in brackets).
func (x *extractor) namedByBody(k int) bool {
	h := x.named[k].how
	return h == bodyName || h == bodyFirstWords
}

// isBracketName reports whether token i of s, in brackets after a body's
// name, may name that body: an acronym or a proper noun.
func (x *extractor) isBracketName(s sentence, i int) bool {
	acr := s.toks[i].Text
	return isAcronym(acr) || gazetteer.Capitalised(acr) && strings.HasPrefix(s.toks[i].Tag, "NNP")
}

// resolvePeople keys people: full names, a shorter full name within a
// longer one, and surnames or single names of a person named in full.
func (x *extractor) resolvePeople(r *keying) {
	p := x.people
	if p == nil {
		p = x.peopleNamed()
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && countFields(m.name, 2) >= 2 {
			r.set(k, "H:"+m.name, m.name, Person)
		}
	}
	if len(p.longer) > 0 {
		for k := range x.mentions {
			if l, ok := p.longer[x.mentions[k].name]; ok && x.mentions[k].typ == Person && r.keys[k] == "H:"+x.mentions[k].name {
				r.set(k, "H:"+l, l, Person)
			}
		}
	}
	firstAt := x.firstPersonMentions() // people_given_first.go
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || countFields(m.name, 2) != 1 {
			continue
		}
		if n, ok := p.surname(m.name); ok && !givenNameFirst(p, firstAt, m.name, n) && !x.styledByOther(p, k) { // people_surname_styles.go: "Mr Howard"
			r.set(k, "H:"+n, n, Person)
		} else {
			r.set(k, "H:"+m.name, m.name, Person)
		}
	}
	x.surnamesBySex(r, p) // people_gender.go
}

// people are the people an article names in full.
type people struct {
	longer map[string]string   // a full name -> the longer full name it is part of
	full   map[string][]string // last word (or "~" + another word) -> full names with it
	folded map[string][]string // full's keys without accents, made on first need (people_accents.go)
}

// peopleNamed returns the people the article's person mentions name in
// full: "Te Kaurinui Parata" within "Te Kaurinui Robert Parata" is the
// longer name's.
func (x *extractor) peopleNamed() *people {
	p := &people{longer: map[string]string{}, full: map[string][]string{}}
	var fullNames []string
	seen := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && countFields(m.name, 2) >= 2 && !seen[m.name] {
			seen[m.name] = true
			fullNames = append(fullNames, m.name)
		}
	}
	words := make([][]string, len(fullNames)) // each full name's words and
	lows := make([]string, len(fullNames))    // its lower case, for the pairs below
	for i, n := range fullNames {
		words[i], lows[i] = strings.Fields(n), lower(n)
	}
	for i, a := range fullNames {
		var found []string
		for j, b := range fullNames {
			// "Bin Laden" within "Osama bin Laden": case aside
			if len(b) > len(a) && (subsequence(words[i], words[j]) || hasWordSuffix(lows[j], lows[i])) {
				found = append(found, b)
			}
		}
		if len(found) > 0 && sameAll(found) || len(found) > 1 && longestContainsAll(found) {
			p.longer[a] = longestOf(found)
		}
	}
	var variants []string
	for _, a := range fullNames {
		if _, ok := p.longer[a]; ok {
			continue
		}
		// "T Shanklin", "Jim Ammeen": initials or a short form of one full name's given name
		if v := variantOf(a, fullNames); v != "" && !sameGiven(v, a) {
			if l, ok := p.longer[v]; ok {
				v = l
			}
			p.longer[a] = v
			variants = append(variants, a)
		}
	}
	if len(p.longer) > 0 {
		kept := fullNames[:0]
		for _, n := range fullNames {
			if _, ok := p.longer[n]; !ok {
				kept = append(kept, n)
			}
		}
		fullNames = kept
	}
	for _, n := range fullNames {
		f := strings.Fields(n)
		last := f[len(f)-1]
		p.full[last] = append(p.full[last], n)
		// "Bashir" for "Omar Hassan al-Bashir"
		for _, pre := range []string{"al-", "Al-", "el-", "El-"} {
			if b, ok := strings.CutPrefix(last, pre); ok && b != "" {
				p.full[b] = append(p.full[b], n)
			}
		}
	}
	for _, n := range fullNames {
		f := strings.Fields(n)
		for _, t := range f[:len(f)-1] {
			p.full["~"+t] = append(p.full["~"+t], n)
		}
	}
	for _, a := range variants {
		// "Freddie" after "Freddie Forsyth" and "Frederick Forsyth"
		f := strings.Fields(a)
		for _, t := range f[:len(f)-1] {
			if !slices.Contains(p.full["~"+t], p.longer[a]) {
				p.full["~"+t] = append(p.full["~"+t], p.longer[a])
			}
		}
	}
	return p
}

// surname returns the full name of the one person the article names in
// full whose surname (or, failing that, another word of whose name) is tok.
func (p *people) surname(tok string) (string, bool) {
	if c := p.full[tok]; len(c) > 0 && sameAll(c) {
		return c[0], true
	}
	if c := p.full["~"+tok]; len(c) > 0 && sameAll(c) && len(p.full[tok]) == 0 {
		return c[0], true
	}
	return p.surnameUnaccented(tok) // people_accents.go
}

// buildEntities makes the entities, in order of first mention, with their
// aliases.
func (x *extractor) buildEntities(r *keying) {
	// Build entities in order of first mention.
	byKey := map[string]int{}
	for k := range x.mentions {
		key := r.keys[k]
		if key == "" {
			continue
		}
		e, ok := byKey[key]
		if !ok {
			e = len(x.ents)
			byKey[key] = e
			x.ents = append(x.ents, &entity{typ: r.types[key], name: r.canon[key], key: key})
		}
		x.mentions[k].ent = e
		x.ents[e].mentions = append(x.ents[e].mentions, k)
	}
	for _, e := range x.ents {
		seen := map[string]bool{lower(e.name): true}
		for _, k := range e.mentions {
			m := &x.mentions[k]
			n := m.name
			if m.demonym {
				continue
			}
			if !lowerIn(seen, n) && !x.countryOfState(e, n) {
				seen[lower(n)] = true
				e.aliases = append(e.aliases, n)
			}
			if a := m.alias; a != "" && !lowerIn(seen, a) {
				seen[lower(a)] = true
				e.aliases = append(e.aliases, a)
			}
		}
		if e.typ == Organization {
			if o, ok := gazetteer.Org(e.name); ok && !x.bareAliasElsewhere(e.name, o) {
				for _, a := range o.Aliases {
					if !lowerIn(seen, a) && isAcronym(a) {
						seen[lower(a)] = true
						e.aliases = append(e.aliases, a)
					}
				}
			}
		}
		sort.Strings(e.aliases)
	}
}

// definiteBodies finds "the commission", "the bank" written in lower case
// for the one organisation of the article whose name begins or ends with
// that word ("Commission for Africa", "World Bank"). Such mentions give
// events and roles their party; they add no alias.
func (x *extractor) definiteBodies() {
	for si := range x.sents {
		s := &x.sents[si]
		for i := 1; i < len(s.toks); i++ {
			if s.toks[i].Tag != "NN" || s.owner[i] >= 0 {
				continue // cheap tests first: most tokens end here
			}
			if s.lower(i-1) != "the" {
				if found := x.modifiedDefiniteBody(si, i); found >= 0 {
					x.addNominalBody(si, i-1, i+1, found) // "the school board" (definite_bodies_modified.go)
				}
				continue
			}
			w := s.toks[i].Text
			generic := firmWords[s.lower(i)]
			if gazetteer.Capitalised(w) || !gazetteer.IsOrgSuffix(w) && !generic {
				continue
			}
			if i+1 < len(s.toks) && (s.toks[i+1].Tag == "NN" || s.toks[i+1].Tag == "NNS") {
				continue // "the commission report": a modifier
			}
			if peopleOf(s, i) || s.lower(i) == "party" && x.partiesNamed() {
				continue // "the group of ministers": people, no body; "the party" of several (bodies_definite_parties.go)
			}
			found := -1
			for e, ent := range x.ents {
				if ent.typ != Organization {
					continue
				}
				f := strings.Fields(ent.name)
				if len(f) < 2 || !strings.EqualFold(f[0], w) && !strings.EqualFold(f[len(f)-1], w) {
					continue
				}
				if found >= 0 && found != e {
					found = -2
					break
				}
				found = e
			}
			if found >= 0 && x.otherNamedFirst(found, w, si, i) {
				found = -2 // "Bank of Ceylon ... The bank is holding talks ... The Asian Development Bank": the first bank (definite_bodies_named_later.go)
			}
			if found == -1 && generic {
				// "Volkswagen said ... The company's chairman": the firm
				// last named in this sentence or the two before
				if businessNouns[s.lower(i)] {
					found = x.lastFirm(si, i) // no public body (firms_definite_public.go)
				} else {
					found = x.lastOrg(si, i)
				}
				if found >= 0 && x.tradeNounMedium(found, s.lower(i)) {
					found = -1 // "the bank" is no newspaper (firms_definite_media.go)
				}
			}
			if found < 0 {
				continue
			}
			x.addNominalBody(si, i, i+1, found)
		}
	}
}

// addNominalBody adds a mention by common noun of organisation found over
// tokens [start, end) of sentence si ("the bank", "the school board").
func (x *extractor) addNominalBody(si, start, end, found int) {
	s := &x.sents[si]
	idx := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: start, end: end, typ: Organization,
		text: x.span(si, start, end), name: x.ents[found].name, nominal: true, ent: found})
	for k := start; k < end; k++ {
		s.owner[k] = idx
	}
	pos := 0
	for pos < len(s.mentions) && x.mentions[s.mentions[pos]].start < start {
		pos++
	}
	s.mentions = append(s.mentions, 0)
	copy(s.mentions[pos+1:], s.mentions[pos:])
	s.mentions[pos] = idx
	x.ents[found].mentions = append(x.ents[found].mentions, idx)
}

// countFields returns len(strings.Fields(s)), counting no further than
// most, without building the fields.
func countFields(s string, most int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if n++; n == most {
				break
			}
		}
	}
	return n
}

// hasWordSuffix reports whether s ends with a space and suffix.
func hasWordSuffix(s, suffix string) bool {
	n := len(s) - len(suffix)
	return n > 0 && s[n-1] == ' ' && s[n:] == suffix
}

func sameAll(ss []string) bool {
	for _, s := range ss[1:] {
		if s != ss[0] {
			return false
		}
	}
	return true
}

// isAcronym reports whether s is written like an acronym: two or more
// capitals, maybe with dots or '&' ("PCS", "U.N.", "T&G").
func isAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// initials returns the capital initials of a multi-word name, skipping
// function words: "Organisation for Security and Cooperation in Europe" →
// "OSCE".
func initials(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// subsequence reports whether the words of a appear in b in order, with the
// same first and last word.
func subsequence(a, b []string) bool {
	if len(a) == 0 || len(a) >= len(b) || a[0] != b[0] {
		return false
	}
	if a[len(a)-1] != b[len(b)-1] { // else a prefix: "Te Kaurinui Robert"
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	i := 0
	for _, w := range b {
		if i < len(a) && w == a[i] {
			i++
		}
	}
	return i == len(a)
}

func longestOf(ss []string) string {
	best := ss[0]
	for _, s := range ss[1:] {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

// longestContainsAll reports whether the longest name holds the others.
func longestContainsAll(ss []string) bool {
	l := strings.Fields(longestOf(ss))
	for _, s := range ss {
		if f := strings.Fields(s); len(f) < len(l) && !subsequence(f, l) && !strings.HasSuffix(strings.Join(l, " "), " "+s) {
			return false
		}
	}
	return true
}

// propagateNames finds the surnames of people named in full elsewhere in
// the article where the recogniser missed them: "Barber Conable" ...
// "During his formal remarks, Conable made it clear".
func (x *extractor) propagateNames() {
	surnames := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person {
			continue
		}
		if f := strings.Fields(m.name); len(f) >= 2 {
			surnames[f[len(f)-1]] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	// A one-word town that is the surname of a person of the article, and
	// not after a preposition of place, is that person: "Shamir ... ran
	// afoul of Bush" after "President George H.W. Bush".
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != City && m.typ != Place || m.demonym || m.end != m.start+1 || !surnames[m.name] {
			continue
		}
		if p, ok := gazetteer.Place(m.name); ok && p.Class == gazetteer.ClassCountry {
			continue
		}
		if m.start > 0 && lowerIn(placePreps, x.sents[m.sent].toks[m.start-1].Text) {
			continue
		}
		m.typ = Person
	}
	for si := range x.sents {
		s := &x.sents[si]
		for i, t := range s.toks {
			if s.owner[i] >= 0 || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || !surnames[t.Text] {
				continue
			}
			// not the start of a longer capitalised name
			if i+1 < len(s.toks) && s.owner[i+1] < 0 && gazetteer.Capitalised(s.toks[i+1].Text) && strings.HasPrefix(s.toks[i+1].Tag, "NNP") {
				continue
			}
			x.addMention(si, i, i+1, Person, false)
		}
	}
}

// firmName reports whether a name of two words or more ends in a legal
// form (bare or with stops between its letters: "SpA", "S.P.A.", "B.V.")
// or a word that ends organisations' names ("Inc", "Corp", "Group",
// "Company") and no gazetteer knows it as a place.
func firmName(name string) bool {
	_, last, n := edgeFields(name)
	if n < 2 {
		return false
	}
	last = strings.TrimSuffix(last, ".")
	if !lowerIn(legalForms, last) && !gazetteer.IsOrgSuffix(last) && !stoppedLegalForm(last) {
		return false
	}
	_, place := gazetteer.Place(name)
	return !place
}
