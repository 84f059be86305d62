// Spanish common nouns capitalised in titles of laws, reports and headings
// ("la Ley de Proscripción de Pandillas", "Régimen de Excepción"), which the
// foreign recogniser reads as one-word bodies: Spanish capitalises only
// names inside a sentence, so a word its dictionary holds in lower case is
// no name on its own.

package extract

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/internal/wordset"
)

// spanishWordsData is the word list of Debian's wspanish package (public
// domain; see data/NOTICE.md), all in lower case, one a line.
//
//go:embed data/spanishWords.txt.gz
var spanishWordsData []byte

// spanishWords reads spanishWordsData once.
var spanishWords = wordset.Lazy("extract: spanishWords", spanishWordsData)

// spanishWord reports whether a lower-cased word, or the singular of a
// plural ("pandillas", "adquisiciones"), is in the Spanish dictionary.
func spanishWord(lw string) bool {
	ws := spanishWords()
	if ws.Has(lw) {
		return true
	}
	for _, suf := range [...]string{"es", "s"} {
		if st, ok := strings.CutSuffix(lw, suf); ok && utf8.RuneCountInString(st) >= 3 {
			if ws.Has(st) {
				return true
			}
		}
	}
	// "adquisiciones": the singular takes an accent ("adquisición")
	if st, ok := strings.CutSuffix(lw, "iones"); ok {
		if ws.Has(st + "ión") {
			return true
		}
	}
	return false
}

// dropSpanishNouns drops, in Spanish text, the one-word names other than
// people's that are words of the Spanish dictionary and no list knows as
// names: not a country, a region, a gazetteer's place or body, a given name,
// an acronym, nor a body's head noun ("la Fiscalía", "el Congreso": an
// institution).
func (x *extractor) dropSpanishNouns() {
	if x.lang != "es" {
		return
	}
	x.dropMentionsIf(func(m *mention) bool {
		if m.end-m.start != 1 || m.typ == Person || m.bend != 0 || strings.Contains(m.name, " ") {
			return false
		}
		w := x.sents[m.sent].toks[m.start].Text
		return !acronym(w) && !givenName(w) && !x.foreignKnown(m.name) && !lowerIn(foreignOrgHeads, m.name) && spanishWord(lower(m.name))
	})
}
