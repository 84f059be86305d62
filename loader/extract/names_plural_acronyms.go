// Acronyms in the plural. "DVDs", "ISPs", "ADRs", "MSPs": an acronym
// written with a plural "s" names a kind of thing, body or person, never
// one entity; the recogniser reads it as an organisation's name. The
// singular is left to dropThingAcronyms (names_thing_acronyms.go), which
// counts the plural as a use as a thing.

package extract

import "strings"

// dropPluralAcronyms removes the one-word organisation and person mentions
// that are an acronym with a plural "s" ("DVDs", "PDAs"), unless a
// gazetteer knows the name.
func (x *extractor) dropPluralAcronyms() {
	x.dropMentionsIf(func(m *mention) bool {
		return (m.typ == Organization || m.typ == Person) && m.end-m.start == 1 && m.bend == 0 && pluralAcronym(m.name) && !gazetteerKnows(m.name)
	})
}

// pluralAcronym reports whether a word is an acronym of capitals (and
// digits) with a plural "s": "DVDs", "MP3s", not "UPS" nor "Ads".
func pluralAcronym(w string) bool {
	a, ok := strings.CutSuffix(w, "s")
	return ok && len(a) >= 2 && !strings.ContainsAny(a, ".&") && isAcronym(a)
}
