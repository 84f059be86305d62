package queries

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// One name resolution for every command, the canned queries and the
// explorer: a name (or alternate name, any case) or an entity IRI becomes one
// entity. When a bare name fits several, the one people most likely mean is
// picked (most mentions and facts; the spelling as given, the name rather
// than an alternate name, and the type a query wants still count), and the
// Resolution lists the others.
//
// Names are found through the store's indexes, never by reading every value:
// the spellings as given, lower, upper and title case are looked up as
// values (Cayley's value index), and only when all of them miss does a name
// index, built once per store from its schema:name and schema:alternateName
// quads and kept until the store changes, answer the other cases and give
// the near misses of a name that fits nothing.

// Match is one entity a name fits, with what ranks it.
type Match struct {
	IRI      string   `json:"iri"`
	Name     string   `json:"name"`
	Types    []string `json:"types"`
	Mentions int      `json:"mentions"` // articles that mention it
	Facts    int      `json:"facts"`    // fact quads, both ways
	// Exact: a name or alternate name of it is spelled as given.
	Exact bool `json:"exact"`
	// Primary: the text is its schema:name, not only an alternate name.
	Primary bool `json:"primary"`
	// TypeFits: it has one of the types the caller wants (true when the
	// caller wants none).
	TypeFits bool `json:"type_fits"`
}

// Resolution is how one parameter's value was resolved.
type Resolution struct {
	Param  string  `json:"param,omitempty"`
	Value  string  `json:"value"`
	Picked Match   `json:"picked"`
	Others []Match `json:"others,omitempty"` // the other entities the name fits, best first
	// More counts the others beyond those listed.
	More int `json:"more,omitempty"`
}

// maxOthers caps the other candidates a Resolution lists.
const maxOthers = 20

// Ambiguous reports whether the name fitted more than one entity.
func (r *Resolution) Ambiguous() bool { return len(r.Others) > 0 }

// Note says which entity an ambiguous name was taken for, and lists the
// others (at most show of them) with their IRIs; "" when the name fitted
// one entity.
func (r *Resolution) Note(show int) string {
	if !r.Ambiguous() {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q fits %d entities; picked %s. Give an IRI for another:", r.Value, 1+len(r.Others)+r.More, r.Picked.describe())
	for i, m := range r.Others {
		if i == show {
			fmt.Fprintf(&b, "\n  ... and %d more", len(r.Others)-show+r.More)
			break
		}
		fmt.Fprintf(&b, "\n  %s", m.describe())
	}
	if r.More > 0 && len(r.Others) <= show {
		fmt.Fprintf(&b, "\n  ... and %d more", r.More)
	}
	return b.String()
}

func (m Match) describe() string {
	types := strings.Join(m.Types, ", ")
	if types == "" {
		types = "no type"
	}
	return fmt.Sprintf("%s (%s; %s, %s) %s", m.Name, types, plural(m.Mentions, "mention"), plural(m.Facts, "fact"), m.IRI)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// score weighs how likely people mean m: its mentions and facts, doubled
// when it is spelled as given and doubled again when the text is its name.
func (m Match) score() int {
	s := m.Mentions + m.Facts + 1
	if m.Exact {
		s *= 2
	}
	if m.Primary {
		s *= 2
	}
	return s
}

// rankMatches orders matches best first: those of a wanted type, then by
// score, then spelled as given, then by name rather than alternate name,
// then by IRI.
func rankMatches(ms []Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.TypeFits != b.TypeFits {
			return a.TypeFits
		}
		if a.score() != b.score() {
			return a.score() > b.score()
		}
		if a.Exact != b.Exact {
			return a.Exact
		}
		if a.Primary != b.Primary {
			return a.Primary
		}
		return a.IRI < b.IRI
	})
}

// maxCandidates caps the entities measured for one name.
const maxCandidates = 50

// maxWalk caps the quads read per entity and direction when counting its
// mentions and facts: beyond it the counts are lower bounds, which rank
// an entity that large first all the same.
const maxWalk = 20000

