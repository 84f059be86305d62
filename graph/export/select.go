package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Options choose the part of the graph to export. The zero value exports the
// whole graph. Filters apply in this order: article and dates, Nodes, Around,
// Types, MinDegree.
type Options struct {
	// Around names the centre nodes of a neighbourhood: a schema:name or
	// schema:alternateName (case ignored) or a node IRI.
	Around []string
	// Depth is the number of fact hops from the centre (with Around).
	Depth int
	// Types keeps nodes of these classes (local names, case ignored; Place
	// includes City and Country, Organization includes GovernmentOrganization).
	Types []string
	// Article keeps the facts stated in one article, named by its IRI,
	// schema:identifier or schema:url.
	Article string
	// From and To keep the facts stated in articles published in that range
	// (inclusive; ISO dates, a prefix such as 2005-03 works).
	From, To string
	// MinDegree drops nodes with fewer facts than this in the selection.
	MinDegree int
	// Nodes and Names, when either is given or Restrict is set, keep only
	// these node IRIs and the nodes with these names (for instance the IRIs
	// in a canned query's rows and the names it was asked about).
	Nodes, Names []string
	Restrict     bool
	// WithArticles adds the articles and evidence sentences as nodes.
	WithArticles bool
	// Summary, when set, is filled with the counts of what was written.
	Summary *Summary
}

// filtersArticles reports whether the options restrict articles.
func (o Options) filtersArticles() bool { return o.Article != "" || o.From != "" || o.To != "" }

// IsWhole reports whether the options select the whole graph.
func (o Options) IsWhole() bool {
	return !o.filtersArticles() && len(o.Around) == 0 && len(o.Types) == 0 && o.MinDegree <= 0 && !o.restricts()
}

func (o Options) restricts() bool { return o.Restrict || len(o.Nodes) > 0 || len(o.Names) > 0 }

// edgeKey identifies a fact: subject, predicate, object.
type edgeKey struct{ s, p, o int32 }

type edgeAcc struct {
	labels    []int32
	unlabeled bool
}

// selection is the outcome of select: the property graph and, for RDF, the
// set of IRIs whose quads to copy.
type selection struct {
	graph *Graph
	keep  map[string]bool
}

// selectGraph applies o to the universe.
func (u *universe) selectGraph(o Options) (*selection, error) {
	sel := &selector{u: u, o: o, filter: o.filtersArticles()}
	sel.sentencesArticles()
	if err := sel.allowArticles(); err != nil {
		return nil, err
	}
	sel.gatherFacts()
	if err := sel.candidates(); err != nil {
		return nil, err
	}
	return sel.assemble(), nil
}

// selector is one selection's state, stage by stage: the articles the
// options allow, the facts and mentions they hold, and the candidate nodes.
type selector struct {
	u           *universe
	o           Options
	sentArticle []int32 // sentence -> its article, -1 when none
	filter      bool    // the options filter articles
	allowed     []bool  // article -> allowed, when filter
	facts       map[edgeKey]*edgeAcc
	mentions    map[int32]int
	first, last map[int32]string // entity -> first and last date seen
	cand        map[int32]bool   // the nodes kept
	edges       []edgeKey        // the facts between kept nodes
}

// sentencesArticles reads each sentence's article.
func (s *selector) sentencesArticles() {
	u := s.u
	s.sentArticle = make([]int32, len(u.iris))
	for i := range s.sentArticle {
		s.sentArticle[i] = -1
	}
	for _, l := range u.links {
		if l.p == u.tPartOf && u.recs[l.s].kind == kindSentence {
			s.sentArticle[l.s] = l.o
		}
	}
}

// allowArticles marks the articles allowed by --article, --from and --to.
func (s *selector) allowArticles() error {
	u, o := s.u, s.o
	if !s.filter {
		return nil
	}
	s.allowed = make([]bool, len(u.iris))
	found := false
	for id := range u.recs {
		if u.recs[id].kind != kindArticle {
			continue
		}
		a := int32(id)
		if o.Article != "" && !u.articleIs(a, o.Article) {
			continue
		}
		found = found || o.Article != ""
		if (o.From != "" || o.To != "") && !inRange(u.first(a, u.tDate), o.From, o.To) {
			continue
		}
		s.allowed[a] = true
	}
	if o.Article != "" && !found {
		return fmt.Errorf("no article %q (give its IRI, identifier or URL)", o.Article)
	}
	return nil
}

// articleOK reports whether article a is allowed.
func (s *selector) articleOK(a int32) bool { return a >= 0 && (!s.filter || s.allowed[a]) }

func (s *selector) isEntity(id int32) bool { return s.u.recs[id].kind == kindEntity }

// seen widens entity e's first and last dates by article a's date.
func (s *selector) seen(e, a int32) {
	d := s.u.first(a, s.u.tDate)
	if d == "" {
		return
	}
	if f, ok := s.first[e]; !ok || d < f {
		s.first[e] = d
	}
	if l, ok := s.last[e]; !ok || d > l {
		s.last[e] = d
	}
}

