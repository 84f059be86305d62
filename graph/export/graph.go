package export

import (
	"cmp"
	"slices"
	"strings"
)

// Graph is the property-graph view that the graph formats write: nodes are
// entities and events (and, on request, articles and sentences), edges are
// the facts between them. Nodes are sorted by ID, edges by source, type and
// target, so the same store always gives the same file.
type Graph struct {
	Nodes []Node
	Edges []Edge
	// Extra lists, sorted, the keys of Node.Extra used by any node.
	Extra []string
}

// Node is one entity, event, article or sentence.
type Node struct {
	ID    string // the node's IRI
	Label string // schema:name (headline for articles, text for sentences)
	Type  string // local name of its most specific class, e.g. Person
	// Labels are Type and its newsgraph super-classes, e.g. [Place City].
	Labels   []string
	JobTitle string   // schema:jobTitle values joined with "; "
	Aliases  []string // schema:alternateName values, sorted
	// Mentions is the number of articles that mention the node.
	Mentions int
	// FirstSeen and LastSeen are the earliest and latest datePublished of
	// the articles that mention the node or state its facts.
	FirstSeen, LastSeen string
	// Extra holds the node's other literal properties by local name
	// (startDate, url, headline, text, ...), several values joined by "; ".
	Extra map[string]string
}

// Edge is one fact between two nodes, all its supporting sentences merged.
type Edge struct {
	Source, Target string
	Type           string // local name of the predicate, e.g. met
	Predicate      string // the predicate IRI
	// Weight is the number of distinct sentences that state the fact (1 for
	// a link without evidence, such as an article's mention).
	Weight int
	// Evidence is the text of one supporting sentence, EvidenceID its IRI.
	Evidence, EvidenceID string
}

// superClasses maps a class local name to the newsgraph classes it belongs to.
var superClasses = map[string][]string{
	"City":                   {"Place"},
	"Country":                {"Place"},
	"AdministrativeArea":     {"Place"},
	"Continent":              {"Place"},
	"GovernmentOrganization": {"Organization"},
}

// classRank orders classes from most to least specific, for a node's Type.
var classRank = map[string]int{
	"GovernmentOrganization": 1, "City": 1, "Country": 1, "AdministrativeArea": 1, "Continent": 1,
	"Person": 2, "Organization": 2, "Place": 2, "Event": 2,
	"NewsArticle": 3, "Sentence": 3, "CreativeWork": 4,
}

// typeOf picks the node's Type and Labels from its classes.
func (u *universe) typeOf(id int32) (string, []string) {
	best, rank := "", 99
	for _, t := range u.recs[id].types {
		name := localName(u.iris[t])
		r, ok := classRank[name]
		if !ok {
			r = 5
		}
		if r < rank || (r == rank && name < best) {
			best, rank = name, r
		}
	}
	if best == "" {
		switch u.recs[id].kind {
		case kindArticle:
			best = "NewsArticle"
		case kindSentence:
			best = "Sentence"
		default:
			best = "Thing"
		}
	}
	labels := append(slices.Clone(superClasses[best]), best)
	return best, labels
}

// matchesType reports whether the node is of one of the wanted classes
// (lower-case local names); a class matches its sub-classes too.
func (u *universe) matchesType(id int32, want map[string]bool) bool {
	for _, t := range u.recs[id].types {
		name := localName(u.iris[t])
		if want[strings.ToLower(name)] {
			return true
		}
		for _, sup := range superClasses[name] {
			if want[strings.ToLower(sup)] {
				return true
			}
		}
	}
	if len(u.recs[id].types) == 0 {
		return want["thing"]
	}
	return false
}

// node builds the exported Node for id.
func (u *universe) node(id int32, mentions int, first, last string) Node {
	n := Node{ID: u.iris[id], Mentions: mentions, FirstSeen: first, LastSeen: last}
	n.Type, n.Labels = u.typeOf(id)
	var jobs []string
	extra := map[string][]string{}
	for _, l := range u.recs[id].lits {
		v := clean(l.val)
		if v == "" {
			continue
		}
		switch l.pred {
		case u.tName:
			if n.Label == "" || v < n.Label {
				if n.Label != "" {
					n.Aliases = append(n.Aliases, n.Label)
				}
				n.Label = v
			} else if v != n.Label {
				n.Aliases = append(n.Aliases, v)
			}
		case u.tAlt:
			n.Aliases = append(n.Aliases, v)
		case u.tJob:
			jobs = append(jobs, v)
		default:
			k := localName(u.iris[l.pred])
			extra[k] = append(extra[k], v)
		}
	}
	if n.Label == "" {
		switch {
		case extra["headline"] != nil:
			n.Label = extra["headline"][0]
		case extra["text"] != nil:
			n.Label = truncate(extra["text"][0], 80)
		case n.Type == "Event":
			n.Label = u.eventLabel(id)
		default:
			n.Label = localName(n.ID)
		}
	}
	n.Aliases = uniqueSorted(n.Aliases)
	n.Aliases = slices.DeleteFunc(n.Aliases, func(a string) bool { return a == n.Label })
	if len(n.Aliases) == 0 {
		n.Aliases = nil
	}
	n.JobTitle = strings.Join(uniqueSorted(jobs), "; ")
	if len(extra) > 0 {
		n.Extra = make(map[string]string, len(extra))
		for k, vs := range extra {
			n.Extra[k] = strings.Join(uniqueSorted(vs), "; ")
		}
	}
	return n
}

func uniqueSorted(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// truncate cuts s to at most n runes, adding an ellipsis when it cuts.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// sortGraph puts nodes and edges in their stable order and collects the
// extra attribute keys.
func (g *Graph) sortGraph() {
	slices.SortFunc(g.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.Target, b.Target), cmp.Compare(a.Predicate, b.Predicate))
	})
	keys := map[string]bool{}
	for _, n := range g.Nodes {
		for k := range n.Extra {
			keys[k] = true
		}
	}
	g.Extra = g.Extra[:0]
	for k := range keys {
		g.Extra = append(g.Extra, k)
	}
	slices.Sort(g.Extra)
}

// isFactPredicate reports whether links with predicate p are facts between
// entities rather than article bookkeeping.
func (u *universe) isFactPredicate(p int32) bool {
	return p != u.tMentions && p != u.tPartOf
}
