package audit

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/eventlabel"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// NodeColumns are the columns of a node sample (WriteNodes).
var NodeColumns = []string{"verdict", "type", "name", "articles", "sentence", "headline", "iri"}

// NodeRow is one sampled entity node with the evidence of its first
// mention: a person judges whether it is one real entity of its type with a
// right name span.
type NodeRow struct {
	Verdict  string
	Type     string // the node's types' local names, comma-separated
	Name     string
	Articles int // articles mentioning the node
	Sentence string
	Headline string
	IRI      string
}

// typeGroups are the classes a --type of SampleNodes stands for, as in the
// query top.
var typeGroups = map[string][]quad.IRI{
	"person":       {vocab.Person},
	"organization": {vocab.Organization, vocab.GovernmentOrg},
	"place":        {vocab.Place, vocab.Country, vocab.City, vocab.AdminArea, vocab.Continent},
	"event":        {vocab.Event},
}

// NodeTypes are the values SampleNodes takes for typ.
func NodeTypes() []string {
	out := make([]string, 0, len(typeGroups))
	for t := range typeGroups {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// SampleNodes draws n entity nodes of a type (person, organization, place
// or event) at random from a store: the nodes are sorted by IRI and shuffled with seed,
// so the same store and seed give the same sample.
func SampleNodes(ctx context.Context, qs graph.QuadStore, typ string, n int, seed uint64) ([]NodeRow, error) {
	classes, ok := typeGroups[strings.ToLower(typ)]
	if !ok {
		return nil, fmt.Errorf("unknown node type %q (want one of %s)", typ, strings.Join(NodeTypes(), ", "))
	}
	r := reader{ctx: ctx, qs: qs}
	seen := map[string]bool{}
	var iris []string
	for _, c := range classes {
		typed, err := r.quads(quad.Object, c)
		if err != nil {
			return nil, err
		}
		for _, q := range typed {
			s, ok := q.Subject.(quad.IRI)
			if q.Predicate != vocab.Type || !ok || seen[string(s)] {
				continue
			}
			seen[string(s)] = true
			iris = append(iris, string(s))
		}
	}
	sort.Strings(iris)
	rng := rand.New(rand.NewPCG(seed, 0x6e6f6465))
	rng.Shuffle(len(iris), func(i, j int) { iris[i], iris[j] = iris[j], iris[i] })
	if n > 0 && len(iris) > n {
		iris = iris[:n]
	}
	rows := make([]NodeRow, 0, len(iris))
	for _, iri := range iris {
		row, err := r.nodeRow(quad.IRI(iri))
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// nodeRow reads a node's name, types, mentions and its first mention's
// sentence and headline.
func (r reader) nodeRow(node quad.IRI) (NodeRow, error) {
	row := NodeRow{IRI: string(node)}
	var err error
	if row.Name, err = r.name(node); err != nil {
		return row, err
	}
	types, err := r.objects(node, vocab.Type)
	if err != nil {
		return row, err
	}
	seenType := map[quad.IRI]bool{}
	for _, t := range types {
		if seenType[iriOf(t)] {
			continue
		}
		seenType[iriOf(t)] = true
		if row.Type != "" {
			row.Type += ","
		}
		row.Type += vocab.Local(iriOf(t))
	}
	in, err := r.quads(quad.Object, node)
	if err != nil {
		return row, err
	}
	var arts []string
	for _, q := range in {
		if a, ok := q.Subject.(quad.IRI); ok && q.Predicate == vocab.Mentions {
			arts = append(arts, string(a))
		}
	}
	sort.Strings(arts)
	row.Articles = len(arts)
	for _, a := range arts {
		if row.Headline == "" {
			if row.Headline, err = r.first(quad.IRI(a), vocab.Headline); err != nil {
				return row, err
			}
		}
		if row.Sentence, err = r.sentenceWith(quad.IRI(a), row.Name); err != nil || row.Sentence != "" {
			if row.Headline, err = r.first(quad.IRI(a), vocab.Headline); err != nil {
				return row, err
			}
			return row, err
		}
	}
	if row.Sentence == "" {
		// An unnamed event is shown by the label the queries give it
		// (graph/eventlabel), which no sentence holds: show the sentence
		// of its first fact instead.
		if row.Name == string(node) && seenType[vocab.Event] {
			f, err := eventlabel.Of(r.ctx, r.qs, node)
			if err != nil {
				return row, err
			}
			row.Name = f.Label()
		}
		return row, r.firstFactSentence(node, &row)
	}
	return row, nil
}

// firstFactSentence fills row's sentence and headline from the evidence of
// the node's facts: the first of their sentences (by IRI) that has a text.
func (r reader) firstFactSentence(node quad.IRI, row *NodeRow) error {
	out, err := r.quads(quad.Subject, node)
	if err != nil {
		return err
	}
	var labels []string
	for _, q := range out {
		if s, ok := q.Label.(quad.IRI); ok {
			labels = append(labels, string(s))
		}
	}
	sort.Strings(labels)
	for _, l := range labels {
		text, err := r.first(quad.IRI(l), vocab.Text)
		if err != nil || text == "" {
			if err != nil {
				return err
			}
			continue
		}
		row.Sentence = text
		art, err := r.object(quad.IRI(l), vocab.IsPartOf)
		if err != nil || art == nil {
			return err
		}
		row.Headline, err = r.first(art, vocab.Headline)
		return err
	}
	return nil
}

// sentenceWith returns the first sentence (by offset) of an article whose
// text holds name, "" when none does.
func (r reader) sentenceWith(art quad.IRI, name string) (string, error) {
	parts, err := r.quads(quad.Object, art)
	if err != nil {
		return "", err
	}
	best, bestOff := "", -1
	for _, q := range parts {
		if q.Predicate != vocab.IsPartOf {
			continue
		}
		text, err := r.first(q.Subject, vocab.Text)
		if err != nil {
			return "", err
		}
		if !strings.Contains(text, name) {
			continue
		}
		off, err := r.object(q.Subject, vocab.StartOffset)
		if err != nil {
			return "", err
		}
		if o, _ := intOf(off); bestOff < 0 || o < bestOff {
			best, bestOff = text, o
		}
	}
	return best, nil
}

func iriOf(v quad.Value) quad.IRI {
	if iri, ok := v.(quad.IRI); ok {
		return iri
	}
	return quad.IRI(quad.StringOf(v))
}

// WriteNodes writes a node sample: comment lines with the header lines
// given, the column line (NodeColumns), then a row per node, tab-separated.
func WriteNodes(w io.Writer, header []string, rows []NodeRow) error {
	table := make([][]string, len(rows))
	for i, r := range rows {
		table[i] = []string{r.Verdict, r.Type, r.Name, strconv.Itoa(r.Articles), r.Sentence, r.Headline, r.IRI}
	}
	return writeTable(w, header, NodeColumns, table)
}