// gatherFacts reads the allowed articles' mentions and facts, and when
// each entity was first and last seen.
func (s *selector) gatherFacts() {
	u := s.u
	s.facts = map[edgeKey]*edgeAcc{}
	s.mentions = make(map[int32]int)
	s.first, s.last = map[int32]string{}, map[int32]string{}
	acc := func(k edgeKey) *edgeAcc {
		a := s.facts[k]
		if a == nil {
			a = &edgeAcc{}
			s.facts[k] = a
		}
		return a
	}
	for _, l := range u.links {
		switch {
		case l.p == u.tMentions && u.recs[l.s].kind == kindArticle && s.isEntity(l.o):
			if s.articleOK(l.s) {
				s.mentions[l.o]++
				s.seen(l.o, l.s)
			}
		case s.isEntity(l.s) && s.isEntity(l.o) && u.isFactPredicate(l.p):
			k := edgeKey{l.s, l.p, l.o}
			if l.l < 0 {
				if !s.filter {
					acc(k).unlabeled = true
				}
				continue
			}
			a := int32(-1)
			if u.recs[l.l].kind == kindSentence {
				a = s.sentArticle[l.l]
			}
			if s.filter && !s.articleOK(a) {
				continue
			}
			acc(k).labels = append(acc(k).labels, l.l)
			if a >= 0 {
				s.seen(l.s, a)
				s.seen(l.o, a)
			}
		}
	}
}

// candidates decides the nodes kept: those of the allowed articles, then
// restricted to the names asked for, what is around them, the types asked
// for and the least degree; and the facts between them.
func (s *selector) candidates() error {
	u, o := s.u, s.o
	s.cand = map[int32]bool{}
	if s.filter {
		for e := range s.mentions {
			s.cand[e] = true
		}
		for k := range s.facts {
			s.cand[k.s], s.cand[k.o] = true, true
		}
	} else {
		for id := range u.recs {
			if u.recs[id].kind == kindEntity {
				s.cand[int32(id)] = true
			}
		}
	}
	if o.restricts() {
		s.restrict()
	}
	if len(o.Around) > 0 {
		reached, err := u.around(s.cand, s.facts, o.Around, o.Depth)
		if err != nil {
			return err
		}
		s.cand = reached
	}
	if len(o.Types) > 0 {
		want := map[string]bool{}
		for _, t := range o.Types {
			want[strings.ToLower(strings.TrimSpace(t))] = true
		}
		for id := range s.cand {
			if !u.matchesType(id, want) {
				delete(s.cand, id)
			}
		}
	}
	s.edges = s.keptFacts()
	if o.MinDegree > 0 {
		deg := map[int32]int{}
		for _, k := range s.edges {
			deg[k.s]++
			if k.o != k.s {
				deg[k.o]++
			}
		}
		for id := range s.cand {
			if deg[id] < o.MinDegree {
				delete(s.cand, id)
			}
		}
		s.edges = s.keptFacts()
	}
	return nil
}

// restrict keeps the candidates --node and --name ask for.
func (s *selector) restrict() {
	u, o := s.u, s.o
	want := map[int32]bool{}
	for _, iri := range o.Nodes {
		if id, ok := u.ids[iri]; ok {
			want[id] = true
		}
	}
	for id := range s.cand {
		for _, name := range o.Names {
			if u.iris[id] == name || u.named(id, strings.TrimSpace(name)) {
				want[id] = true
			}
		}
	}
	for id := range s.cand {
		if !want[id] {
			delete(s.cand, id)
		}
	}
}

// keptFacts returns the facts between candidates.
func (s *selector) keptFacts() []edgeKey {
	var ks []edgeKey
	for k := range s.facts {
		if s.cand[k.s] && s.cand[k.o] {
			ks = append(ks, k)
		}
	}
	return ks
}

// assemble builds the property graph of the kept nodes and facts, with
// their evidence, and the RDF keep set.
func (s *selector) assemble() *selection {
	u := s.u
	g := &Graph{}
	keep := map[string]bool{}
	for id := range s.cand {
		g.Nodes = append(g.Nodes, u.node(id, s.mentions[id], s.first[id], s.last[id]))
		keep[u.iris[id]] = true
	}
	sentences := map[int32]bool{}
	for _, k := range s.edges {
		g.Edges = append(g.Edges, s.edge(k, sentences))
	}
	articles := map[int32]bool{}
	for sent := range sentences {
		keep[u.iris[sent]] = true
		if a := s.sentArticle[sent]; a >= 0 {
			articles[a] = true
			keep[u.iris[a]] = true
		}
	}
	if s.o.WithArticles {
		s.addArticles(g, keep, sentences, articles)
	}
	g.sortGraph()
	if s.o.WithArticles {
		g.Edges = dedupEdges(g.Edges)
	}
	return &selection{graph: g, keep: keep}
}

