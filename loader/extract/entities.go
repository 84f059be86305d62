package extract

import (
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
	x.propagateNames()
	x.firmsByContext()
	x.voteTypes()
	keys := make([]string, len(x.mentions))
	canon := map[string]string{} // key -> canonical name
	typeOf := map[string]EntityType{}
	set := func(k int, key, name string, typ EntityType) {
		keys[k] = key
		if _, ok := canon[key]; !ok || len(name) > len(canon[key]) && typ != Country && typ != City {
			canon[key] = name
		}
		if t, ok := typeOf[key]; !ok || t == Place || t == Other {
			typeOf[key] = typ
		}
	}
	// Places, organisations and others.
	for k := range x.mentions {
		m := &x.mentions[k]
		switch m.typ {
		case Country, City, Place:
			if m.demonym {
				c, ok := demonym(m.text)
				if !ok {
					c = m.name
				}
				set(k, "P:"+c, c, Country)
				continue
			}
			if p, ok := gazetteer.Place(m.name); ok {
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
				set(k, "P:"+p.Name, p.Name, t)
				continue
			}
			set(k, "P:"+m.name, m.name, m.typ)
		case Organization:
			if o, ok := orgLookup(m.name); ok {
				set(k, "O:"+o.Name, o.Name, Organization)
				continue
			}
			set(k, "O:"+m.name, m.name, Organization)
		case Other:
			set(k, "X:"+m.name, m.name, Other)
		}
	}
	// Acronyms: "Public and Commercial Services Union (PCS)", and acronyms
	// made of the initials of an organisation named in the article.
	alias := map[string]string{}   // key -> key
	orgKeys := map[string]string{} // initials -> key
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization {
			continue
		}
		if ini := initials(m.name); len(ini) >= 2 {
			if _, ok := orgKeys[ini]; !ok {
				orgKeys[ini] = keys[k]
			}
		}
		s := x.sents[m.sent]
		if m.end+2 < len(s.toks) && s.toks[m.end].Text == "(" && s.toks[m.end+2].Text == ")" {
			acr := s.toks[m.end+1].Text
			// "(PCS)", "(Keidanren)": the name in brackets is the body's too
			if isAcronym(acr) || gazetteer.Capitalised(acr) && strings.HasPrefix(s.toks[m.end+1].Tag, "NNP") {
				if o := s.owner[m.end+1]; o >= 0 {
					if keys[o] == "" || x.mentions[o].typ == Person {
						x.mentions[o].typ = Organization
						keys[o] = keys[k]
					} else {
						alias[keys[o]] = keys[k]
					}
				} else if n := x.addMention(m.sent, m.end+1, m.end+2, Organization, false); n >= 0 {
					keys = append(keys, "O:"+acr)
					alias["O:"+acr] = keys[k]
				}
			}
		}
	}
	// An acronym of a name the article spells out means that name here,
	// whatever else the gazetteer knows it as ("EC": European Community).
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Organization && isAcronym(m.name) {
			if key, ok := orgKeys[m.name]; ok && key != keys[k] {
				keys[k] = key
			}
		}
	}
	// "the Bank", "the Commission": the one organisation of the article
	// whose name ends in that word.
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || strings.Contains(m.name, " ") || isAcronym(m.name) {
			continue
		}
		var found string
		n := 0
		for k2 := range x.mentions {
			m2 := &x.mentions[k2]
			if m2.typ == Organization && strings.HasSuffix(m2.name, " "+m.name) && keys[k2] != found {
				found = keys[k2]
				n++
			}
		}
		if n == 1 {
			alias[keys[k]] = found
		}
	}
	for k := range keys {
		for n := 0; n < 4; n++ {
			if a, ok := alias[keys[k]]; ok && a != keys[k] {
				keys[k] = a
			}
		}
	}
	// A name given to a body in brackets is the body's wherever it is used:
	// "Federation of Economic Organisations (Keidanren)" ... "a spokesman
	// for Keidanren".
	orgByName := map[string]string{}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && keys[k] != "" {
			if _, ok := orgByName[m.name]; !ok {
				orgByName[m.name] = keys[k]
			}
		}
	}
	// "Mitsubishi" after "Mitsubishi Motors", "Toshiba" after "Toshiba
	// Corp": the first word of one organisation's name.
	orgFirst := map[string]string{}
	for name, key := range orgByName {
		if f := strings.Fields(name); len(f) >= 2 {
			if old, ok := orgFirst[f[0]]; ok && old != key {
				orgFirst[f[0]] = "" // ambiguous
			} else {
				orgFirst[f[0]] = key
			}
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if (m.typ == Person || m.typ == Other || m.typ == Organization) && !strings.Contains(m.name, " ") && !m.demonym {
			if key, ok := orgByName[m.name]; ok && m.typ != Organization {
				m.typ = Organization
				keys[k] = key
			} else if key := orgFirst[m.name]; key != "" {
				if _, place := gazetteer.Place(m.name); !place {
					m.typ = Organization
					keys[k] = key
				}
			}
		}
	}
	// People: full names first, then surnames and single names.
	full := map[string][]string{} // token -> full names with it (last token first)
	var fullNames []string
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) >= 2 {
			key := "H:" + m.name
			if _, seen := canon[key]; !seen {
				fullNames = append(fullNames, m.name)
			}
			set(k, key, m.name, Person)
		}
	}
	// "Te Kaurinui Parata" within "Te Kaurinui Robert Parata": the shorter
	// full name is the longer one's.
	longer := map[string]string{}
	for _, a := range fullNames {
		var found []string
		for _, b := range fullNames {
			// "Bin Laden" within "Osama bin Laden": case aside
			if len(b) > len(a) && (subsequence(strings.Fields(a), strings.Fields(b)) || strings.HasSuffix(strings.ToLower(b), " "+strings.ToLower(a))) {
				found = append(found, b)
			}
		}
		if len(found) > 0 && sameAll(found) || len(found) > 1 && longestContainsAll(found) {
			longer[a] = longestOf(found)
		}
	}
	if len(longer) > 0 {
		for k := range x.mentions {
			if l, ok := longer[x.mentions[k].name]; ok && x.mentions[k].typ == Person && keys[k] == "H:"+x.mentions[k].name {
				set(k, "H:"+l, l, Person)
			}
		}
		kept := fullNames[:0]
		for _, n := range fullNames {
			if _, ok := longer[n]; !ok {
				kept = append(kept, n)
			}
		}
		fullNames = kept
	}
	for _, n := range fullNames {
		f := strings.Fields(n)
		last := f[len(f)-1]
		full[last] = append(full[last], n)
		// "Bashir" for "Omar Hassan al-Bashir"
		for _, p := range []string{"al-", "Al-", "el-", "El-"} {
			if b, ok := strings.CutPrefix(last, p); ok && b != "" {
				full[b] = append(full[b], n)
			}
		}
	}
	for _, n := range fullNames {
		f := strings.Fields(n)
		for _, t := range f[:len(f)-1] {
			if _, ok := full["~"+t]; !ok {
				full["~"+t] = nil
			}
			full["~"+t] = append(full["~"+t], n)
		}
	}
	surname := func(tok string) (string, bool) {
		if c := full[tok]; len(c) > 0 && sameAll(c) {
			return c[0], true
		}
		if c := full["~"+tok]; len(c) > 0 && sameAll(c) && len(full[tok]) == 0 {
			return c[0], true
		}
		return "", false
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if len(strings.Fields(m.name)) != 1 {
			continue
		}
		if m.typ == Person {
			if n, ok := surname(m.name); ok {
				set(k, "H:"+n, n, Person)
			} else {
				set(k, "H:"+m.name, m.name, Person)
			}
			continue
		}
		// A single word the recogniser took for something else but that is
		// the surname of a person named in the article.
		if !m.demonym && (m.typ == Organization || m.typ == Other || m.typ == Place) {
			_, knownPlace := gazetteer.Place(m.name)
			if _, known := gazetteer.Org(m.name); !known && !(knownPlace && m.typ == Place) {
				if n, ok := surname(m.name); ok {
					m.typ = Person
					set(k, "H:"+n, n, Person)
				}
			}
		}
	}
	// Build entities in order of first mention.
	byKey := map[string]int{}
	for k := range x.mentions {
		key := keys[k]
		if key == "" {
			continue
		}
		e, ok := byKey[key]
		if !ok {
			e = len(x.ents)
			byKey[key] = e
			x.ents = append(x.ents, &entity{typ: typeOf[key], name: canon[key], key: key})
		}
		x.mentions[k].ent = e
		x.ents[e].mentions = append(x.ents[e].mentions, k)
	}
	for _, e := range x.ents {
		seen := map[string]bool{strings.ToLower(e.name): true}
		for _, k := range e.mentions {
			m := &x.mentions[k]
			n := m.name
			if m.demonym {
				continue
			}
			if !seen[strings.ToLower(n)] {
				seen[strings.ToLower(n)] = true
				e.aliases = append(e.aliases, n)
			}
		}
		if e.typ == Organization {
			if o, ok := gazetteer.Org(e.name); ok {
				for _, a := range o.Aliases {
					if !seen[strings.ToLower(a)] && isAcronym(a) {
						seen[strings.ToLower(a)] = true
						e.aliases = append(e.aliases, a)
					}
				}
			}
		}
		sort.Strings(e.aliases)
	}
	x.definiteBodies()
}

