package resolve

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A generic name is a kind of body and words of its level or jurisdiction
// alone ("U.S. District Court", "Court of Appeals", "City Council",
// "Police Department"): many articles write it of many bodies (the
// district courts of Boston and of Chicago), so it identifies a body
// within one article only. Its groups resolve per article: the name's
// union-find node is the article's own (localNode), and a cluster of such
// nodes alone gets a node of the article (localTarget).

// genericHeads are the kinds of body, each with the words that may stand
// with it in a generic name. A head alone ("Court", "Council") is generic.
var genericHeads = map[string]map[string]bool{
	"court": courtWords, "courts": courtWords,
	"council":    {"city": true, "town": true, "county": true, "district": true, "local": true, "municipal": true, "borough": true, "parish": true},
	"department": {"police": true, "fire": true},
}

// courtWords are the levels and jurisdictions of courts.
var courtWords = map[string]bool{
	"district": true, "federal": true, "us": true, "state": true, "supreme": true, "superior": true,
	"circuit": true, "appeals": true, "appeal": true, "bankruptcy": true, "high": true, "county": true,
	"municipal": true, "magistrates": true, "magistrate": true, "crown": true, "trial": true, "lower": true,
	"city": true, "local": true, "provincial": true, "regional": true,
}

// genericKey reports whether a key (see Key) is a generic name. A
// country's supreme court ("Supreme Court", "U.S. Supreme Court") is one
// body of its country, not generic; a state's ("State Supreme Court") is.
func genericKey(key string) bool {
	w := strings.Fields(key)
	var mods map[string]bool
	for _, t := range w {
		if m, ok := genericHeads[t]; ok {
			mods = m
		}
	}
	if mods == nil {
		return false
	}
	supreme, level := false, false
	for _, t := range w {
		switch {
		case genericHeads[t] != nil:
		case !mods[t]:
			return false
		case t == "supreme":
			supreme = true
		case !qualifiers[t]:
			level = true
		}
	}
	return !supreme || level
}

// localNode returns the union-find node of a generic name's unit in an
// article: its family's node of the key, scoped to the article.
func localNode(node string, article quad.IRI) string {
	return node + "@" + string(article)
}

// isLocal reports whether a union-find node is an article's (localNode).
func isLocal(node string) bool { return strings.Contains(node, "@") }

// localTarget returns the node of a cluster of generic names: the node of
// its name, followed by its article's id ("org/district-court-u1f...").
func localTarget(node quad.IRI, article quad.IRI) quad.IRI {
	return quad.IRI(string(node) + "-" + vocab.Local(article))
}

// localArticle returns the article of a cluster whose units are all
// generic names' (the smallest article, should joins bring several), and
// whether they are.
func localArticle(groups []*group, units [][]unit, idx []int) (quad.IRI, bool) {
	var a quad.IRI
	any := false
	for _, i := range idx {
		for _, u := range units[i] {
			if !isLocal(u.node) {
				return "", false
			}
			any = true
		}
		if g := groups[i]; a == "" || g.article < a {
			a = g.article
		}
	}
	return a, any
}
