package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// bigTown is the population from which a town's name is no partner's.
const bigTown = 200000

// partnerTails may follow a partnership's last partner before its legal
// form ("Jenrette Securities Corp", "Brown and Sons Inc").
var partnerTails = wordSet("partnerTails")

// commaPartnerFirms reads the legal name of a partnership whose partners a
// comma lists as one organisation: "Donaldson, Lufkin and Jenrette
// Securities Corp", "Loewen, Ondaatje, McCutcheon and Co Ltd", "Piper,
// Jaffray and Hopwood Inc", and after "of" or "at" or a first partner's
// initials with no "and", three partners or more: "of Donaldson, Lufkin,
// Jenrette Inc", "R.J. Tallow, Quarry, Marsh Inc". The recogniser reads such a name as a list, and
// every partner but the last became a firm, a person or a place of its own
// ("Lufkin", a Texas town). The name is two or more partners, each one
// capitalised word (the first may be two: "Merrill Lynch, Pierce, Fenner and
// Smith Inc"), joined by commas and a last "and" or "&", then at most one
// capitalised word, then words of partnerTails ending in a legal form. A
// partner that is an acronym, a legal form, a calendar word, a word a
// gazetteer knows as a body or as a country, a state or a capital is none:
// "IBM, Apple and Digital Equipment Corp", "Milan, Italy, and ARCO Seed Co",
// "Sunnyvale, Calif., and LSI Logic Corp" stay lists, and so does one whose
// partner after the first the article writes alone elsewhere ("Exxon, Mobil
// and Texaco Inc" ... "Mobil said"), or whose last partners a gazetteer
// knows as a body, or of two partners with an "and" after ("Unilever,
// Procter and Gamble Co and Nestle": the list's "and" is the second; not
// "Johnson, Lane, Space, Smith and Co Inc and ...").
func (x *extractor) commaPartnerFirms(si int) {
	toks := x.sents[si].toks
	for a := 2; a+1 < len(toks); a++ {
		w := toks[a].Text
		comma := w == "," // "of Donaldson, Lufkin, Jenrette Inc": no "and"
		if !comma && w != "&" && (len(w) != 3 || x.sents[si].lower(a) != "and") {
			continue
		}
		end := partnerTail(toks, a+1)
		if end < 0 {
			continue
		}
		start := x.commaPartnersStart(si, a)
		if start > 0 && initialsWord(toks[start-1].Text) && (start < 2 || !gazetteer.Capitalised(toks[start-2].Text)) {
			start-- // "R.J. Tallow, Quarry, Marsh Inc": initials open the first partner's name
		} else if start < 0 || comma && (start < 1 || x.sents[si].lower(start-1) != "of" && x.sents[si].lower(start-1) != "at") {
			continue
		}
		for k := start; k < end; k++ {
			if o := x.sents[si].owner[k]; o >= 0 {
				start = -1
				break
			}
		}
		if start >= 0 && !x.partnersAlone(si, start, a) && !knownLastItem(toks, start, a, end) && !(!comma && andAfter(toks, end) && commas(toks[start:a]) == 1) {
			x.addMention(si, start, end, Organization, false)
		}
		a = end - 1
	}
}

// partnerTail returns the end of a partnership's name whose last partner
// starts at token i (after the "and"): at most one capitalised word (and a
// comma after it before a legal form: "Leeds, Inc."), then
// partnerTails or legal forms, the last a legal form ("Jenrette Securities
// Corp", "Co Ltd", "Sons Inc"); -1 when the words after the "and" are no
// such tail.
func partnerTail(toks []nlp.Token, i int) int {
	j := i
	if j < len(toks) && partnerWord(toks[j]) && !legalForms[legalWord(toks[j].Text)] && !partnerTails[legalWord(toks[j].Text)] {
		j++
	}
	if j > i && j+1 < len(toks) && toks[j].Text == "," && legalForms[legalWord(toks[j+1].Text)] {
		j++ // "Robbins and Leeds, Inc."
	}
	end := -1
	for ; j < len(toks); j++ {
		w := legalWord(toks[j].Text)
		if legalForms[w] {
			end = j + 1
			continue
		}
		if !partnerTails[w] || !gazetteer.Capitalised(toks[j].Text) {
			break
		}
	}
	return end
}

// commaPartnersStart returns the first token of the partners listed before
// the "and" at token a, -1 when they are no partnership's: fewer than two,
// or one of them no partner's word (see commaPartnerFirms). The list before
// the first partner may go on only after a firm's legal form ("Merrill Lynch
// Canada Inc, Loewen, Ondaatje, McCutcheon and Co Ltd").
func (x *extractor) commaPartnersStart(si, a int) int {
	toks := x.sents[si].toks
	p := a - 1
	if toks[p].Text == "," {
		p-- // "Donaldson, Lufkin, and Jenrette Securities"
	}
	n := 0
	for p >= 0 && partnerName(toks[p].Text) && partnerWord(toks[p]) {
		n++
		if p < 2 || toks[p-1].Text != "," {
			break
		}
		p -= 2
	}
	// p is the first partner, or the last word of what stands before
	// the list's comma
	if p < 0 || !partnerName(toks[p].Text) || !partnerWord(toks[p]) {
		p += 2
		n--
	}
	if n < 2 {
		return -1
	}
	start := p
	if p > 0 && partnerWord(toks[p-1]) && partnerName(toks[p-1].Text) {
		start = p - 1 // "Merrill Lynch, Pierce, Fenner and Smith Inc"
		if start > 0 && gazetteer.Capitalised(toks[start-1].Text) {
			return -1 // a longer name before the comma: the list's item
		}
	}
	if start > 1 && toks[start-1].Text == "," && !legalForms[legalWord(toks[start-2].Text)] {
		return -1
	}
	return start
}