// edge makes fact k's edge, weighted by its distinct sentences, with the
// first of them as its evidence; it adds its sentences to sentences.
func (s *selector) edge(k edgeKey, sentences map[int32]bool) Edge {
	u := s.u
	acc := s.facts[k]
	e := Edge{
		Source: u.iris[k.s], Target: u.iris[k.o],
		Predicate: u.iris[k.p], Type: clean(localName(u.iris[k.p])),
		Weight: distinct(acc.labels),
	}
	if e.Weight == 0 && acc.unlabeled {
		e.Weight = 1
	}
	best := int32(-1)
	for _, l := range acc.labels {
		sentences[l] = true
		if u.recs[l].kind == kindSentence && (best < 0 || lessIRI(u.iris[l], u.iris[best])) {
			best = l
		}
	}
	if best >= 0 {
		e.EvidenceID = u.iris[best]
		e.Evidence = clean(u.first(best, u.tText))
	}
	return e
}

// addArticles adds --with-articles' nodes and edges: the articles that
// mention a kept node or hold an evidence sentence, the sentences, and
// their links.
func (s *selector) addArticles(g *Graph, keep map[string]bool, sentences, articles map[int32]bool) {
	u := s.u
	for _, l := range u.links {
		if u.recs[l.s].kind == kindArticle && s.cand[l.o] && s.articleOK(l.s) {
			articles[l.s] = true
		}
	}
	for a := range articles {
		g.Nodes = append(g.Nodes, u.node(a, 0, "", ""))
		keep[u.iris[a]] = true
	}
	for sent := range sentences {
		if u.recs[sent].kind == kindSentence {
			g.Nodes = append(g.Nodes, u.node(sent, 0, "", ""))
		}
	}
	for _, l := range u.links {
		switch {
		case u.recs[l.s].kind == kindArticle && articles[l.s] && s.cand[l.o],
			l.p == u.tPartOf && sentences[l.s] && articles[l.o] && u.recs[l.s].kind == kindSentence:
			g.Edges = append(g.Edges, Edge{
				Source: u.iris[l.s], Target: u.iris[l.o],
				Predicate: u.iris[l.p], Type: clean(localName(u.iris[l.p])), Weight: 1,
			})
		}
	}
}

// around returns the candidate nodes within depth fact hops of the nodes
// named by names, following facts in both directions.
func (u *universe) around(cand map[int32]bool, facts map[edgeKey]*edgeAcc, names []string, depth int) (map[int32]bool, error) {
	reached := map[int32]bool{}
	var frontier []int32
	for _, name := range names {
		name = strings.TrimSpace(name)
		found := false
		for id := range cand {
			if u.iris[id] == name || u.named(id, name) {
				if !reached[id] {
					reached[id] = true
					frontier = append(frontier, id)
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("no node named %q in the selection (names match schema:name or schema:alternateName, case ignored)", name)
		}
	}
	adj := map[int32][]int32{}
	for k := range facts {
		if cand[k.s] && cand[k.o] {
			adj[k.s] = append(adj[k.s], k.o)
			adj[k.o] = append(adj[k.o], k.s)
		}
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []int32
		for _, id := range frontier {
			for _, nb := range adj[id] {
				if !reached[nb] {
					reached[nb] = true
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return reached, nil
}

// named reports whether node id has name as schema:name or alternateName,
// ignoring case.
func (u *universe) named(id int32, name string) bool {
	for _, l := range u.recs[id].lits {
		if (l.pred == u.tName || l.pred == u.tAlt) && strings.EqualFold(clean(l.val), name) {
			return true
		}
	}
	return false
}

// articleIs reports whether article a is the one named by ref: its IRI, its
// schema:identifier or schema:url, or the IRI newsgraph mints from either.
func (u *universe) articleIs(a int32, ref string) bool {
	iri := u.iris[a]
	if iri == ref || iri == string(vocab.ArticleIRI(ref, "", "")) || iri == string(vocab.ArticleIRI("", ref, "")) {
		return true
	}
	for _, l := range u.recs[a].lits {
		if (l.pred == u.tIdent || l.pred == u.tURL) && l.val == ref {
			return true
		}
	}
	return false
}

// inRange compares an ISO date with inclusive bounds, each bound compared
// against the same-length prefix of the date.
func inRange(date, from, to string) bool {
	if date == "" {
		return false
	}
	prefix := func(n int) string { return date[:min(n, len(date))] }
	if from != "" && prefix(len(from)) < from {
		return false
	}
	if to != "" && prefix(len(to)) > to {
		return false
	}
	return true
}

// distinct counts the distinct values in ids (which it sorts).
func distinct(ids []int32) int {
	if len(ids) < 2 {
		return len(ids)
	}
	slices.Sort(ids)
	n := 1
	for i := 1; i < len(ids); i++ {
		if ids[i] != ids[i-1] {
			n++
		}
	}
	return n
}

// lessIRI orders sentence IRIs naturally: shorter first, so .../s2 comes
// before .../s10 in the same article.
func lessIRI(a, b string) bool {
	return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b)) < 0
}

// dedupEdges drops repeated edges (same source, predicate, target) from a
// sorted or unsorted list, keeping the first.
func dedupEdges(es []Edge) []Edge {
	type key struct{ s, p, t string }
	seen := make(map[key]bool, len(es))
	out := es[:0]
	for _, e := range es {
		k := key{e.Source, e.Predicate, e.Target}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
