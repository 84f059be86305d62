package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// partnerPreps open the body a person works for after a title or a name:
// "analyst with", "officer of", "economist at".
var partnerPreps = map[string]bool{"with": true, "of": true, "at": true, "for": true}

// titlePartnerFirms reads a partnership's name written without its legal
// form, or with a first partner of more than two words, as one
// organisation where it follows a post's "of", "with", "at" or "for":
// "chief financial officer of Wagner and Brown", "an analyst with
// Donaldson Lufkin and Jenrette", "vice president of Woodhouse, Drake and
// Carey", "part of Merrill Lynch Pierce, Fenner and Smith Inc's merger
// department" (commaPartnerFirms wants a legal form and a first partner of
// at most two words). The recogniser cut such a name at "and" or a comma,
// and the person's affiliation went to its first partner ("Wagner").
//
// The name is at most four partners' words before the "and" (commas
// between them), one after it, then maybe partnerTails and legal forms,
// then no capitalised word ("and Kenneth Bowman, who" is a second person).
// Every partner is a surname-like word: capitalised, no acronym, no field
// of work or title's word ("minister of Trade and Industry"), no country,
// state or big town ("of Texas and Oklahoma"), no body a gazetteer knows,
// and a word news writes capitalised, a surname, or no dictionary word
// ("Lufkin", "Brown"; not "Development"; only the last when commas list
// them: "Merrill Lynch Pierce, Fenner and Smith"). A partner after the first that
// the article writes alone elsewhere makes it a list (partnersAlone). The
// name may also stand before a post and a person's name instead of after
// a post: "Prescott, Ball and Turben analyst Bruce Lazier" (postAfterPartners).
func (x *extractor) titlePartnerFirms(si int) {
	toks := x.sents[si].toks
	for a := 3; a+1 < len(toks); a++ {
		if w := toks[a].Text; w != "&" && x.sents[si].lower(a) != "and" {
			continue
		}
		if !titlePartner(toks[a+1], true) {
			continue
		}
		end := a + 2
		for end < len(toks) && (legalForms[legalWord(toks[end].Text)] || partnerTails[legalWord(toks[end].Text)]) && gazetteer.Capitalised(toks[end].Text) {
			end++
		}
		if end < len(toks) && gazetteer.Capitalised(toks[end].Text) {
			continue
		}
		start := titlePartnersStart(toks, a)
		if start < 0 {
			continue
		}
		if x.postAfterPartners(si, end) {
			if !partnersOpenName(toks, start, a) {
				continue
			}
		} else {
			if start < 2 || !partnerPreps[x.sents[si].lower(start-1)] {
				continue
			}
			if !x.partnerHolder(si, start-2) {
				continue
			}
			if h := x.sents[si].lower(start - 2); x.sents[si].lower(start-1) == "for" && (officeHeads[h] || h == "member") {
				continue // an office's "for" is its seat: "MP for Kensington and Chelsea"
			}
		}
		free := true
		for k := start; k < end; k++ {
			if x.sents[si].owner[k] >= 0 {
				free = false
				break
			}
		}
		if free && !x.partnersAlone(si, start, a) && !x.partnersAlone(si, a, a+2) && !knownLastItem(toks, start, a, end) {
			x.addMention(si, start, end, Organization, false)
			a = end - 1
		}
	}
}

// titlePartnersStart returns the first token of the partners' words before
// the "and" at token a: at most four, commas only between two of them; -1
// when there are none.
func titlePartnersStart(toks []nlp.Token, a int) int {
	p := a - 1
	if p >= 0 && toks[p].Text == "," {
		p-- // "Donaldson, Lufkin, and Jenrette"
	}
	start, n, comma := -1, 0, false
	for p >= 0 && n < 5 {
		if titlePartner(toks[p], false) {
			start = p
			n++
			p--
			continue
		}
		if toks[p].Text == "," && p > 0 && titlePartner(toks[p-1], false) {
			comma = true
			p--
			continue
		}
		break
	}
	if n == 0 || n > 4 {
		return -1
	}
	if !comma {
		// "Wagner and Brown": every word a surname's, not only the last
		for k := start; k < a; k++ {
			if toks[k].Text != "," && !titlePartner(toks[k], true) {
				return -1
			}
		}
	}
	return start
}

