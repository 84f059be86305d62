package extract

// Employers after a title joined by "with" ("Lesya Ivanovna, an
// investigator with Nashi Groshi,") and fronted titles joined by "for" or
// "at" ("the former chief marketing officer for Jenny Craig, Leesa
// Eichberger,").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// withBody reports whether token j of sentence si is a "with" joining the
// title whose head is at headAt to the organisation that employs its holder:
// "an investigator with Nashi Groshi", "a partner with the law firm Baker
// McKenzie". A person, a place or a plain noun after "with" ("a minister
// with responsibility for", "a meeting with Putin") is no employer.
func (x *extractor) withBody(si, j, headAt int) bool {
	s := &x.sents[si]
	if headAt < 0 || s.lower(j) != "with" {
		return false
	}
	k := x.afterOfThe(si, j)
	if k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	om := &x.mentions[s.owner[k]]
	return om.start == k && om.typ == Organization && om.ent >= 0
}

// frontedJoin reports whether the word at j after a fronted title joins it
// to its body: "The chairman of the World Bank, Barber Conable,", "the
// former chief marketing officer for Jenny Craig, Leesa Eichberger,", "the
// head of research at Nomura, Ian Scott,".
func frontedJoin(toks []nlp.Token, j int) bool {
	switch lower(toks[j].Text) {
	case "of", "for", "at":
		return true
	}
	return false
}

// frontedServes reports whether the "for" at j follows a title that serves
// clients: "the lawyer for Apex, Ian Scott," works for another firm.
func frontedServes(toks []nlp.Token, j int) bool {
	return lowerIs(toks[j].Text, "for") && lowerIn(serviceTitles, toks[j-1].Text)
}

// frontedThe returns where the description of a clause starting at token c
// and ending before the comma at token comma opens: c itself, or the "the"
// after an opening phrase of time ("In 2014 the former chief marketing
// officer for Jenny Craig, Leesa Eichberger,", "Last year the head of ...").
func frontedThe(toks []nlp.Token, c, comma int) int {
	if c >= comma || lowerIs(toks[c].Text, "the") {
		return c
	}
	for k := c; k < comma && k < c+4; k++ {
		if lowerIs(toks[k].Text, "the") {
			if k == c+2 && dateCloses(toks, c) { // roles_appointed.go
				return k
			}
			break
		}
	}
	return c
}

// officeWord reports whether the lower-case noun at j names the field of a
// title whose head follows before the comma: "marketing" in "the former
// chief marketing officer for Jenny Craig,".
func officeWord(toks []nlp.Token, j, comma int) bool {
	if !strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "NNS" || j+1 >= comma {
		return false
	}
	return isTitleHead(toks[j+1].Text) && gazetteer.Capitalised(toks[j+1].Text) == gazetteer.Capitalised(toks[j].Text)
}

// capitalTitle reports whether the capitalised word at j is part of a
// title written with capitals that runs to the comma or to the word
// joining it to its body: "the former Chief Marketing Officer for Jenny
// Craig,". Each capitalised word must be a title word.
func capitalTitle(toks []nlp.Token, j, comma int) bool {
	k := j
	for k < comma && gazetteer.Capitalised(toks[k].Text) {
		lw := lower(toks[k].Text)
		if !(titleModifiers[lw] || isTitleHead(toks[k].Text) || officeWord(toks, k, comma)) {
			return false
		}
		k++
	}
	return isTitleHead(toks[k-1].Text) && (k == comma || frontedJoin(toks, k))
}

// frontedKnown reports whether the words of a fronted description are a
// job title: one the gazetteer knows, or, joined to a body by "of", "for"
// or "at", title words ending in a title head ("former Chief Marketing
// Officer for Jenny Craig").
func frontedKnown(words []string, joined bool) bool {
	if t, ok := gazetteer.Title(words...); ok && t != "" {
		return true
	}
	return joined && len(words) >= 2 && isTitleHead(words[len(words)-1])
}

// longerFronted returns the fronted description before the comma at token
// comma when it tells the same post as r at more length, its field words and
// rank kept: "The chief marketing officer of Acme Foods, Laura Peters," was
// read as "officer" of Acme Foods by the title before "of". Otherwise r.
func (x *extractor) longerFronted(si, comma int, r role) role {
	if r.plural || r.title == "" {
		return r
	}
	f, ok := x.frontedTitle(si, comma)
	if !ok || f.affil < 0 || r.affil >= 0 && x.mentions[f.affil].ent != x.mentions[r.affil].ent {
		return r
	}
	lf, lr := lower(f.title), lower(r.title)
	if len(strings.Fields(lf)) <= len(strings.Fields(lr)) || !strings.HasSuffix(lf, " "+lr) {
		return r
	}
	return f
}
