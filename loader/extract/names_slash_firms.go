package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A slash inside a firm's name: "Cullen/Frost Bankers Inc", "Audio/Video
// Affiliates Inc", "Royal Dutch/Shell Group" are one firm each, not
// "Cullen", "Audio" or "Royal Dutch" (organization-seed365 row 9). A slash
// elsewhere ends a name: a photo credit ("James Martin/CNET").

// slashInFirm reports whether the first slash of name joins two
// capitalised words of one firm's name: a letter before it, a capital after
// it, every word after it capitalised and the last a legal form or "Group";
// the part before it no name of its own (not a known body, no body word or
// legal form at its end: "IMF/World Bank", "McDonnell Douglas Corp/Textron
// Inc" are two bodies).
func slashInFirm(name string) bool {
	i := strings.IndexByte(name, '/')
	if i <= 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(name[:i])
	after, _ := utf8.DecodeRuneInString(name[i+1:])
	if !unicode.IsLetter(before) || !unicode.IsUpper(after) {
		return false
	}
	rest := strings.Fields(name[i+1:])
	if len(rest) < 2 {
		return false // "Dow Jones/Telerate", a credit's "/CNET": the name after the slash is no firm's end
	}
	for _, w := range rest {
		if !gazetteer.Capitalised(w) {
			return false // "Royal Dutch/Shell Group unit Shell Oil Co"
		}
	}
	last := lower(strings.TrimSuffix(rest[len(rest)-1], "."))
	if !legalForms[last] && last != "group" {
		return false
	}
	first := strings.Fields(name[:i])
	if len(first) == 0 {
		return false
	}
	end := first[len(first)-1]
	if legalForms[lower(strings.TrimSuffix(end, "."))] || gazetteer.IsOrgSuffix(end) {
		return false
	}
	_, known := orgLookup(name[:i])
	return !known
}

// slashInFirmTokens is slashInFirm of the name the tokens spell, a slash
// among them.
func slashInFirmTokens(toks []nlp.Token) bool {
	words := make([]string, len(toks))
	slash := false
	for k, t := range toks {
		words[k] = t.Text
		slash = slash || strings.Contains(t.Text, "/")
	}
	return slash && slashInFirm(strings.Join(words, " "))
}
