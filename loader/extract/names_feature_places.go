package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// featurePlaces types as places the organisation and person mentions whose
// name ends with a natural feature's capitalised noun ("the Mideast Gulf",
// "Bass Strait", "the Noto Peninsula", "the Pocono Mountains"; organisation
// nodes seed363 row 28): two words or more, no "of" or "and" inside, no legal
// form, no given name first ("Mike Lake", "Ricki Lake"), no body a gazetteer
// knows; even a name a rule was sure of ("cif Mideast Gulf, which was": no
// body). Not "Channel" or "Bay": TV channels and
// firms end so ("Sci-Fi Channel", "South Bay").
func (x *extractor) featurePlaces() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Person || m.demonym || m.bend > 0 {
			continue
		}
		if _, last, n := edgeFields(m.name); n < 2 || !featureHead(lower(last)) || !gazetteer.Capitalised(last) {
			continue
		}
		f := strings.Fields(m.name)
		if slicesHasAny(f, "of", "and", "&") || lowerIn(givenNames, f[0]) || gazetteerKnows(m.name) {
			continue
		}
		if l := lower(strings.TrimSuffix(f[len(f)-2], ".")); legalForms[l] || legalSuffix[l] {
			continue
		}
		m.typ, m.sure = Place, true
	}
}

// slicesHasAny reports whether words holds any of the given words.
func slicesHasAny(words []string, any ...string) bool {
	for _, w := range words {
		for _, a := range any {
			if w == a {
				return true
			}
		}
	}
	return false
}

// featureHead reports whether w, in lower case, is the last word of a sea's,
// a strait's, a peninsula's or a range's name; not "delta", "lake", "river" or
// "valley", which end cars', people's and firms' names too ("Oldsmobile
// Delta", "Mike Lake").
func featureHead(w string) bool {
	switch w {
	case "gulf", "sea", "ocean", "strait", "straits", "peninsula", "mountains":
		return true
	}
	return false
}
