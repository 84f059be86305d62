package extract

// "Mr Howard" names a man by his surname: in a story naming "Howard
// Flight", styled "Mr Flight", and, as "Mr Howard", the Tory leader Michael
// Howard, "Mr Howard" is not Howard Flight (blind seed112's "conference:
// Flight"). A one-word name after a surname's style does not join a person
// named in full by another word of the name when the article styles that
// person by the last word; "Sir Elton", "Lord Archer" and "Prince Charles"
// are other styles, and "Mr Lula" of "Luiz Inacio Lula da Silva" or "Mr
// Park" of "Park Seung" still join.

import "strings"

// surnameStyles are the honorifics written before a surname alone.
var surnameStyles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "messrs": true, "mme": true, "monsieur": true, "madame": true, "herr": true, "frau": true}

// surnameStyled reports whether one-word person mention k is written after
// a surname's style ("Mr Howard").
func (x *extractor) surnameStyled(k int) bool {
	m := &x.mentions[k]
	if f := strings.Fields(m.text); len(f) > 1 {
		return lowerIn(surnameStyles, strings.TrimSuffix(f[0], "."))
	}
	if m.start > 0 && m.bend == 0 {
		return lowerIn(surnameStyles, strings.TrimSuffix(x.sents[m.sent].toks[m.start-1].Text, "."))
	}
	return false
}

// styledByOther reports whether one-word person mention k, written after
// a surname's style, is a word before the last of the people named in full
// with it ("Howard" of "Howard Flight"), none of whom has it for last name,
// while the article styles each of them by the last word ("Mr Flight"):
// "Mr Howard" is then someone else. A name whose family name comes first
// ("Park Seung", styled "Mr Park") is never styled by its last word.
func (x *extractor) styledByOther(p *people, k int) bool {
	tok := x.mentions[k].name
	if len(p.full[tok]) > 0 || len(p.full["~"+tok]) == 0 || !x.surnameStyled(k) {
		return false
	}
	styled := map[string]bool{}
	for j := range x.mentions {
		if m := &x.mentions[j]; m.typ == Person && countFields(m.name, 2) == 1 && x.surnameStyled(j) {
			styled[m.name] = true
		}
	}
	for _, n := range p.full["~"+tok] {
		f := strings.Fields(n)
		if !styled[f[len(f)-1]] {
			return false
		}
	}
	return true
}
