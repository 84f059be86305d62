package ner

// The rules that correct and complete the model's mentions, in the order
// recognise applies them:
//
//   - spanRules: span boundaries ("The", titles inside names, "City, State",
//     "U.S. Congress", "IMF and World Bank", "Senior US").
//   - labelRules: labels from the words (dates, company and organisation
//     words, nationalities, competitions, "X said it").
//   - ofPlace, and for news splitPossessives, companyNames, orgNames,
//     sameSentenceOrgs: organisation names.
//   - applyGazetteer: known bodies and places get their label and class.
//   - newsRules: job titles and honorifics leave names; a name after a title
//     is a person; coordinated names split.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// spanRules fixes span boundaries the model gets wrong, in both styles:
// a leading "The" is no part of a name; "Aiken, S.C." is two places; a title
// inside a mention ends what comes before it ("Illinois Gov. James
// Thompson" → Illinois, James Thompson); a country before a known body is a
// place of its own ("U.S. Congress").
//
// The last three apply to the News style only: CoNLL04's annotators kept
// "U.S. Sen. Robert F. Kennedy" and "Lubbock , Texas" whole more often than not.
func spanRules(f *sentFeats, ms []Mention, style Style) []Mention {
	w := f.words
	out := make([]Mention, 0, len(ms)+2)
	for _, m := range ms {
		if m.End-m.Start > 1 && (w[m.Start] == "The" || w[m.Start] == "the") && m.Label != Other {
			m.Start++
		}
		// "the Swiss city": a trailing lower-case word is no part of a name.
		for style == News && m.End-m.Start > 1 && !capitalised(w[m.End-1]) && !hasDigit(w[m.End-1]) && !nameParticle(w[m.End-1]) && !elidedSurname(w, m.End-1) && m.Label != Other {
			m.End--
		}
		// "Senior US officials": an adjective that is mostly written in
		// lower case, before a known name, is no part of it.
		if m.End-m.Start > 1 && f.stats[m.Start].bucket <= 1 && (strings.HasPrefix(f.tags[m.Start], "JJ") || f.tags[m.Start] == "RB") {
			if _, _, whole := gazClass(w, m.Start, m.End); !whole {
				if lab, class, ok := gazClass(w, m.Start+1, m.End); ok {
					m.Start++
					m.Label, m.Class = lab, class
				}
			}
		}
		// A title inside the mention.
		split := false
		for k := m.Start + 1; style == News && k < m.End-1 && !split; k++ {
			if !capitalised(w[k]) || f.gaz[k]>>1 != gzTitle && f.gaz[k]>>1 != gzPrefix || f.gaz[k]&1 == 0 {
				continue
			}
			n := 1
			for k+n < m.End && f.gaz[k+n] == f.gaz[k]&^1 {
				n++
			}
			if k+n >= m.End || !strings.HasPrefix(f.tags[k+n], "NNP") || orgWord(w, k+n, m.End) {
				continue
			}
			// Only after a known place, body or nationality: "Martin
			// Luther King Jr." keeps its "King".
			lab, class, ok := gazClass(w, m.Start, k)
			_, dem := gazetteer.Demonym(joinWords(w, m.Start, k))
			if !ok && !dem {
				continue
			}
			if ok {
				out = append(out, Mention{Start: m.Start, End: k, Label: lab, Class: class})
			}
			out = append(out, Mention{Start: k + n, End: m.End, Label: Person})
			split = true
		}
		if split {
			continue
		}
		// "IMF and World Bank": two known names are two mentions.
		if style == News {
			if k := indexWord(w, "and", m.Start+1, m.End-1); k > 0 {
				if l1, c1, ok1 := gazClass(w, m.Start, k); ok1 {
					if l2, c2, ok2 := gazClass(w, k+1, m.End); ok2 {
						out = append(out, Mention{Start: m.Start, End: k, Label: l1, Class: c1}, Mention{Start: k + 1, End: m.End, Label: l2, Class: c2})
						continue
					}
				}
			}
		}
		// "Aiken , S.C.": two places.
		if m.Label == Place && style == News {
			if k := indexWord(w, ",", m.Start+1, m.End-1); k > 0 && placeLike(f, k+1, m.End) {
				out = append(out, Mention{Start: m.Start, End: k, Label: Place}, Mention{Start: k + 1, End: m.End, Label: Place})
				continue
			}
		}
		// "U.S. Congress": a country, then a known body.
		if style == News && m.End-m.Start > 1 && f.gaz[m.Start] == gzCountry<<1|1 && (m.Start+1 == m.End || f.gaz[m.Start+1] != gzCountry<<1) {
			if lab, class, ok := gazClass(w, m.Start+1, m.End); ok && lab == Organization {
				out = append(out, Mention{Start: m.Start, End: m.Start + 1, Label: Place, Class: gazetteer.ClassCountry},
					Mention{Start: m.Start + 1, End: m.End, Label: Organization, Class: class})
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// ofPlace joins an organisation word, "of" and a place into one
// organisation: "The Times of Zambia", "University of Chicago", "Bank of
// England" — whether or not the model found the first part.
func ofPlace(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for k := 1; k+1 < len(w); k++ {
		if w[k] != "of" || !capitalised(w[k-1]) {
			continue
		}
		head := strings.TrimSuffix(w[k-1], ".")
		if !gazetteer.IsOrgSuffix(head) && !gazetteer.IsOrgHead(head) {
			continue
		}
		var place *Mention
		for q := range ms {
			if ms[q].Start == k+1 {
				place = &ms[q]
			}
		}
		var end int
		var tail *Mention // what the model read past the place into the same mention
		switch {
		case place != nil && place.Label == Place:
			end = place.End
		default:
			// The model may read the place as a person, or into the name
			// that follows: "Governor of the Bank of England Robin
			// Leigh-Pemberton". A place the gazetteer knows still counts.
			n := gazPlaceAt(w, k+1)
			if n == 0 {
				continue
			}
			end = k + 1 + n
			if place == nil {
				// "Governor of the [Bank of Japan Satoshi Sumita]": read as
				// one body, a titled name after it is a person.
				place = glued(f, ms, k, end)
				if place == nil {
					if inLabel(ms, k+1, Person, Organization) {
						continue
					}
				} else {
					tail = &Mention{Start: end, End: place.End, Label: Person}
					break
				}
			}
			if place != nil && place.End > end && capitalised(w[end]) {
				tail = &Mention{Start: end, End: place.End, Label: place.Label, Class: place.Class}
			}
		}
		a := k - 1
		for a > 0 && capitalised(w[a-1]) && w[a-1] != "The" && !inLabel(ms, a-1, Person, Place) {
			a--
		}
		if inLabel(ms, a, Person, Place) {
			continue
		}
		cut := end
		if tail != nil {
			cut = tail.End
		}
		kept := ms[:0]
		for _, m := range ms {
			if m.End <= a || m.Start >= cut {
				kept = append(kept, m)
			}
		}
		ms = insert(kept, Mention{Start: a, End: end, Label: Organization})
		if tail != nil {
			ms = insert(ms, *tail)
		}
		k = end - 1
	}
	return ms
}

// glued returns the organisation mention that runs from before "of" (at
// k) past a place ending at end into a name of two words or more, when a
// job title and "of (the)" come before it; nil otherwise.
func glued(f *sentFeats, ms []Mention, k, end int) *Mention {
	w := f.words
	for q := range ms {
		m := &ms[q]
		if m.Label != Organization || m.Start >= k || m.End < end+2 || m.End <= k+1 {
			continue
		}
		for _, t := range w[end:m.End] {
			if !capitalised(t) || gazetteer.IsOrgSuffix(t) || gazetteer.IsOrgHead(t) {
				return nil
			}
		}
		p := m.Start - 1
		if p >= 0 && strings.EqualFold(w[p], "the") {
			p--
		}
		if p >= 1 && w[p] == "of" && gazetteer.IsTitle(w[p-1]) {
			return m
		}
		return nil
	}
	return nil
}

// gazPlaceAt returns the length of the longest country or major place
// (see bigPlace) the gazetteer knows at words[i:], three words at most; 0
// for none. Small places are left out: their names are also people's
// ("Cerro").
func gazPlaceAt(words []string, i int) int {
	for n := min(3, len(words)-i); n > 0; n-- {
		if !capitalised(words[i+n-1]) {
			continue
		}
		lab, class, ok := gazClass(words, i, i+n)
		if ok && lab == Place && (class == gazetteer.ClassCountry || bigPlace(joinWords(words, i, i+n))) {
			return n
		}
	}
	return 0
}

// inLabel reports whether token i is inside a mention with one of the labels.
func inLabel(ms []Mention, i int, labs ...Label) bool {
	for _, m := range ms {
		if m.Start <= i && i < m.End {
			for _, l := range labs {
				if m.Label == l {
					return true
				}
			}
		}
	}
	return false
}

// labelRules fixes labels by the words of a mention: a lone month or
// weekday is a date (Other); in the News style, a name ending in "Corp",
// "Inc", "University", "Ministry"... is an organisation.
func labelRules(f *sentFeats, ms []Mention, style Style) []Mention {
	for k := range ms {
		m := &ms[k]
		w := f.words[m.Start:m.End]
		if len(w) == 1 && m.Label != Other && dateWords[strings.ToLower(strings.TrimSuffix(w[0], "."))] {
			m.Label = Other
			continue
		}
		if style == News && len(w) > 1 && m.Label != Organization && gazetteer.IsOrgSuffix(strings.TrimSuffix(w[len(w)-1], ".")) {
			m.Label = Organization
		}
		// "cement firm Holcim", "Altria shares": a company, not a person.
		if style == News && m.Label == Person && len(w) == 1 && companyContext(f.words, m.Start, m.End) {
			m.Label, m.Class = Organization, ""
		}
		// "Muslim", "Christian", "Christianity": a faith, not a place or a
		// person; "Marxism", "Thatcherism": a creed, no body.
		if style == News && len(w) == 1 && (religions[strings.ToLower(w[0])] || creedWord(w[0])) {
			m.Label, m.Class = Other, "Religion"
			continue
		}
		// "Swiss", "Russian": a nationality, not a place or a person.
		if style == News && len(w) == 1 && m.Label != Organization {
			if _, ok := gazetteer.Demonym(w[0]); ok {
				if c, isCountry := gazetteer.Country(w[0]); !isCountry || c != w[0] && (f.tags[m.Start] == "JJ" || m.End < len(f.words) && strings.HasPrefix(f.tags[m.End], "NN") && !capitalised(f.words[m.End])) {
					m.Label, m.Class = Other, "Nationality"
				}
			}
		}
		// "Shares tumbled", "a General Election": words that are usually
		// written in lower case make no name on their own.
		if style == News && m.Label != Other && commonWords(f, *m) {
			m.Label, m.Class = Other, "Common"
		}
		if style == News && m.Label == Person && capitalised(w[len(w)-1]) {
			last := w[len(w)-1]
			switch {
			case gazetteer.IsEventSuffix(last):
				// "Davis Cup", "Champions League": a competition.
				m.Label, m.Class = Other, "Event"
			case len(w) > 1 && gazetteer.IsPlaceSuffix(last) && m.Start > 0 && placePreps[strings.ToLower(f.words[m.Start-1])]:
				// "around Leicester Square", "to Stamford Bridge".
				m.Label, m.Class = Place, ""
			}
		}
		// "Australian Open", "World Cross Country Championships" read as a
		// body or a place: a competition.
		if style == News && (m.Label == Organization || m.Label == Place) && len(w) > 1 && capitalised(w[len(w)-1]) && competitionEnds[strings.ToLower(w[len(w)-1])] {
			if _, _, known := gazClass(f.words, m.Start, m.End); !known {
				m.Label, m.Class = Other, "Event"
			}
		}
		// "Paradyne said it will...": "it" speaks of a body, not a person.
		if style == News && m.Label == Person && saidIt(f.words, m.End) {
			m.Label, m.Class = Organization, ""
		}
	}
	return ms
}

// commonWords reports whether every word of a mention is usually written in
// lower case (and none is a known name).
func commonWords(f *sentFeats, m Mention) bool {
	// The words first: they are read already, and most mentions have one
	// that is no common word, which spares gazClass's join and lookups.
	for k := m.Start; k < m.End; k++ {
		if f.stats[k].bucket > 1 || f.gaz[k] != 0 || !capitalised(f.words[k]) {
			return false
		}
	}
	_, _, ok := gazClass(f.words, m.Start, m.End)
	return !ok
}

// saidIt reports whether the words from j read "said it", "says its",
// "said on Monday it"...
func saidIt(w []string, j int) bool {
	if j+1 >= len(w) {
		return false
	}
	return saidVerbs[w[j]] && itWords[w[j+1]]
}

// The rules' word lists are data: data/NAME.txt for the variable NAME
// (see data.go), each with a comment saying what it is for.
var (
	placePreps = wordSet("placePreps")
	saidVerbs  = wordSet("saidVerbs")
	itWords    = wordSet("itWords")
	usStates   = wordSet("usStates")
	// competitionEnds end competitions' names ("Australian Open")
	competitionEnds = wordSet("competitionEnds")
)

// religions are the faiths of package lexicon, lower case.
var religions = func() map[string]bool {
	m := map[string]bool{}
	for w := range lexicon.Keys("faiths") {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// creedWord reports whether w, one word, names a creed by its shape: a
// capitalised word of six letters or more ending in "ism" ("Marxism",
// "Thatcherism", "Euroscepticism"), which no person, place or body is named.
func creedWord(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ism") && capitalised(w) && !strings.ContainsAny(w, " .&")
}

// dateWords are the months and weekdays (package lexicon) but "may", which
// is mostly the verb: a lone one is a date, no name.
var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range []string{"months", "weekdays"} {
		for w := range lexicon.Ints(l) {
			m[w] = w != "may"
		}
	}
	return m
}()

func indexWord(w []string, x string, i, j int) int {
	for k := i; k < j; k++ {
		if w[k] == x {
			return k
		}
	}
	return -1
}

// placeLike reports whether tokens [i, j) are a known place or a US state
// abbreviation ("S.C.", "Minn", "Mass.").
func placeLike(f *sentFeats, i, j int) bool {
	if i >= j {
		return false
	}
	if lab, _, ok := gazClass(f.words, i, j); ok && lab == Place {
		return true
	}
	if j-i <= 2 {
		a := strings.TrimSuffix(strings.Join(f.words[i:j], ""), ".")
		return usStates[a]
	}
	return false
}

// applyGazetteer labels and classes mentions that are known organisations or
// places, and adds known organisations and countries the model missed.
func applyGazetteer(f *sentFeats, ms []Mention, style Style) []Mention {
	for k := range ms {
		m := &ms[k]
		if m.Class == "Nationality" {
			continue
		}
		lab, class, ok := gazClass(f.words, m.Start, m.End)
		if !ok {
			continue
		}
		switch {
		case lab == Organization:
			m.Label, m.Class = Organization, class
		case class == gazetteer.ClassCountry || class == gazetteer.ClassContinent || class == gazetteer.ClassRegion:
			m.Label, m.Class = Place, class
		case m.Label == Place || m.Label == Other:
			m.Label, m.Class = Place, class
		case m.Label == Person && m.End-m.Start == 1 && bigPlace(f.words[m.Start]):
			// "Chicago", "Illinois" alone are places, not people.
			m.Label, m.Class = Place, class
		}
	}
	// Add known organisations and countries the model missed.
	for i := 0; i < len(f.words); i++ {
		g := f.gaz[i]
		if g&1 == 0 {
			continue
		}
		code := g >> 1
		if code != gzOrg && code != gzCountry && code != gzRegion {
			continue
		}
		j := i + 1
		for j < len(f.words) && f.gaz[j] == code<<1 {
			j++
		}
		if overlaps(ms, i, j) {
			// A known name of two words or more wins over the model's
			// pieces of it ("Organisation for Security and Co-operation
			// in Europe" read as an organisation and a continent).
			if style != News || j-i < 2 || code == gzRegion {
				continue
			}
			lab, class, ok := gazClass(f.words, i, j)
			if !ok || containsSpan(ms, i, j) {
				continue
			}
			known := Mention{Start: i, End: j, Label: lab, Class: class}
			if body, ok := placeOpensBody(f.words, ms, known); ok {
				known = body // "Puerto Rico Police Department"
			}
			kept := ms[:0]
			for _, m := range ms {
				if m.Start >= known.End || m.End <= i {
					kept = append(kept, m)
				}
			}
			ms = insert(kept, known)
			continue
		}
		lab, class, ok := gazClass(f.words, i, j)
		if !ok || (style == CoNLL04 && code != gzCountry) {
			continue
		}
		ms = insert(ms, Mention{Start: i, End: j, Label: lab, Class: class})
	}
	return ms
}

// newsRules applies the News style conventions.
func newsRules(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	out := ms[:0:0]
	for _, m := range ms {
		if m.Class == "" && jobTitle(f, m) {
			continue // "Assistant Secretary", "Finance and National Economy Minister"
		}
		if m.Label == Person || m.Label == Other || m.Label == Organization && m.Class == "" {
			m = stripTitles(w, m)
			if m.End <= m.Start {
				continue
			}
		}
		if m.Label == Person {
			// Split "Joe Biden and Vladimir Putin", "Biden, Putin".
			start := m.Start
			for k := m.Start; k < m.End; k++ {
				if (w[k] == "and" || w[k] == "," || w[k] == "&") && k > start {
					out = append(out, Mention{Start: start, End: k, Label: Person})
					start = k + 1
				}
			}
			if start < m.End {
				out = append(out, Mention{Start: start, End: m.End, Label: Person})
			}
			continue
		}
		out = append(out, m)
	}
	return titledNames(f, out)
}
