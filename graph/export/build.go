// Package export turns the newsgraph quad graph into files that drawing and
// analysis tools open: a property-graph view (GraphML, GEXF, DOT, Cytoscape.js
// JSON, Neo4j CSV, Graphviz pictures) and the RDF itself (N-Quads, JSON-LD).
//
// The property-graph view is read from the quads in one pass into compact
// tables (every IRI interned once, every link a small integer record), then a
// selection (neighbourhood, types, article, dates, degree) cuts the part to
// write. Literals become attributes, never nodes.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/eventlabel"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Source opens a fresh reader over the quads to export. Export calls it once
// to build the graph and, for RDF formats with a selection, once more to copy
// the selected quads.
type Source func(ctx context.Context) (quad.ReadCloser, error)

// QuadsSource is a Source over quads held in memory.
func QuadsSource(quads []quad.Quad) Source {
	return func(context.Context) (quad.ReadCloser, error) {
		return &sliceReader{quads: quads}, nil
	}
}

type sliceReader struct {
	quads []quad.Quad
	i     int
}

func (r *sliceReader) ReadQuad() (quad.Quad, error) {
	if r.i >= len(r.quads) {
		return quad.Quad{}, io.EOF
	}
	r.i++
	return r.quads[r.i-1], nil
}

func (r *sliceReader) Close() error { return nil }

// nodeKind sorts the nodes of the quad graph.
type nodeKind uint8

const (
	kindOther nodeKind = iota
	kindEntity
	kindArticle
	kindSentence
)

// lit is one literal property of a node.
type lit struct {
	pred int32
	val  string
}

// link is one quad whose object is a node: subject, predicate, object and
// label (-1 when the quad has none).
type link struct {
	s, p, o, l int32
}

// rec is what the builder keeps per interned IRI.
type rec struct {
	types  []int32
	lits   []lit
	kind   nodeKind
	inLink bool // subject or object of a link
}

// universe is the whole quad graph in compact form.
type universe struct {
	ids   map[string]int32
	iris  []string
	recs  []rec
	links []link

	// Frequently used term ids.
	tName, tAlt, tJob, tText, tHeadline, tDate, tIdent, tURL, tMentions, tPartOf int32
	tArticle, tSentence, tLocation, tStartDate, tEvent                           int32
	tAttendee, tOrganizer, tPerson, tOrganization                                int32

	// locations, participants and sentences of unnamed events, for their
	// labels.
	locations    map[int32][]int32
	participants map[int32][]int32
	sentences    map[int32][]int32
}

func (u *universe) intern(s string) int32 {
	if id, ok := u.ids[s]; ok {
		return id
	}
	id := int32(len(u.iris))
	u.ids[s] = id
	u.iris = append(u.iris, s)
	u.recs = append(u.recs, rec{})
	return id
}

func newUniverse() *universe {
	u := &universe{ids: make(map[string]int32, 1<<12)}
	u.tName = u.intern(string(vocab.Name))
	u.tAlt = u.intern(string(vocab.AlternateName))
	u.tJob = u.intern(string(vocab.JobTitle))
	u.tText = u.intern(string(vocab.Text))
	u.tHeadline = u.intern(string(vocab.Headline))
	u.tDate = u.intern(string(vocab.DatePublished))
	u.tIdent = u.intern(string(vocab.Identifier))
	u.tURL = u.intern(string(vocab.URL))
	u.tMentions = u.intern(string(vocab.Mentions))
	u.tPartOf = u.intern(string(vocab.IsPartOf))
	u.tArticle = u.intern(string(vocab.NewsArticle))
	u.tSentence = u.intern(string(vocab.Sentence))
	u.tLocation = u.intern(string(vocab.Location))
	u.tStartDate = u.intern(string(vocab.StartDate))
	u.tEvent = u.intern(string(vocab.Event))
	u.tAttendee = u.intern(string(vocab.Attendee))
	u.tOrganizer = u.intern(string(vocab.Organizer))
	u.tPerson = u.intern(string(vocab.Person))
	u.tOrganization = u.intern(string(vocab.Organization))
	return u
}

// nodeKey returns the interned key of a node value, or false for literals.
func nodeKey(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return v.String(), true
	}
	return "", false
}

