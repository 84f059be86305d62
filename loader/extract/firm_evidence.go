// Firms by evidence: names the recogniser read as people (or as unknown
// places) that the article itself treats as firms.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmsByEvidence retypes as organisations the "people" the article treats
// as firms, when nothing in it treats them as people (a title, an
// honorific, "he" or "she" after them):
//
//   - a possessive that owns nothing: "rated B-2 by Moody's and B by
//     Standard and Poor's" (a person's possessive owns what follows it);
//   - the first word of a body's name used alone, where people go by their
//     surnames: "Esselte Business Systems Inc" ... "Esselte said";
//   - a name the article also writes with a legal form after it
//     ("Southland Corp" ... "Southland's announcement"; also for unknown
//     places, firm_legal_short.go);
//   - a place's name (no country's) right before a firm's title and a
//     person's name: "Kansas City Chairman Landon Rowland" (affiliation_place_firms.go);
//   - names listed with a firm's legal name, or after a plural noun of
//     firms:
//     "Barclays de Zoete Wedd, Credit Suisse First Boston Ltd, Goldman
//     Sachs International ...", "technology companies Dell, Samsung and
//     Matsushita".
func (x *extractor) firmsByEvidence() {
	people := x.personEvidence()
	firm := map[string]bool{}
	x.ownerlessPossessives(firm)
	x.firstWordNames(firm)
	titled := map[string]bool{}
	x.firmsAfterTitles(titled) // firm_title_evidence.go
	for n := range titled {
		firm[n] = true
	}
	placeTitled := map[string]bool{}
	x.placesBeforeFirmTitles(placeTitled) // affiliation_place_firms.go
	for n := range placeTitled {
		firm[n] = true
	}
	listed := map[string]bool{}
	x.firmsAfterNoun(listed)
	x.listedWithFirms(listed)
	short := map[string]string{}
	x.legalShortNames(short) // firm_legal_short.go
	if len(firm) == 0 && len(listed) == 0 && len(short) == 0 {
		return
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || !firm[m.name] && !listed[m.name] && short[m.name] == "" || people[m.name] {
			continue
		}
		switch m.typ {
		case Person:
		case Other:
			if !titled[m.name] {
				continue
			}
		case Place, City:
			// only a list or the firm's legal name shows a place is a
			// firm: "Reline Investments and Lensworth", "Southland Corp's
			// ... Southland's announcement" (firm_legal_short.go)
			if !listed[m.name] && short[m.name] == "" && !titled[m.name] && !placeTitled[m.name] || !x.placeMayBeFirm(m, short[m.name] != "" || placeTitled[m.name]) {
				continue
			}
		default:
			continue
		}
		if full := short[m.name]; full != "" {
			m.alias, m.name = m.name, full // the firm's mention by its short name: one entity, the short name its alias
		}
		m.typ = Organization
		m.sure = true
	}
}

// personEvidence returns the names (and the surnames of the full names)
// the article treats as people's: after a title, an occupation or an honorific, or taken
// up by "he", "she", "him" or "her" before any other name in the sentence.
func (x *extractor) personEvidence() map[string]bool {
	people := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		if !x.titled(m) && !x.honorificText(m) && !x.pronounAfter(m) && !x.appositionTitle(m) && !givenNameLast(m.name) && !x.occupationBefore(m) {
			continue
		}
		people[m.name] = true
		if f := strings.Fields(m.name); len(f) > 1 {
			people[f[len(f)-1]] = true
		}
	}
	return people
}

// occupationBefore reports whether an occupation in lower case stands
// right before mention m: "director Taylor Hackford", "actor Morgan
// Freeman" (occupation: an agent noun no firm's noun is).
func (x *extractor) occupationBefore(m *mention) bool {
	if m.start == 0 {
		return false
	}
	t := x.sents[m.sent].toks[m.start-1]
	return !gazetteer.Capitalised(t.Text) && occupation(t)
}

// honorificText reports whether mention m's own text opens with an
// honorific or a title: "Mr Pearson", "President Amin Gemayel".
func (x *extractor) honorificText(m *mention) bool {
	first, _, n := edgeFields(m.text)
	if m.text == m.name || n < 2 {
		return false
	}
	return isHonorific(lower(strings.TrimSuffix(first, "."))) || isTitleHead(first)
}

