package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// A slash inside a firm's name: "Cullen/Frost Bankers Inc", "Audio/Video
// Affiliates Inc", "Royal Dutch/Shell Group" are one firm each, not
// "Cullen", "Audio" or "Royal Dutch" (organization-seed365 row 9). A slash
// elsewhere ends a name: a photo credit ("James Martin/CNET"). A legal
// form written with a slash is part of a firm's name: "Norsk Hydro A/S",
// "A/S Norske Shell".

// slashLegalForms are the legal forms written with a slash ("a/s", "s/a").
var slashLegalForms = wordSet("slashLegalForms")

// slashLegalForm reports whether the word holding name's first slash is a
// legal form written with a slash ("A/S", "S/A") that ends the name after
// at least one word ("Norsk Hydro A/S") or opens it before capitalised
// words ("A/S Norske Shell", the Danish order); not "A/S" alone nor
// "Hydro A/S unit Statoil".
func slashLegalForm(name string) bool {
	ws := strings.Fields(name)
	for k, w := range ws {
		if !strings.Contains(w, "/") {
			continue
		}
		if !slashLegalForms[lower(strings.TrimSuffix(w, "."))] {
			return false
		}
		if k > 0 {
			return k == len(ws)-1
		}
		for _, after := range ws[1:] {
			if !gazetteer.Capitalised(after) {
				return false
			}
		}
		return len(ws) > 1
	}
	return false
}

// slashInFirm reports whether the first slash of name is a firm's legal
// form at its end (slashLegalForm) or joins two
// capitalised words of one firm's name: a letter before it, a capital after
// it, every word after it capitalised and the last a legal form or "Group";
// the part before it no name of its own (not a known body, no body word or
// legal form at its end: "IMF/World Bank", "McDonnell Douglas Corp/Textron
// Inc" are two bodies).
func slashInFirm(name string) bool {
	if slashLegalForm(name) {
		return true
	}
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

// slashFormFirm takes into the name [start, end) a legal form written with
// a slash just before it ("of [A/S] Havbruk Nordvest": the Danish order),
// when no capitalised word comes before the form, and labels a name with
// such a form at either end an organisation's.
func slashFormFirm(toks []nlp.Token, start, end int, m ner.Mention) (int, ner.Mention) {
	form := func(k int) bool { return slashLegalForms[lower(strings.TrimSuffix(toks[k].Text, "."))] }
	if start > 0 && form(start-1) && (start == 1 || !gazetteer.Capitalised(toks[start-2].Text)) {
		start--
	}
	if end-start >= 2 && (form(start) || form(end-1)) {
		m.Label, m.Class = ner.Organization, ""
	}
	return start, m
}
