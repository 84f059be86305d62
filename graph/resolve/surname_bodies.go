package resolve

import (
	"slices"
	"strings"
)

// articleNames are, per article, the words of the names its extraction
// gave bodies, places and things (of two words or more), and the last
// words of the full names it gave people: rule 6 reads them to tell a
// surname from a word of a body's name ("Norton" of "Nolan, Norton and
// Co", "Douglas" of "McDonnell Douglas Corp").
type articleNames struct {
	bodyWords  []map[string]bool // article -> words of its bodies', places' and things' names
	personLast []map[string]bool // article -> last words of its people's full names
	// article -> last word -> the union-find nodes of its people's full
	// names ending with it
	fullNames []map[string][]string
	// article -> last word -> the union-find nodes of the people of the
	// store whose full names are glued into its bodies' names
	glued []map[string][]string
}

// addPerson records that article a names a person in full: node is its
// union-find node, last the last word of its key.
func (an *articleNames) addPerson(a int32, last, node string, glued bool) {
	if an.personLast[a] == nil {
		an.personLast[a] = map[string]bool{}
		an.fullNames[a] = map[string][]string{}
		an.glued[a] = map[string][]string{}
	}
	an.personLast[a][last] = true
	to := an.fullNames[a]
	if glued {
		to = an.glued[a]
	}
	if !slices.Contains(to[last], node) {
		to[last] = append(to[last], node)
	}
}

// bodyAndPersonNames reads each article's names of bodies and people.
func (c *clustering) bodyAndPersonNames() *articleNames {
	an := &articleNames{
		bodyWords:  make([]map[string]bool, c.articles),
		personLast: make([]map[string]bool, c.articles),
		fullNames:  make([]map[string][]string, c.articles),
		glued:      make([]map[string][]string, c.articles),
	}
	for i := range c.groups {
		a := c.art[i]
		for _, u := range c.units[i] {
			w := strings.Fields(u.key)
			if len(w) < 2 {
				continue
			}
			if u.kind == KindPerson {
				an.addPerson(a, w[len(w)-1], u.node, false)
				continue
			}
			if an.bodyWords[a] == nil {
				an.bodyWords[a] = map[string]bool{}
			}
			for k, x := range w {
				an.bodyWords[a][x] = true
				// A person's full name glued into a body's ("Rei
				// Shiratori of Dokkyo University" read as one
				// name) names that person in full.
				if k > 0 && c.keyKinds[w[k-1]+" "+x].has(KindPerson) {
					an.addPerson(a, x, string(family(KindPerson))+":"+w[k-1]+" "+x, true)
				}
			}
		}
	}
	return an
}

// inBodyName reports whether a one-word person's key is a word of the
// name of a body, place or thing its article names, and the article
// names no person in full with it as last word (alone, or glued into a
// body's name as a person of the store is named elsewhere): the word is then most
// likely that body's name cut short ("Salomon's di Clemente" beside
// "Salomon Brothers Inc"), no surname of a person of the store.
func (an *articleNames) inBodyName(a int32, key string) bool {
	return an.bodyWords[a][key] && !an.personLast[a][key]
}

// namedSeveral reports whether article a names in full several people of
// different clusters with key as last word ("Howard Baker" and "James
// Baker"): its surname alone is then none of them for sure.
func (an *articleNames) namedSeveral(a int32, key string, uf *unionFind) bool {
	root := ""
	for _, n := range an.fullNames[a][key] {
		r := uf.find(n)
		if root != "" && r != root {
			return true
		}
		root = r
	}
	return false
}

// gluedElse reports whether article a glues into a body's name the full
// name of a person of the store ending with key, and none of them is in
// the cluster pick: "Dana Johnson of First National Bank of Chicago" read
// as one body's name makes its "Johnson" no other Johnson of the store.
func (an *articleNames) gluedElse(a int32, key, pick string, uf *unionFind) bool {
	nodes := an.glued[a][key]
	for _, n := range nodes {
		if uf.find(n) == pick {
			return false
		}
	}
	return len(nodes) > 0
}