// appositionTitle reports whether a title or an age follows mention m
// after a comma: "Lee Jae-myung, leader of the opposition", "Hartley, 37,".
func (x *extractor) appositionTitle(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.end
	if i+1 >= len(s.toks) || s.toks[i].Text != "," {
		return false
	}
	i++
	if w := s.lower(i); (w == "a" || w == "the" || w == "its") && i+1 < len(s.toks) {
		i++
	}
	for n := i; n < len(s.toks) && n < i+3 && s.owner[n] < 0 && s.toks[n].Tag != ","; n++ {
		if isTitleHead(s.toks[n].Text) && !gazetteer.Capitalised(s.toks[n].Text) {
			return true // "leader of", "managing director of"
		}
	}
	return s.toks[i].Tag == "CD" && i+1 < len(s.toks) && s.toks[i+1].Text == ","
}

// givenNameLast reports whether a full name ends in an East Asian given
// name written with a hyphen ("Lee Jae-myung", "Kim Dae-jung"), whose
// family name comes first and is what the article uses alone.
func givenNameLast(name string) bool {
	_, last, n := edgeFields(name)
	if n < 2 {
		return false
	}
	_, after, ok := strings.Cut(last, "-")
	return ok && after != "" && after[0] >= 'a' && after[0] <= 'z'
}

// pronounAfter reports whether a personal pronoun follows mention m in its
// sentence before any other name: "Pearson said he", "Hoss, who ... her".
func (x *extractor) pronounAfter(m *mention) bool {
	s := &x.sents[m.sent]
	for i := m.end; i < len(s.toks) && i < m.end+12; i++ {
		if s.owner[i] >= 0 {
			return false
		}
		if w := s.lower(i); s.in(i, tlPersonPronouns) && s.toks[i].Tag == "PRP" || w == "his" || w == "himself" || w == "herself" {
			return true
		}
	}
	return false
}

// ownerlessPossessives adds the names read as people whose possessive owns
// nothing: after "Moody's" comes "and", a comma, a full stop, "said" or an
// auxiliary (possessiveAux), not
// the noun a person's possessive would own (the tagger's verbs are no
// guide: "Margaret Thatcher's visit").
func (x *extractor) ownerlessPossessives(firm map[string]bool) {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		toks := x.sents[m.sent].toks
		if m.end >= len(toks) || toks[m.end].Tag != "POS" {
			continue
		}
		n := m.end + 1
		if n == len(toks) {
			firm[m.name] = true
			continue
		}
		t := toks[n]
		if t.Tag == "CC" || t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Text == "said" || t.Text == "says" || possessiveAux[t.Text] {
			firm[m.name] = true
		}
	}
}

// possessiveAux are the verbs a name's "'s" stands before only when it is
// part of the name ("Moody's have upped", "Sotheby's will sell"): not "is"
// or "been", which "'s" may shorten ("Smith's been").
var possessiveAux = map[string]bool{"have": true, "has": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true}

// firstWordNames adds the one-word "people" that are the first word of a
// body named in the article ("Esselte Business Systems Inc" ... "Esselte
// said"): people go by their surnames, firms by their first words. A word
// that is also the surname of a person named in full is left alone.
func (x *extractor) firstWordNames(firm map[string]bool) {
	alone := map[string]bool{}    // names of one word
	surnames := map[string]bool{} // last words of people's full names
	var firsts []string           // first words of bodies' names
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal {
			continue
		}
		first, last, n := edgeFields(m.name)
		switch {
		case n == 1:
			alone[m.name] = true
		case m.typ == Person:
			surnames[last] = true
		case m.typ == Organization:
			firsts = append(firsts, first)
		}
	}
	for _, w := range firsts {
		if _, place := gazetteer.Place(w); alone[w] && !surnames[w] && len(w) > 2 && !place {
			firm[w] = true
		}
	}
}

// listedWithFirms adds the names listed ("A, B and C", "A and B") with a
// firm's legal name, or after a plural noun of firms. Names after a comma alone are
// no list ("Rene Obermann, T-Mobile's chief executive"), nor two names
// after ", and" ("an employee of Kidder Peabody Co Inc, and Timothy
// Tabor"); names with initials are people's ("Sam B. Myers"), and
// abbreviations are states' ("Calif.").
func (x *extractor) listedWithFirms(firm map[string]bool) {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		ms := s.mentions
		for a := 0; a < len(ms); {
			b, conj := a+1, false
			for b < len(ms) {
				ok, c := x.listed(s, &x.mentions[ms[b-1]], &x.mentions[ms[b]])
				if !ok {
					break
				}
				conj = conj || c
				b++
			}
			if b-a >= 2 && conj && x.firmList(s, ms[a:b]) && (b-a > 2 || s.toks[x.mentions[ms[a]].end].Text != ",") {
				for _, k := range ms[a:b] {
					if n := x.mentions[k].name; !initialled(n) && !strings.HasSuffix(n, ".") && !givenAndSurname(&x.mentions[k]) {
						firm[n] = true
					}
				}
			}
			a = b
		}
	}
}

