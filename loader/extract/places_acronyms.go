package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// An acronym of a place the article names is that place: "USVI" after "U.S.
// Virgin Islands", "BVI" after "British Virgin Islands", "DRC" after
// "Democratic Republic of the Congo". The recogniser types an unknown
// acronym an organisation, and the bodies' acronyms join only bodies'
// names (resolveBodies), so the place got a second node, an organisation.

// placeAcronyms keys each acronym typed an organisation that no gazetteer
// knows as a body to the one place of the article, known to the gazetteer,
// whose initials it is.
func (x *extractor) placeAcronyms(r *keying) {
	byInitials := map[string]string{} // initials -> place key ("" when two places share them)
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Country && m.typ != City && m.typ != Place || m.demonym || r.keys[k] == "" {
			continue
		}
		if _, known := gazetteer.Place(r.canon[r.keys[k]]); !known {
			continue // a place only the recogniser read ("European Monetary System")
		}
		for _, n := range []string{m.name, r.canon[r.keys[k]]} {
			ini := placeInitials(n)
			if len(ini) < 3 {
				continue
			}
			if key, seen := byInitials[ini]; seen && key != r.keys[k] {
				byInitials[ini] = ""
			} else {
				byInitials[ini] = r.keys[k]
			}
		}
	}
	if len(byInitials) == 0 {
		return
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || !isAcronym(m.name) || x.namedByBody(k) {
			continue
		}
		if _, known := orgLookup(m.name); known {
			continue
		}
		if key := byInitials[m.name]; key != "" {
			r.keys[k] = key
		}
	}
}

// placeInitials returns the capitals that open the words of a place's name,
// every letter of a dotted abbreviation ("U.S." gives "US"), lower-case
// words left out ("Republic of the Congo": "RC"); "" for a one-word name.
func placeInitials(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if strings.Count(w, ".") >= 2 || strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 && utf8.RuneCountInString(w) == 2 {
			for _, c := range w {
				if unicode.IsUpper(c) {
					b.WriteRune(c)
				}
			}
			continue
		}
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}
