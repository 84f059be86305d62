// A person's name whose first word is also a place's ("Alberta Whittle",
// "Georgia Okafor") that the recogniser read as a place: when the article
// names the same person by the surname alone ("Whittle tackles many
// themes"), and the surname is no place or body a gazetteer knows and no
// word of the dictionary unless read alone as a person's, the name is a
// person's; a common noun's plural is no surname ("Florida Temples",
// "excluding Temples": oranges). A place's name does not
// go on as its last word alone.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// givenPlacePeople types as people the names of two words read as places
// whose first word is a given name and whose last word the article writes
// alone as a name (see the file's comment).
func (x *extractor) givenPlacePeople() {
	// one-word names of the article, alone (not after a capitalised word:
	// "Fletcher (West Ham)") -> one is read as a person's
	var alone map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if plainName(m) && !strings.Contains(m.name, " ") && (m.start == 0 || !gazetteer.Capitalised(x.sents[m.sent].toks[m.start-1].Text)) {
			if alone == nil {
				alone = map[string]bool{}
			}
			alone[m.name] = alone[m.name] || m.typ == Person
		}
	}
	if alone == nil {
		return
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if !isPlace(m.typ) || m.sure || !plainName(m) || m.text != m.name {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) != 2 || !lowerIn(givenNames, f[0]) || !gazetteer.Capitalised(f[1]) || isAcronym(f[1]) || !surnameOnly(f[1]) {
			continue
		}
		if person, ok := alone[f[1]]; !ok || !person && dictionaryWord(f[1]) || commonPlural(f[1]) {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		m.typ = Person
	}
}

// commonPlural reports whether w is the plural of a word of the dictionary
// that news does not use as a surname ("Temples" of "Florida Temples", an
// orange; not "Keys").
func commonPlural(w string) bool {
	l := lower(w)
	return strings.HasSuffix(l, "s") && dictionaryWord(l[:len(l)-1]) && !surnames[l]
}