// firmsAfterNoun adds the names listed after a plural noun of firms
// ("technology companies Dell, Samsung and Matsushita", "banks Barclays and
// Lloyds"), and adds as organisations those of them the recogniser missed.
// Two names at least make the list.
func (x *extractor) firmsAfterNoun(firm map[string]bool) {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 0; i+1 < len(s.toks); i++ {
			if s.owner[i] >= 0 || gazetteer.Capitalised(s.toks[i].Text) || !strings.HasPrefix(s.toks[i].Tag, "NNS") {
				continue
			}
			if sing, ok := pluralOf(s.lower(i)); !ok || !orgNouns[sing] {
				continue
			}
			var groups [][2]int          // token spans of the names
			j, like := likeAfter(s, i+1) // names_like.go
			for j < len(s.toks) {
				if o := s.owner[j]; o >= 0 {
					m := &x.mentions[o]
					if m.start != j || m.demonym || m.nominal {
						break
					}
					groups = append(groups, [2]int{m.start, m.end})
					j = m.end
				} else {
					k := j
					for k < len(s.toks) && s.owner[k] < 0 && strings.HasPrefix(s.toks[k].Tag, "NNP") && gazetteer.Capitalised(s.toks[k].Text) {
						k++
					}
					if k == j {
						break
					}
					groups = append(groups, [2]int{j, -k})
					j = k
				}
				if j < len(s.toks) && s.toks[j].Text == "," {
					j++
				}
				if j < len(s.toks) && isConj(s.lower(j)) {
					j++
				}
			}
			if len(groups) < 2 && (!like || len(groups) == 0) {
				continue
			}
			for _, g := range groups {
				if g[1] < 0 { // missed by the recogniser
					if k := x.addMention(si, g[0], -g[1], Organization, false); k >= 0 {
						x.mentions[k].sure = true
					}
					continue
				}
				firm[x.mentions[s.owner[g[0]]].name] = true
			}
		}
	}
}

// initialled reports whether a name has a middle initial or a
// generational suffix, as people's names do: "Sam B. Myers", "J. Patrick
// Michaels Jr", "James N.C. Moffat III".
func initialled(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f[1:] {
		if len(w) >= 2 && w[len(w)-1] == '.' && w[len(w)-2] >= 'A' && w[len(w)-2] <= 'Z' && (len(w) == 2 || w[len(w)-3] == '.') {
			return true
		}
	}
	switch f[len(f)-1] {
	case "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV":
		return true
	}
	return false
}

// givenAndSurname reports whether m is read as a person named by a given
// name and more words ("Asher Edelman and Dominion Textiles Inc"): a
// person listed with a firm.
func givenAndSurname(m *mention) bool {
	f := strings.Fields(m.name)
	return m.typ == Person && len(f) >= 2 && lowerIn(givenNames, f[0])
}

// listed reports whether mentions p and q, in this order in sentence s,
// are neighbours in a list (only a comma, "and", "or", "&" or ", and"
// between them), and whether a conjunction joins them.
func (x *extractor) listed(s *sentence, p, q *mention) (ok, conj bool) {
	if p.demonym || q.demonym || p.nominal || q.nominal {
		return false, false
	}
	switch q.start - p.end {
	case 1:
		w := s.lower(p.end)
		return w == "," || isConj(w), isConj(w)
	case 2:
		c := s.toks[p.end].Text == "," && isConj(s.lower(p.end+1))
		return c, c
	}
	return false, false
}

// firmList reports whether the listed mentions ms hold a firm or follow a
// plural noun of firms.
func (x *extractor) firmList(s *sentence, ms []int) bool {
	first := &x.mentions[ms[0]]
	if first.start > 0 {
		p := s.lower(first.start - 1)
		if sing, ok := pluralOf(p); ok && orgNouns[sing] && !gazetteer.Capitalised(s.toks[first.start-1].Text) {
			return true
		}
	}
	for _, k := range ms {
		m := &x.mentions[k]
		if m.typ != Organization {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) > 1 && lowerIn(legalForms, strings.TrimSuffix(f[len(f)-1], ".")) {
			return true
		}
	}
	return false
}

// pluralOf returns the singular of a regular plural noun: "companies",
// "banks".
func pluralOf(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y", true
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1], true
	}
	return "", false
}