// titlePartner reports whether a token can be a partner's word of a
// partnership named after a post (see titlePartnerFirms); with surname, it
// must also be no dictionary word unless news writes it capitalised or it
// is a known surname (a list with commas, "Merrill Lynch Pierce, Fenner and
// Smith", asks that only of its last partner).
func titlePartner(t nlp.Token, surname bool) bool {
	w := t.Text
	if !partnerWord(t) || !partnerName(w) {
		return false
	}
	lw := lower(w)
	if portfolioNouns[lw] || titleModifiers[lw] || isTitleHead(w) {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	if _, ok := demonym(w); ok {
		return false
	}
	return !surname || ner.NameWord(w) || surnames[lw] || !dictionaryWord(w)
}

// partnerHolder reports whether token k, right before the "of", "with",
// "at" or "for" that opens a partnership's name, is a post's word or a
// person's last name: "officer", "analyst", "Lazier" ("Bruce Lazier of
// Prescott Ball and Turben"), or "part" ("was part of").
func (x *extractor) partnerHolder(si, k int) bool {
	t := x.sents[si].toks[k]
	lw := x.sents[si].lower(k)
	if analystNouns[lw] || lw == "part" {
		return true
	}
	if !gazetteer.Capitalised(t.Text) {
		return isTitleHead(t.Text)
	}
	if k == 0 || !partnerWord(x.sents[si].toks[k-1]) {
		return false
	}
	return lowerIn(givenNames, x.sents[si].toks[k-1].Text)
}

// andPartnerNames returns the names of the organisations that are only
// partners' words joined by one "and" or "&" (and commas): "Wagner and
// Brown", "Cabot, Cabot and Forbes". joinKnownPartners reads them again
// where the article writes them elsewhere as a list.
func (x *extractor) andPartnerNames() map[string]bool {
	var names map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.end-m.start < 3 || m.end-m.start > 8 || m.demonym || m.nominal {
			continue
		}
		toks := x.sents[m.sent].toks
		ands, ok := 0, true
		for j := m.start; j < m.end && ok; j++ {
			switch w := toks[j].Text; {
			case w == "&" || lowerIs(w, "and"):
				ands++
			case w == ",":
			default:
				ok = partnerWord(toks[j]) && partnerName(w)
			}
		}
		if ok && ands == 1 && partnerWord(toks[m.end-1]) {
			if names == nil {
				names = map[string]bool{}
			}
			names[m.name] = true
		}
	}
	return names
}

// postAfterPartners reports whether token k of sentence si, right after a
// partnership's name, is a firm's post in lower case (analystNouns,
// firmPosts) followed by a capitalised name: "Prescott, Ball and Turben analyst Bruce Lazier",
// "Phillips and Drew analyst Stephen Lewis".
func (x *extractor) postAfterPartners(si, k int) bool {
	toks := x.sents[si].toks
	if k+1 >= len(toks) || !gazetteer.Capitalised(toks[k+1].Text) {
		return false
	}
	if gazetteer.Capitalised(toks[k].Text) {
		return false
	}
	lw := x.sents[si].lower(k)
	return analystNouns[lw] || firmPosts[lw]
}

// firmPosts are posts of a firm's people that a partnership's name stands
// before ("Gulf and Western chairman Martin Davis"); a film's "star" or
// "actor" or a "writer" is none ("Colin Farrell, Jude Law and Troy star
// Eric Bana").
var firmPosts = map[string]bool{"chairman": true, "president": true, "spokesman": true,
	"spokeswoman": true, "partner": true, "vice": true, "chief": true, "director": true,
	"executive": true, "treasurer": true, "official": true}

// partnersOpenName reports whether the partners' words [start, a) before a
// post open the name: no capitalised word before them, no legal form or
// firm's word among them ("Chairman of Boston Five Bancorp and Neworld
// president James M. Oates": two firms).
func partnersOpenName(toks []nlp.Token, start, a int) bool {
	if start > 0 && gazetteer.Capitalised(toks[start-1].Text) {
		return false
	}
	for k := start; k < a; k++ {
		if w := legalWord(toks[k].Text); legalForms[w] || partnerTails[w] {
			return false
		}
	}
	return true
}