// Resolve resolves value (a name or alternate name, any case, or an entity
// IRI, bare or in <>) to one entity, preferring types (local class names such
// as "Place", any case) when given. A value that names no entity gives a
// *NotFoundError listing names that contain it.
func Resolve(ctx context.Context, qs graph.QuadStore, value string, types ...string) (*Resolution, error) {
	r := newResolver(ctx, qs)
	return r.resolve("", value, types)
}

// resolver resolves names in one store, remembering what it learnt about
// predicates.
type resolver struct {
	ctx   context.Context
	qs    graph.QuadStore
	preds map[any]predKind
}

type predKind int8

const (
	predOther predKind = iota
	predFact
	predMentions
	predType
	predName
	predAltName
)

func newResolver(ctx context.Context, qs graph.QuadStore) *resolver {
	return &resolver{ctx: ctx, qs: qs, preds: map[any]predKind{}}
}

// kind classifies a predicate ref, once per run.
func (r *resolver) kind(p graph.Ref) (predKind, error) {
	if p == nil {
		return predOther, nil
	}
	k := p.Key()
	if v, ok := r.preds[k]; ok {
		return v, nil
	}
	v, err := r.qs.NameOf(p)
	if err != nil {
		return predOther, err
	}
	kind := predOther
	if iri, ok := v.(quad.IRI); ok {
		switch s := string(iri); {
		case s == schemaMentions:
			kind = predMentions
		case s == rdfType:
			kind = predType
		case s == schemaName:
			kind = predName
		case s == schemaAltName:
			kind = predAltName
		case !slices.Contains(notFacts, s):
			kind = predFact
		}
	}
	r.preds[k] = kind
	return kind, nil
}

// entityIRI returns the bare IRI when value is an entity IRI (bare or in <>).
func entityIRI(value string) (string, bool) {
	s := value
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		s = s[1 : len(s)-1]
	}
	if strings.HasPrefix(s, vocab.ID) {
		return s, true
	}
	return "", false
}

func (r *resolver) resolve(param, value string, types []string) (*Resolution, error) {
	value = strings.TrimSpace(value)
	res := &Resolution{Param: param, Value: value}
	if iri, ok := entityIRI(value); ok {
		ref, err := r.qs.ValueOf(quad.IRI(iri))
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", iri, err)
		}
		if ref == nil {
			return nil, &NotFoundError{Param: param, Value: value}
		}
		m, err := r.measure(ref)
		if err != nil {
			return nil, err
		}
		m.IRI, m.Exact, m.Primary, m.TypeFits = iri, true, true, true
		res.Picked = m
		return res, nil
	}
	cands, err := r.candidates(value)
	if err != nil {
		return nil, err
	}
	var ms []Match
	for _, c := range cands {
		m, err := r.measure(c.ref)
		if err != nil {
			return nil, err
		}
		if m.document() {
			continue
		}
		m.Exact, m.Primary = c.exact, c.primary
		m.TypeFits = len(types) == 0 || slices.ContainsFunc(m.Types, func(t string) bool {
			return slices.ContainsFunc(types, func(w string) bool { return strings.EqualFold(w, t) })
		})
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		nf := &NotFoundError{Param: param, Value: value}
		nf.Suggestions, err = r.suggest(value, 5)
		if err != nil {
			return nil, err
		}
		return nil, nf
	}
	rankMatches(ms)
	res.Picked = ms[0]
	res.Others = ms[1:]
	if len(res.Others) > maxOthers {
		res.More = len(res.Others) - maxOthers
		res.Others = res.Others[:maxOthers]
	}
	return res, nil
}

func (m Match) document() bool {
	return slices.ContainsFunc(m.Types, func(t string) bool { return documentClasses[t] })
}

// candidate is an entity bearing a name, before it is measured.
type candidate struct {
	ref            graph.Ref
	exact, primary bool
}

