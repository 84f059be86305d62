// Package language tells which language an article is written in, so that
// the extractor, whose models and rules read English, can leave other
// languages alone instead of reading their capitalised nouns as names.
package language

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sampleBytes is how much of the text is read: enough for a sure verdict,
// little enough to cost nothing beside extraction.
const sampleBytes = 4096

// minWords is the fewest words a text needs before it is called anything but
// English: short texts (a headline, a caption) stay English.
const minWords = 40

// Language is a detected language.
type Language struct {
	Code string // ISO 639-1 code ("de"), or ISO 639-3 when there is none
	Name string // English name ("German")
}

// English reports whether l is English.
func (l Language) English() bool { return l.Code == "en" }

var english = Language{Code: "en", Name: "English"}

// functionWords are frequent words of a language that other languages
// written in the Latin script do not share (no "in", "a", "on", "die").
// English prose has 17-38% of them in its words, other prose under 2%;
// the other lists confirm the detector's verdict, so that a table of
// figures ("Oper shr loss nine cts vs loss four cts") is not French.
var functionWords = map[string][]string{
	"en": {"the", "of", "and", "to", "is", "was", "for", "that", "with", "said", "by", "it", "from", "has", "have",
		"are", "were", "be", "this", "which", "who", "would", "will", "their", "they", "he", "she", "his", "her",
		"not", "but", "been"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem", "den", "ein",
		"eine", "auch", "wird", "von", "zu", "bei", "wurde", "sie", "es", "im"},
	"fr": {"le", "la", "les", "et", "est", "des", "du", "une", "un", "que", "qui", "pour", "dans", "sur", "pas",
		"au", "aux", "par", "ce", "cette", "sont", "été", "avec"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "por", "con", "una", "para", "es", "se", "su", "al",
		"fue", "como", "más", "sus", "lo"},
	"pt": {"o", "os", "as", "que", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "por",
		"foi", "se", "ao", "mais"},
	"it": {"il", "di", "che", "della", "per", "con", "del", "una", "sono", "non", "gli", "le", "alla", "nel",
		"è", "dei", "anche"},
	"nl": {"de", "het", "een", "en", "van", "dat", "niet", "op", "zijn", "met", "voor", "ook", "werd", "bij",
		"naar", "wordt"},
}

var functionSets = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, ws := range functionWords {
		set := map[string]bool{}
		for _, w := range ws {
			set[w] = true
		}
		out[lang] = set
	}
	return out
}()

// Detect returns the language of text. It says English unless it is sure of
// another: the text is written in a script English does not use (Bengali,
// Cyrillic, Arabic, ...), or it is long enough, has almost none of English's
// function words and the detector's verdict is reliable (and, for the
// languages with a list, confirmed by their function words).
func Detect(text string) Language {
	sample := text
	if len(sample) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	// English prose is told by its function words alone, in its first
	// kilobyte, before the trigram detector (about 15 ms for 4 KB) runs.
	if n, hits := englishWords(sample, 1024); n >= minWords && hits*20 >= n {
		return english
	}
	words := strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < minWords {
		return english
	}
	if share(words, functionSets["en"]) >= 0.05 {
		return english
	}
	letters, latin, lowerWords := 0, 0, 0
	for _, w := range strings.FieldsFunc(sample, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lowerWords++
		}
	}
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	info := whatlanggo.Detect(sample)
	if info.Lang == whatlanggo.Eng || info.Lang < 0 {
		return english
	}
	code := info.Lang.Iso6391()
	if code == "" {
		code = info.Lang.Iso6393()
	}
	other := Language{Code: code, Name: info.Lang.String()}
	if latin*2 < letters { // most letters in another script
		return other
	}
	// Prose, even German with its capitalised nouns, has most words in lower
	// case; a table of codes and figures ("JOHANNESBURG QRS CLSG") has not.
	if !info.IsReliable() || lowerWords*10 < len(words)*4 {
		return english
	}
	if set, ok := functionSets[code]; ok {
		if share(words, set) < 0.08 {
			return english
		}
	} else if info.Confidence < 0.9 {
		return english
	}
	return other
}

// englishWords counts the words in the first limit bytes of s and those of
// them that are English function words, without allocating.
func englishWords(s string, limit int) (words, hits int) {
	set := functionSets["en"]
	var buf [8]byte
	n, long := 0, false
	flush := func() {
		if n > 0 || long {
			words++
			if !long && set[string(buf[:n])] {
				hits++
			}
		}
		n, long = 0, false
	}
	for i, r := range s {
		if i >= limit {
			break
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			if n < len(buf) {
				buf[n] = byte(r) | 0x20
				n++
			} else {
				long = true
			}
		case unicode.IsLetter(r):
			long = true // not ASCII: no English function word
		default:
			flush()
		}
	}
	flush()
	return words, hits
}

// share is the fraction of words that are in set.
func share(words []string, set map[string]bool) float64 {
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}
