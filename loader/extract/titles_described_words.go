package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a title literal may still hold after the phrase reading, whichever
// path read it (an apposition, a described person, a foreign post), that is
// no post (blind seeds 124-127): a rank a person is born to or addressed by
// standing alone ("Prince Charles", "Prince Albert" tobacco: "Prince";
// "the Queen and Prince Philip": "Queen and Prince"), and words in front
// that describe the holder ("deaf actress", "21-year-old defender",
// "chart-topping singer": the post is the noun after them).

// describingTails end a hyphenated word that describes a person before
// the post they hold (data/describingTails.txt): "21-year-old",
// "two-goal", "Oscar-winning", "cost-conscious".
var describingTails = wordSet("describingTails")

// describedTitle returns the title literal without the describing words in
// front of a lower-case post ("deaf actress" is actress), or "" when what is
// left is a rank of address alone ("Prince"; "Crown Prince" is a post).
func describedTitle(title string) string {
	for {
		first, rest, ok := strings.Cut(title, " ")
		if !ok || rest == "" || !describesHolder(first) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
			break
		}
		title = rest
	}
	words := strings.Fields(title)
	n := len(words)
	if n == 0 {
		return ""
	}
	if lowerIn(addressRanks, words[n-1]) && (n == 1 || lowerIs(words[n-2], "and")) {
		return "" // "Prince"; "Queen and Prince" of "the Queen and Prince Philip"
	}
	return title
}

// describesHolder reports whether a lower-case word describes a person
// rather than their post: a describing adjective ("deaf", "proud") or a
// hyphenated one whose last part describes ("21-year-old", "two-goal").
func describesHolder(w string) bool {
	if w != lower(w) {
		return false
	}
	if describingWords[w] {
		return true
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	if strings.HasSuffix(w, "-year-old") || strings.HasPrefix(w, "self-") {
		return true
	}
	j := strings.LastIndexByte(w, '-')
	tail := w[j+1:]
	if countedTails[tail] {
		// "five-time", "two-goal", "four-term"; not "part-time"
		n := w[:j]
		return numberWords[n] || n != "" && strings.Trim(n, "0123456789") == ""
	}
	return describingTails[tail]
}

// countedTails describe a holder after a count only: "five-time champion",
// "two-goal striker", "four-term member" ("part-time cleaner" is a post).
var countedTails = map[string]bool{"time": true, "goal": true, "term": true}