// candidates finds the entities whose name or alternate name is value,
// ignoring case: by value lookups of its usual spellings, else through the
// name index.
func (r *resolver) candidates(value string) ([]candidate, error) {
	var out []candidate
	at := map[any]int{}
	add := func(ref graph.Ref, exact, primary bool) {
		if i, ok := at[ref.Key()]; ok {
			out[i].exact = out[i].exact || exact
			out[i].primary = out[i].primary || primary
			return
		}
		at[ref.Key()] = len(out)
		out = append(out, candidate{ref: ref, exact: exact, primary: primary})
	}
	forms := []string{value}
	for _, f := range []string{strings.ToLower(value), strings.ToUpper(value), titleCase(value)} {
		if !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	for _, f := range forms {
		ref, err := r.qs.ValueOf(quad.String(f))
		if err != nil {
			return nil, fmt.Errorf("look up %q: %w", f, err)
		}
		if ref == nil {
			continue
		}
		it := r.qs.QuadIterator(quad.Object, ref).Iterate()
		for it.Next(r.ctx) {
			q := it.Result()
			p, err := r.qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				it.Close()
				return nil, err
			}
			k, err := r.kind(p)
			if err != nil {
				it.Close()
				return nil, err
			}
			if k != predName && k != predAltName {
				continue
			}
			s, err := r.qs.QuadDirection(q, quad.Subject)
			if err != nil || s == nil {
				continue
			}
			add(s, f == value, k == predName)
		}
		err = it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		idx, err := nameIndexOf(r.ctx, r.qs)
		if err != nil {
			return nil, err
		}
		for _, i := range idx.byLower[strings.ToLower(value)] {
			add(idx.subject(i), idx.text[i] == value, idx.primary[i])
		}
	}
	// The best-named first, so that the cap keeps them.
	sort.SliceStable(out, func(i, j int) bool {
		return cmp.Or(boolOrder(out[i].exact, out[j].exact), boolOrder(out[i].primary, out[j].primary)) < 0
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	return out, r.ctx.Err()
}

func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

// titleCase upper-cases the first letter of each word, as lib.js's titleCase.
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, c := range strings.ToLower(s) {
		if start {
			b.WriteString(strings.ToUpper(string(c)))
		} else {
			b.WriteRune(c)
		}
		start = c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '\''
	}
	return b.String()
}

// measure reads an entity's types, first name, mentions and facts through
// the store's subject and object indexes.
func (r *resolver) measure(ref graph.Ref) (Match, error) {
	var m Match
	var typeRefs, nameRefs []graph.Ref
	seen := map[any]bool{}
	walk := func(dir quad.Direction, fn func(k predKind, q graph.Ref) error) error {
		it := r.qs.QuadIterator(dir, ref).Iterate()
		defer it.Close()
		for n := 0; n < maxWalk && it.Next(r.ctx); n++ {
			q := it.Result()
			p, err := r.qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				return err
			}
			k, err := r.kind(p)
			if err != nil {
				return err
			}
			if err := fn(k, q); err != nil {
				return err
			}
		}
		return it.Err()
	}
	err := walk(quad.Subject, func(k predKind, q graph.Ref) error {
		switch k {
		case predFact:
			m.Facts++
		case predType, predName:
			o, err := r.qs.QuadDirection(q, quad.Object)
			if err != nil || o == nil || seen[o.Key()] {
				return err
			}
			seen[o.Key()] = true
			if k == predType {
				typeRefs = append(typeRefs, o)
			} else {
				nameRefs = append(nameRefs, o)
			}
		}
		return nil
	})
	if err != nil {
		return m, fmt.Errorf("read the quads of an entity: %w", err)
	}
	err = walk(quad.Object, func(k predKind, q graph.Ref) error {
		switch k {
		case predFact:
			m.Facts++
		case predMentions:
			m.Mentions++
		}
		return nil
	})
	if err != nil {
		return m, fmt.Errorf("read the quads of an entity: %w", err)
	}
	vals, err := values(r.ctx, r.qs, append(append([]graph.Ref{ref}, typeRefs...), nameRefs...))
	if err != nil {
		return m, err
	}
	if iri, ok := vals[0].(quad.IRI); ok {
		m.IRI = string(iri)
	} else {
		m.IRI = nodeString(vals[0])
	}
	m.Types = []string{}
	for _, v := range vals[1 : 1+len(typeRefs)] {
		s := strings.TrimSuffix(nodeString(v), ">")
		if l := s[max(strings.LastIndexAny(s, "/#"), 0)+1:]; !slices.Contains(m.Types, l) {
			m.Types = append(m.Types, l)
		}
	}
	sort.Strings(m.Types)
	var names []string
	for _, v := range vals[1+len(typeRefs):] {
		names = append(names, vocab.Lexical(v))
	}
	sort.Strings(names)
	if len(names) > 0 {
		m.Name = names[0]
	} else {
		s := m.IRI
		m.Name = s[max(strings.LastIndexAny(s, "/#"), 0)+1:]
	}
	return m, nil
}