// build reads every quad of src once into a universe.
func build(ctx context.Context, src Source) (*universe, error) {
	r, err := src(ctx)
	if err != nil {
		return nil, fmt.Errorf("open quads: %w", err)
	}
	defer r.Close()
	u := newUniverse()
	typ := string(vocab.Type)
	for n := 0; ; n++ {
		if n&0xfff == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read quad %d: %w", n+1, err)
		}
		sk, ok := nodeKey(q.Subject)
		if !ok {
			continue
		}
		pk, ok := nodeKey(q.Predicate)
		if !ok {
			continue
		}
		if q.Object == nil {
			continue
		}
		s := u.intern(sk)
		objKey, isNode := nodeKey(q.Object)
		if pk == typ && isNode {
			u.recs[s].types = append(u.recs[s].types, u.intern(objKey))
			continue
		}
		p := u.intern(pk)
		if !isNode {
			u.recs[s].lits = append(u.recs[s].lits, lit{pred: p, val: vocab.Lexical(q.Object)})
			continue
		}
		o := u.intern(objKey)
		l := int32(-1)
		if lk, ok := nodeKey(q.Label); ok {
			l = u.intern(lk)
		}
		u.links = append(u.links, link{s: s, p: p, o: o, l: l})
	}
	u.classify()
	return u, nil
}

// classify decides which interned IRIs are entities, articles and sentences.
func (u *universe) classify() {
	for i := range u.recs {
		r := &u.recs[i]
		for _, t := range r.types {
			switch t {
			case u.tArticle:
				r.kind = kindArticle
			case u.tSentence:
				if r.kind != kindArticle {
					r.kind = kindSentence
				}
			}
		}
	}
	isFactEnd := func(id int32) bool {
		k := u.recs[id].kind
		return k != kindArticle && k != kindSentence
	}
	for _, l := range u.links {
		if l.p == u.tPartOf && u.recs[l.s].kind == kindOther && u.recs[l.o].kind == kindArticle {
			// A sentence the loader did not type.
			u.recs[l.s].kind = kindSentence
		}
	}
	for _, l := range u.links {
		if l.p == u.tPartOf && u.recs[l.s].kind == kindSentence {
			continue
		}
		if isFactEnd(l.s) {
			u.recs[l.s].inLink = true
		}
		if isFactEnd(l.o) {
			u.recs[l.o].inLink = true
		}
	}
	for i := range u.recs {
		r := &u.recs[i]
		if r.kind == kindOther && (len(r.types) > 0 || r.inLink) {
			r.kind = kindEntity
		}
	}
	u.locations = map[int32][]int32{}
	u.participants = map[int32][]int32{}
	u.sentences = map[int32][]int32{}
	for _, l := range u.links {
		if !slices.Contains(u.recs[l.s].types, u.tEvent) || u.first(l.s, u.tName) != "" {
			continue
		}
		var to map[int32][]int32
		switch l.p {
		case u.tLocation:
			to = u.locations
		case u.tAttendee, u.tOrganizer:
			to = u.participants
		default:
			continue
		}
		if !slices.Contains(to[l.s], l.o) {
			to[l.s] = append(to[l.s], l.o)
		}
		if l.l >= 0 && !slices.Contains(u.sentences[l.s], l.l) {
			u.sentences[l.s] = append(u.sentences[l.s], l.l)
		}
	}
}

// eventLabel describes an unnamed event by its facts, as the canned
// queries and the explorer do (graph/eventlabel): "talks: Ryabkov, Sherman
// — Geneva, 2022-01".
func (u *universe) eventLabel(id int32) string {
	var f eventlabel.Facts
	for _, p := range u.locations[id] {
		if n := clean(u.first(p, u.tName)); n != "" {
			f.Places = append(f.Places, n)
		}
	}
	for _, p := range u.participants[id] {
		n := clean(u.first(p, u.tName))
		if n == "" {
			continue
		}
		if slices.Contains(u.recs[p].types, u.tPerson) {
			f.People = append(f.People, n)
		} else {
			f.Others = append(f.Others, n)
			if slices.Contains(u.recs[p].types, u.tOrganization) {
				f.Bodies = append(f.Bodies, n)
			}
		}
	}
	var texts []string
	for _, sid := range u.sentences[id] {
		if t := u.first(sid, u.tText); t != "" {
			texts = append(texts, t)
		}
	}
	slices.Sort(texts)
	if len(texts) > 0 {
		f.Sentence = texts[0]
	}
	for _, l := range []*[]string{&f.Places, &f.People, &f.Others, &f.Bodies} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
	f.Date = clean(u.first(id, u.tStartDate))
	return f.Label()
}

// first returns the first literal of node id for predicate p.
func (u *universe) first(id, p int32) string {
	for _, l := range u.recs[id].lits {
		if l.pred == p {
			return l.val
		}
	}
	return ""
}

// clean makes a literal safe for every property-graph format: control
// characters (which XML 1.0 cannot carry) become spaces, invalid UTF-8 becomes
// U+FFFD, and runs of white space collapse.
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c == 0x7f {
				ok = false
				break
			}
		}
	}
	if ok && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\uFFFE' || r == '\uFFFF' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// localName is the part of an IRI after its last '/' or '#'.
func localName(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