// definiteBodies finds "the commission", "the bank" written in lower case
// for the one organisation of the article whose name begins or ends with
// that word ("Commission for Africa", "World Bank"). Such mentions give
// events and roles their party; they add no alias.
func (x *extractor) definiteBodies() {
	for si := range x.sents {
		s := &x.sents[si]
		for i := 1; i < len(s.toks); i++ {
			w := s.toks[i].Text
			generic := firmWords[lower(w)]
			if s.owner[i] >= 0 || lower(s.toks[i-1].Text) != "the" || gazetteer.Capitalised(w) || !gazetteer.IsOrgSuffix(w) && !generic || s.toks[i].Tag != "NN" {
				continue
			}
			if i+1 < len(s.toks) && (s.toks[i+1].Tag == "NN" || s.toks[i+1].Tag == "NNS") {
				continue // "the commission report": a modifier
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
			if found == -1 && generic {
				// "Volkswagen said ... The company's chairman": the firm
				// last named in this sentence or the two before
				found = x.lastOrg(si, i)
			}
			if found < 0 {
				continue
			}
			idx := len(x.mentions)
			x.mentions = append(x.mentions, mention{sent: si, start: i, end: i + 1, typ: Organization,
				text: w, name: x.ents[found].name, nominal: true, ent: found})
			s.owner[i] = idx
			pos := 0
			for pos < len(s.mentions) && x.mentions[s.mentions[pos]].start < i {
				pos++
			}
			s.mentions = append(s.mentions, 0)
			copy(s.mentions[pos+1:], s.mentions[pos:])
			s.mentions[pos] = idx
			x.ents[found].mentions = append(x.ents[found].mentions, idx)
		}
	}
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

// voteTypes gives every mention of one name the type most of its mentions
// have ("Ennahda" read as a party twice and as a person once is a party),
// unless the gazetteer knows the name.
func (x *extractor) voteTypes() {
	count := map[string]map[EntityType]int{}
	first := map[string]EntityType{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.typ == Event {
			continue
		}
		t := m.typ
		if t == Country || t == City {
			t = Place
		}
		if count[m.name] == nil {
			count[m.name] = map[EntityType]int{}
			first[m.name] = t
		}
		count[m.name][t]++
		if m.sure {
			count[m.name][t] += 10
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		// a body the gazetteer knows is a body, whatever the recogniser said
		if (m.typ == Person || m.typ == Other) && !m.demonym && strings.Contains(m.name, " ") {
			if _, ok := orgLookup(m.name); ok {
				m.typ = Organization
				continue
			}
		}
		c := count[m.name]
		if m.demonym || len(c) < 2 {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		best := first[m.name] // ties go to the first reading
		n := c[best]
		for _, t := range []EntityType{Organization, Person, Place, Other} {
			if c[t] > n {
				best, n = t, c[t]
			}
		}
		if best != m.typ && !(best == Place && (m.typ == Country || m.typ == City)) {
			m.typ = best
		}
	}
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
		if m.start > 0 && placePreps[strings.ToLower(x.sents[m.sent].toks[m.start-1].Text)] {
			continue
		}
		m.typ = Person
	}
	for si := range x.sents {
		s := &x.sents[si]
		for i, t := range s.toks {
			if s.owner[i] >= 0 || !surnames[t.Text] || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") {
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

// firmsByContext retypes a one-word "person" as an organisation when the
// article treats it as a firm ("shares in Pfizer", "Guidant said profits
// rose", "drugs firm Glaxo") and never as a person (no full name, title or
// honorific).
func (x *extractor) firmsByContext() {
	firm := map[string]bool{}
	person := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		if x.titled(m) || m.text != m.name && len(strings.Fields(m.text)) > 1 && (isHonorific(lower(strings.TrimSuffix(strings.Fields(m.text)[0], "."))) || isTitleHead(strings.Fields(m.text)[0])) {
			person[m.name] = true
			continue
		}
		if x.firmNoun(m) || m.end-m.start == 1 && x.firmCue(m) {
			firm[m.name] = true
			continue
		}
		if m.end-m.start > 1 && x.dealCue(m) {
			firm[m.name] = true // "a deal to buy Oculus VR"
			continue
		}
		if m.end-m.start > 1 {
			for _, w := range strings.Fields(m.name) {
				person[w] = true
			}
			person[m.name] = true
		}
	}
	// "a $1 billion buyout of Instagram", "a sale to Verizon": an unknown
	// name read as a place or a full name, where only a firm fits.
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || firm[m.name] {
			continue
		}
		switch {
		case (m.typ == Place || m.typ == City) && m.end-m.start == 1:
			if _, ok := gazetteer.Place(m.name); !ok && x.firmCue(m) {
				firm[m.name] = true
			}
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if (m.typ == Person || m.typ == Place || m.typ == City) && firm[m.name] && !person[m.name] {
			m.typ = Organization
			m.sure = true
		}
	}
}

// dealCue reports whether a deal phrase stands before mention m: "the
// acquisition of WhatsApp", "a deal to buy Oculus VR".
func (x *extractor) dealCue(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.start > 1 && firmBefore[lower(toks[m.start-2].Text)+" "+lower(toks[m.start-1].Text)]
}

// titled reports whether a title or honorific stands before mention m.
func (x *extractor) titled(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start == 0 {
		return false
	}
	p := toks[m.start-1].Text
	return isTitleHead(p) || isHonorific(lower(strings.TrimSuffix(p, ".")))
}

// firmNouns before a name make it a firm: "drugs firm Glaxo".
var firmNouns = map[string]bool{
	"firm": true, "company": true, "giant": true, "retailer": true, "carmaker": true, "maker": true,
	"airline": true, "insurer": true, "operator": true, "chain": true, "manufacturer": true,
	"conglomerate": true, "supermarket": true, "brewer": true, "lender": true, "broadcaster": true,
	"publisher": true, "distributor": true, "producer": true, "supplier": true, "subsidiary": true,
	"regulator": true, "bourse": true, "watchdog": true, "carrier": true, "utility": true, "broker": true,
	"daily": true, "newspaper": true, "weekly": true, "paper": true, "magazine": true, "tabloid": true,
}

// firmAfter are words after a name (or its "'s") that make it a firm:
// "Pfizer shares", "Guidant's shareholders".
var firmAfter = map[string]bool{
	"shares": true, "stock": true, "shareholders": true, "profits": true, "profit": true, "sales": true,
	"revenue": true, "revenues": true, "earnings": true, "turnover": true, "board": true, "takeover": true,
	"subsidiary": true, "executives": true, "plant": true, "factory": true, "factories": true, "workers": true,
	"employees": true, "customers": true, "brand": true, "products": true,
}

// partyNouns after a name make it a political body: "the Likud party".
var partyNouns = map[string]bool{"party": true, "faction": true, "movement": true, "militia": true}

// firmOwned are words after a name's "'s" that make it a firm: "Ford's
// chief executive".
var firmOwned = map[string]bool{
	"chief": true, "boss": true, "chairman": true, "ceo": true, "shares": true, "plant": true, "factory": true,
	"factories": true, "workers": true, "employees": true, "staff": true, "customers": true, "brand": true,
	"products": true, "stake": true, "bid": true, "offer": true, "rivals": true, "headquarters": true,
	"management": true, "shareholders": true,
}

// firmBefore are phrases before a name that make it a firm: "shares in
// Pfizer", "a bid for Guidant".
var firmBefore = map[string]bool{
	"shares in": true, "shares of": true, "stake in": true, "bid for": true, "takeover of": true,
	"merger with": true, "acquisition of": true, "offer for": true, "shareholders in": true,
	"shareholders of": true, "customers of": true, "stakes in": true, "sale to": true, "sold to": true,
	"buyout of": true, "to buy": true, "to acquire": true, "purchase of": true, "investors in": true,
}

// firmNoun reports whether a noun naming a firm or a newspaper stands
// before mention m: "drugs firm Glaxo", "the daily Fraternite Matin".
func (x *extractor) firmNoun(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start == 0 {
		return false
	}
	t := toks[m.start-1]
	return firmNouns[lower(t.Text)] && (t.Tag == "NN" || t.Tag == "JJ") && !gazetteer.Capitalised(t.Text)
}

// firmCue reports whether the words around mention m treat it as a firm.
func (x *extractor) firmCue(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start > 1 && firmBefore[lower(toks[m.start-2].Text)+" "+lower(toks[m.start-1].Text)] {
		return true
	}
	// "WorldCom", "IPStream", "MCI": capitals inside a word
	if w := toks[m.start].Text; len(w) > 2 && strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 {
		return true
	}
	k := m.end
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
		for n := k; n < len(toks) && n < k+3; n++ {
			if firmOwned[lower(toks[n].Text)] {
				return true
			}
			if toks[n].Tag != "JJ" {
				break
			}
		}
	}
	if k < len(toks) && firmAfter[lower(toks[k].Text)] {
		return true
	}
	// "Yahoo will change its name", "Roscosmos said its experts": a
	// subject taken up by "its".
	if k == m.end && k < len(toks) && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD") {
		for n := k; n < len(toks) && n < k+6; n++ {
			w := lower(toks[n].Text)
			if w == "its" {
				return true
			}
			if x.sents[m.sent].owner[n] >= 0 || w == "," || w == "." || w == "and" || w == "but" || w == "that" || w == "his" || w == "her" || w == "their" {
				break
			}
		}
	}
	// "Netanyahu's Likud party", "the Ennahda movement"
	if k == m.end && k < len(toks) && partyNouns[lower(toks[k].Text)] && !gazetteer.Capitalised(toks[k].Text) {
		return true
	}
	// "Euronext chief Jean-Francois Theodore", "Boeing boss"
	if k == m.end && k < len(toks) && (lower(toks[k].Text) == "chief" || lower(toks[k].Text) == "boss" || lower(toks[k].Text) == "chairman") && !gazetteer.Capitalised(toks[k].Text) {
		return true
	}
	// "Rosneft and VEB", "between Rosneft and CNPC": beside a body
	if k == m.end && k+1 < len(toks) && isConj(lower(toks[k].Text)) {
		if n := x.mentionAt(m.sent, k+1); n != nil && n.start == k+1 && n.typ == Organization && !n.demonym {
			return true
		}
	}
	if m.start > 1 && isConj(lower(toks[m.start-1].Text)) {
		if n := x.mentionAt(m.sent, m.start-2); n != nil && n.end == m.start-1 && n.typ == Organization && !n.demonym {
			return true
		}
	}
	// "an economist at Barclays", "chief financial officer at Boeing"
	if m.start > 1 && lower(toks[m.start-1].Text) == "at" && !gazetteer.Capitalised(toks[m.start-2].Text) {
		if w := lower(toks[m.start-2].Text); isTitleHead(w) || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "er") && w != "later" || strings.HasSuffix(w, "or") || w == "officer" || w == "director" {
			return true
		}
	}
	// "State-owned Rosneft", "Paris-based Euronext"
	if m.start > 0 {
		p := lower(toks[m.start-1].Text)
		for _, suf := range []string{"-owned", "-based", "-controlled", "-listed", "-run"} {
			if strings.HasSuffix(p, suf) {
				return true
			}
		}
	}
	// "Airbus, which", "Corus said it would"
	if k == m.end && k+1 < len(toks) && toks[k].Text == "," && lower(toks[k+1].Text) == "which" {
		return true
	}
	if k == m.end && k+1 < len(toks) && (lower(toks[k].Text) == "said" || lower(toks[k].Text) == "says") && lower(toks[k+1].Text) == "it" {
		return true
	}
	// "Guidant said profits rose", "Pfizer reported sales", "VW said on
	// Tuesday its profits rose"
	if k == m.end && k+1 < len(toks) {
		if v := lower(toks[k].Text); v == "said" || v == "says" || v == "reported" || v == "posted" || v == "announced" {
			for n := k + 1; n < len(toks) && n <= k+5; n++ {
				w := lower(toks[n].Text)
				if firmAfter[w] || w == "its" {
					return true
				}
				if strings.HasPrefix(toks[n].Tag, "VB") || toks[n].Tag == "PRP" || toks[n].Text == "," {
					break
				}
			}
		}
	}
	// "Barclays declined to comment. The bank ...": the next firm word
	// before any other body is named
	for si := m.sent; si < len(x.sents) && si <= m.sent+1; si++ {
		ts := x.sents[si].toks
		n := 0
		if si == m.sent {
			n = m.end
		}
		for ; n+1 < len(ts); n++ {
			if o := x.sents[si].owner[n]; o >= 0 && x.mentions[o].typ == Organization && !x.mentions[o].demonym {
				return false
			}
			if lower(ts[n].Text) == "the" && firmWords[lower(ts[n+1].Text)] && !gazetteer.Capitalised(ts[n+1].Text) && x.sents[si].owner[n+1] < 0 {
				return true
			}
		}
	}
	return false
}

// firmWords are the nouns "the company", "the firm" stand for a firm by.
var firmWords = map[string]bool{"company": true, "firm": true, "group": true, "carmaker": true, "airline": true, "bank": true,
	"retailer": true, "insurer": true, "lender": true}

// lastOrg returns the organisation last named before token i of sentence
// si, in it or the two sentences before, or -1.
func (x *extractor) lastOrg(si, i int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= i || m.ent < 0 || m.nominal || m.demonym {
				continue
			}
			if x.ents[m.ent].typ == Organization {
				return m.ent
			}
		}
	}
	return -1
}
