package extract

// A film's maker named by the film's title before a creative role
// ("Cold Mountain director Anthony Minghella", "Finding Neverland's UK
// designer Alexandra Byrne") in a story about films: the title names a
// work, not a body the person works for.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// creativeRoles are the posts a film names its makers by.
var creativeRoles = map[string]bool{
	"director": true, "producer": true, "designer": true, "star": true, "co-star": true,
	"writer": true, "screenwriter": true, "composer": true, "creator": true,
}

// filmNouns say a story is about films (as written: storyNames compares
// tokens as they stand, so each noun also as it opens a sentence or a
// headline in capitals).
var filmNouns = withCapitals(
	"film", "films", "movie", "movies",
	"film-maker", "film-makers", "filmmaker", "filmmakers",
)

// withCapitals is the set of words ws, each also capitalised and in
// capitals.
func withCapitals(ws ...string) map[string]bool {
	set := make(map[string]bool, 3*len(ws))
	for _, w := range ws {
		set[w] = true
		set[strings.ToUpper(w[:1])+w[1:]] = true
		set[strings.ToUpper(w)] = true
	}
	return set
}

// filmTitled reports whether the affiliation a role's title gives with
// mention a is a film's maker named by the film: a is no place or
// person, the title is a bare
// creative role (capitalised words before it, a place or "UK", allowed;
// "managing director" or "art director" are a body's posts), a's name
// says no body (no body's word, no acronym, no known body's name), and
// the story names films.
func (x *extractor) filmTitled(a int, title string) bool {
	ws := strings.Fields(lower(title))
	if len(ws) == 0 || !creativeRoles[ws[len(ws)-1]] {
		return false
	}
	orig := strings.Fields(title)
	for i, w := range ws[:len(ws)-1] {
		if !creativeRoles[w] && w != "and" && !gazetteer.Capitalised(orig[i]) {
			return false
		}
	}
	if e := x.mentions[a].ent; e < 0 || isPlace(x.ents[e].typ) || x.ents[e].typ == Person {
		return false // "British star Clive Owen": the star's country
	}
	name := x.mentions[a].name
	if namesBody(name) || namesBodyAlone(name) && !strings.Contains(name, " ") {
		return false
	}
	return x.storyNames(filmNouns)
}