// suggest lists up to n entities with a name containing value (ignoring
// case), whole words first, then the most mentioned.
func (r *resolver) suggest(value string, n int) ([]Match, error) {
	lv := strings.ToLower(strings.TrimSpace(value))
	if lv == "" {
		return nil, nil
	}
	idx, err := nameIndexOf(r.ctx, r.qs)
	if err != nil {
		return nil, err
	}
	type hit struct {
		i    int
		word bool
	}
	var hits []hit
	seen := map[any]bool{}
	for i, l := range idx.lower {
		if i%4096 == 0 {
			if err := r.ctx.Err(); err != nil {
				return nil, err
			}
		}
		at := strings.Index(l, lv)
		if at < 0 {
			continue
		}
		k := idx.subject(i).Key()
		if seen[k] {
			continue
		}
		seen[k] = true
		end := at + len(lv)
		word := (at == 0 || !isWordByte(l[at-1])) && (end == len(l) || !isWordByte(l[end]))
		hits = append(hits, hit{i: i, word: word})
	}
	sort.SliceStable(hits, func(a, b int) bool {
		x, y := hits[a], hits[b]
		if x.word != y.word {
			return x.word
		}
		return len(idx.lower[x.i]) < len(idx.lower[y.i])
	})
	var out []Match
	for _, h := range hits[:min(len(hits), 4*n)] {
		m, err := r.measure(idx.subject(h.i))
		if err != nil {
			return nil, err
		}
		if !m.document() {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions+out[i].Facts > out[j].Mentions+out[j].Facts })
	return out[:min(n, len(out))], nil
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// nameIndex holds every distinct (entity, name) pair of a store, for the
// lookups the value index cannot answer.
type nameIndex struct {
	size    int64
	ids     idSpace
	subj    []uint64
	text    []string // as written
	lower   []string
	primary []bool
	byLower map[string][]int
}

func (x *nameIndex) subject(i int) graph.Ref { return x.ids.ref(x.subj[i]) }

var nameIndexes = newStoreCache[*nameIndex]()

// nameIndexOf returns the name index of qs, building it when the store
// changed since it was built (or never was). Concurrent callers wait for one
// build.
func nameIndexOf(ctx context.Context, qs graph.QuadStore) (*nameIndex, error) {
	return nameIndexes.get(ctx, qs, buildNameIndex)
}

// buildNameIndex reads the name and alternate name quads in one pass over
// the quads (as refs; only the names' values are read).
func buildNameIndex(ctx context.Context, qs graph.QuadStore, size int64) (*nameIndex, error) {
	x := &nameIndex{size: size, ids: newIDSpace(qs), byLower: map[string][]int{}}
	nameRef, err := qs.ValueOf(quad.IRI(schemaName))
	if err != nil {
		return nil, err
	}
	altRef, err := qs.ValueOf(quad.IRI(schemaAltName))
	if err != nil {
		return nil, err
	}
	if nameRef == nil && altRef == nil {
		return x, nil
	}
	nameID, altID := x.ids.id(nameRef), x.ids.id(altRef)
	type pair struct {
		s, o    uint64
		primary bool
	}
	seen := map[pair]bool{}
	var pairs []pair
	err = boltkv.EachQuad(ctx, qs, func(s, p, o, _ graph.Ref) {
		if p == nil || s == nil || o == nil {
			return
		}
		pid, ok := x.ids.lookup(p)
		if !ok || (pid != nameID && pid != altID) {
			return
		}
		k := pair{x.ids.id(s), x.ids.id(o), pid == nameID}
		if !seen[k] {
			seen[k] = true
			pairs = append(pairs, k)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("scan names: %w", err)
	}
	objs := make([]graph.Ref, len(pairs))
	for i, p := range pairs {
		objs[i] = x.ids.ref(p.o)
	}
	vals, err := values(ctx, qs, objs)
	if err != nil {
		return nil, err
	}
	for i, p := range pairs {
		t := vocab.Lexical(vals[i])
		l := strings.ToLower(t)
		x.byLower[l] = append(x.byLower[l], len(x.subj))
		x.subj = append(x.subj, p.s)
		x.text = append(x.text, t)
		x.lower = append(x.lower, l)
		x.primary = append(x.primary, p.primary)
	}
	return x, nil
}

// resolve is lib.js's entity(): the parameter key's value as "<iri>", or,
// when it names no entity, {notfound: true, suggestions: [...]} for the
// query to throw. Each resolution is kept for the Result.
func (n *native) resolve(key, value string, types []string) (any, error) {
	res, err := n.names.resolve(key, value, types)
	var nf *NotFoundError
	if errors.As(err, &nf) {
		list := make([]any, len(nf.Suggestions))
		for i, m := range nf.Suggestions {
			list[i] = map[string]any{"iri": m.IRI, "name": m.Name, "types": m.Types, "mentions": m.Mentions, "facts": m.Facts}
		}
		return map[string]any{"notfound": true, "suggestions": list}, nil
	}
	if err != nil {
		return nil, err
	}
	n.resolved = append(n.resolved, *res)
	return "<" + res.Picked.IRI + ">", nil
}

// suggestionsOf reads back the suggestions a query threw with a notfound
// error.
func suggestionsOf(v any) []Match {
	list, _ := v.([]any)
	var out []Match
	for _, x := range list {
		m, _ := x.(map[string]any)
		if m == nil {
			continue
		}
		var s Match
		s.IRI, _ = m["iri"].(string)
		s.Name, _ = m["name"].(string)
		switch t := m["types"].(type) {
		case []string:
			s.Types = t
		case []any:
			for _, e := range t {
				if str, ok := e.(string); ok {
					s.Types = append(s.Types, str)
				}
			}
		}
		s.Mentions = toInt(m["mentions"])
		s.Facts = toInt(m["facts"])
		out = append(out, s)
	}
	return out
}

func toInt(v any) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	}
	return 0
}

// CompleteNames lists up to limit distinct names and alternate names that
// start with prefix (ignoring case), shortest first, for shell completion.
// It reads the name index (built once per store from its name quads).
func CompleteNames(ctx context.Context, qs graph.QuadStore, prefix string, limit int) ([]string, error) {
	idx, err := nameIndexOf(ctx, qs)
	if err != nil {
		return nil, err
	}
	lp := strings.ToLower(prefix)
	seen := map[string]bool{}
	var out []string
	for i, l := range idx.lower {
		if strings.HasPrefix(l, lp) && !seen[idx.text[i]] && strings.TrimSpace(idx.text[i]) != "" {
			seen[idx.text[i]] = true
			out = append(out, idx.text[i])
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) < len(out[j])
		}
		return out[i] < out[j]
	})
	return out[:min(limit, len(out))], nil
}
