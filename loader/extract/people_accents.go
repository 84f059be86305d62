package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Modern pages write a name with its accents and then without them, or the
// other way round: "Céline Dion" ... "Celine", "Angélil" ... "Angelil". A
// one-word name that matches no full name of the article as written matches
// the one whose word it is once both lose their accents.

// surnameUnaccented is people.surname for a word that matched nothing as
// written: the same lookup with the accents of the word and of the full
// names' words taken off.
func (p *people) surnameUnaccented(tok string) (string, bool) {
	if p.folded == nil {
		p.folded = map[string][]string{}
		for k, names := range p.full {
			if f := stripAccents(k); f != k {
				p.folded[f] = append(p.folded[f], names...)
			}
		}
	}
	if len(p.folded) == 0 {
		return "", false
	}
	f := stripAccents(tok)
	last := append(append([]string(nil), p.full[f]...), p.folded[f]...)
	if len(last) > 0 {
		if sameAll(last) {
			return last[0], true
		}
		return "", false
	}
	if c := append(append([]string(nil), p.full["~"+f]...), p.folded["~"+f]...); len(c) > 0 && sameAll(c) {
		return c[0], true
	}
	return "", false
}

// stripAccents returns s without its combining marks ("Céline" gives
// "Celine"); ASCII comes back as it is.
func stripAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}
