package extract

// A known body named by a bare common word: the gazetteer gives the
// European Commission the alias "the Commission", which a story about
// Europe's institutions means; a Swiss story's "Commission President Hermann
// Bodenmann" (the federal banking commission) and a commodity report's
// "Commission house selling" (a broker) do not (affiliation-seed174 row 23).

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// europeWords show a story is about Europe's institutions (data/europeWords.txt).
var europeWords = wordSet("europeWords")

// bareAliasElsewhere reports whether the organisation name, which the
// gazetteer knows as body o, is one of o's aliases that is a bare body noun
// ("Commission") in a story that names nothing of o's home: then it is not
// o. Only the European Commission has such an alias.
func (x *extractor) bareAliasElsewhere(name string, o gazetteer.OrgInfo) bool {
	if strings.Contains(name, " ") || o.Name == name || !lowerIn(bodyNouns, name) || o.Name != "European Commission" {
		return false
	}
	return !x.storyNames(europeWords)
}

// storyNames reports whether a word of the set ws (written as listed) is a
// token of the story.
func (x *extractor) storyNames(ws map[string]bool) bool {
	for si := range x.sents {
		for _, t := range x.sents[si].toks {
			if ws[t.Text] {
				return true
			}
		}
	}
	return false
}

// bracketPlace reports whether mention o, in brackets after a body's name,
// names a place: a country ("Yamaichi International (America) Inc", "(U.K.)
// Ltd") or a place not written in capitals ("Banque Paribas (Luxembourg)"),
// the body's arm there and no other name of it ("BIMP" is one).
func (x *extractor) bracketPlace(o int) bool {
	m := &x.mentions[o]
	if !isPlace(m.typ) {
		return false
	}
	if _, ok := gazetteer.Country(m.name); ok {
		return true
	}
	return !isAcronym(m.name)
}