// partnerShaped reports whether a word has a partner's shape, in a list
// of partners with or without a cue: two letters or more, not all
// capitals, no digit or stop, no legal form, partnership tail, weekday,
// month or known body's name.
func partnerShaped(w string) bool {
	lw := lower(w)
	if len(w) < 2 || strings.ToUpper(w) == w || strings.ContainsAny(w, ".0123456789") || legalForms[lw] || partnerTails[lw] {
		return false
	}
	if _, ok := weekdays[lw]; ok {
		return false
	}
	if _, ok := months[lw]; ok {
		return false
	}
	_, ok := gazetteer.Org(w)
	return !ok
}

// partnerName reports whether a word can name a partner of a firm: a
// capitalised word of letters, not all capitals, no legal form, calendar
// word, honorific, nor a body's, a country's, a state's or a big town's name.
func partnerName(w string) bool {
	lw := lower(w)
	if !partnerShaped(w) {
		return false
	}
	if p, ok := gazetteer.Place(w); ok && (p.Class != gazetteer.ClassCity || p.Population >= bigTown) {
		return false
	}
	return !isHonorific(lw)
}

// partnersAlone reports whether a partner of the list [start, a) of
// sentence si other than the first is written elsewhere in the article as a
// one-word name: no capitalised word, comma or "and" either side of it.
func (x *extractor) partnersAlone(si, start, a int) bool {
	toks := x.sents[si].toks
	words := map[string]bool{}
	for k := start + 1; k < a; k++ {
		if w := toks[k].Text; w != "," && partnerName(w) {
			words[w] = true
		}
	}
	for sj := range x.sents {
		ts := x.sents[sj].toks
		for k, t := range ts {
			if !words[t.Text] || sj == si && k >= start && k < a {
				continue
			}
			if k > 0 && (gazetteer.Capitalised(ts[k-1].Text) && k > 1 || ts[k-1].Text == "," || lowerIs(ts[k-1].Text, "and")) {
				continue
			}
			if k+1 < len(ts) && (gazetteer.Capitalised(ts[k+1].Text) || ts[k+1].Text == "," || lowerIs(ts[k+1].Text, "and")) {
				continue
			}
			return true
		}
	}
	return false
}

// joinKnownPartners reads the partners a partnership's name lists with
// commas, written again without its legal form, or a partnership's name of
// partners joined by "and" written again ("AFG and Wagner and Brown" after
// "chief financial officer of Wagner and Brown"), as that firm: "Holt,
// Rinehart" and "Merrill Lynch, Pierce, Fenner and Smith" after "Holt,
// Rinehart and Winston Inc" and "Merrill Lynch, Pierce, Fenner and Smith
// Ltd", where the recogniser read a list of people, places or firms. The
// words must be the first two partners or more of an organisation's name
// with a comma the article holds, ending at a partner's word.
func (x *extractor) joinKnownPartners() {
	prefixes := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || !strings.Contains(m.name, ",") {
			continue
		}
		s := &x.sents[m.sent]
		for e := m.start + 3; e < m.end; e++ {
			if hasComma(s.toks[m.start:e]) && partnerWord(s.toks[e-1]) && !legalForms[legalWord(s.toks[e-1].Text)] {
				prefixes[x.span(m.sent, m.start, e)] = true
			}
		}
	}
	for name := range x.andPartnerNames() { // names_title_partners.go
		prefixes[name] = true
	}
	if len(prefixes) == 0 {
		return
	}
	var spans []tokenSpan
	drop := make([]bool, len(x.mentions))
	for si := range x.sents {
		s := &x.sents[si]
		for i := 0; i+2 < len(s.toks); i++ {
			if !partnerWord(s.toks[i]) || i > 0 && partnerWord(s.toks[i-1]) {
				continue
			}
			best := -1
			for e := i + 3; e <= len(s.toks) && e <= i+12; e++ {
				if prefixes[x.span(si, i, e)] && (e == len(s.toks) || !gazetteer.Capitalised(s.toks[e].Text)) {
					best = e
				}
			}
			if best < 0 || s.owner[i] >= 0 && x.mentions[s.owner[i]].start == i && x.mentions[s.owner[i]].end >= best {
				continue
			}
			if o := s.owner[best-1]; o >= 0 && x.mentions[o].end > best {
				continue // a longer name goes on after the words
			}
			for k := i; k < best; k++ {
				if o := s.owner[k]; o >= 0 {
					drop[o] = true
				}
			}
			spans = append(spans, tokenSpan{si, i, best})
			i = best - 1
		}
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// knownLastItem reports whether the words from the partner before the
// "and" at token a to end, or before it, name a body a gazetteer knows,
// with or without their legal forms: the list's last item ("Procter and
// Gamble Co").
func knownLastItem(toks []nlp.Token, start, a, end int) bool {
	for b := a - 1; b > start; b-- {
		if toks[b-1].Text != "," {
			continue
		}
		for e := end; e > a+1; e-- {
			words := make([]string, 0, e-b)
			for _, t := range toks[b:e] {
				words = append(words, t.Text)
			}
			if _, ok := orgLookup(strings.Join(words, " ")); ok {
				return true
			}
			if !legalForms[legalWord(toks[e-1].Text)] {
				break
			}
		}
		return false
	}
	return false
}

// andAfter reports whether token end is "and" or "&".
func andAfter(toks []nlp.Token, end int) bool {
	if end >= len(toks) {
		return false
	}
	w := lower(toks[end].Text)
	return w == "and" || w == "&"
}

// commas counts the commas among the tokens.
func commas(toks []nlp.Token) int {
	n := 0
	for _, t := range toks {
		if t.Text == "," {
			n++
		}
	}
	return n
}
