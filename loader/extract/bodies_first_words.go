// A body named in full and then by its first words: "Toshiba" after
// "Toshiba Corp", "Pan Ocean" after "Pan Ocean Shipping Company", "Owens"
// after "Owens-Illinois Inc".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firstWords maps the first words of the names of byName (name -> key) to
// the key of the one name they begin, or to "" when names of two keys
// begin with them. A possessive first word without its 's ("Moody" of
// "Moody's Investors Service") or the part of a hyphenated first word
// before its hyphen ("Owens" of "Owens-Illinois Inc") is a weaker claim:
// it names its body only when no name begins with the word itself ("CSX"
// of "CSX Corp" stays CSX Corp's beside "CSX's Sea-Land Corp", the
// parent's unit).
//
// A name that is itself the first words of one other body's name
// ("Bastian Technologies" of "Bastian Technologies Corp") is that body's
// short name, not a second body: its words claim nothing of their own, so
// "Bastian" still names the firm.
func firstWords(byName map[string]string) map[string]string {
	out := firstWordClaims(byName, nil)
	var short map[string]bool
	for name, key := range byName {
		if long := out[name]; long != "" && long != key {
			if short == nil {
				short = map[string]bool{}
			}
			short[name] = true
		}
	}
	if short == nil {
		return out
	}
	return firstWordClaims(byName, short)
}

// firstWordClaims is firstWords without its step for short names: the
// first words of each name of byName but those of skip, each to the key of
// the one name claiming it.
func firstWordClaims(byName map[string]string, skip map[string]bool) map[string]string {
	out := map[string]string{}
	stems := map[string]string{}
	claim := func(m map[string]string, p, key string) {
		if old, ok := m[p]; ok && old != key {
			m[p] = "" // ambiguous
		} else {
			m[p] = key
		}
	}
	for name, key := range byName {
		if skip[name] {
			continue
		}
		f := strings.Fields(name)
		for n := 1; n < len(f); n++ {
			if titleJoin(f[n-1]) || unitTail(f[:n], f[n:]) {
				continue // "Bank of" is no name; "BP" of "BP North America" the parent (names_units.go)
			}
			forms := firstWordForms(f, n)
			claim(out, forms[0], key)
			for _, stem := range forms[1:] {
				claim(stems, stem, key)
			}
		}
		for _, p := range initialsLedWords(f) { // bodies_initials_short.go
			claim(out, p, key)
		}
	}
	for stem, key := range stems {
		if _, ok := out[stem]; !ok {
			out[stem] = key
		}
	}
	return out
}

// firstWordForms returns the first n words of a name's words f, and for a
// first word that no gazetteer knows as a place in the possessive, or
// hyphenated before a capital in a firm's legal name, the word without it
// too: "Moody" of "Moody's Investors Service Inc", which the article writes
// "Moody's cited"; "Owens" of "Owens-Illinois Inc", written "shares of
// Owens" (not "Britain" of "Britain's Imperial Chemical Industries", nor
// "Toronto" of "Toronto-Dominion Bank", nor "Fiat" of "Fiat-GM", two firms
// joined without a legal form).
func firstWordForms(f []string, n int) []string {
	p := strings.TrimSuffix(strings.Join(f[:n], " "), ",") // "Kidder" of "Kidder, Peabody and Co"
	if n != 1 {
		return []string{p}
	}
	for _, pos := range [...]string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(p, pos); ok && len(stem) > 1 {
			if _, place := gazetteer.Place(stem); !place {
				return []string{p, stem}
			}
		}
	}
	if stem, ok := hyphenStem(p); ok && len(f) > 1 && legalForms[legalWord(f[len(f)-1])] {
		return []string{p, stem}
	}
	return []string{p}
}

// hyphenStem returns the part before the hyphen of a word of two
// capitalised parts ("Owens" of "Owens-Illinois"), of three letters or
// more, no acronym and no place's name; false for any other word
// ("Co-operative", "KHJ-TV", "Toronto-Dominion").
func hyphenStem(w string) (string, bool) {
	stem, rest, ok := strings.Cut(w, "-")
	if !ok || len(stem) < 3 || !gazetteer.Capitalised(stem) || !gazetteer.Capitalised(rest) || isAcronym(stem) {
		return "", false
	}
	if _, place := gazetteer.Place(stem); place {
		return "", false
	}
	return stem, true
}

// bracketedAcronyms returns the acronyms the article writes in brackets
// ("The Broken Hill Pty Co Ltd <BRKN.S> (BHP)"): each names the body
// before it, not a body whose name it opens ("BHP Gold Mines Ltd").
func (x *extractor) bracketedAcronyms() map[string]bool {
	var out map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		toks := x.sents[m.sent].toks
		if m.start == 0 || m.end >= len(toks) || toks[m.start-1].Text != "(" || toks[m.end].Text != ")" || !isAcronym(m.name) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[m.name] = true
	}
	return out
}
