package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Suggestion is an entity a partly typed name may mean.
type Suggestion struct {
	Name     string   `json:"name"`
	Types    []string `json:"types"`
	IRI      string   `json:"iri"`
	Mentions int      `json:"mentions"` // articles that name it
	Facts    int      `json:"facts"`    // fact quads, both ways
}

// Suggest lists up to limit entities (not sentences or articles) with a name
// or alternate name containing text, ignoring case, for search as you type:
// names in which the text starts a word come first ("brow" finds "Gordon
// Brown" before "Abrowski"), then the entities most articles mention, then
// those with most facts, then shorter names. It answers from the store's
// digest (see Warm), so after the first call it reads nothing from the store
// but the few IRIs it returns.
func Suggest(ctx context.Context, qs graph.QuadStore, text string, limit int) ([]Suggestion, error) {
	lq := strings.ToLower(strings.TrimSpace(text))
	if lq == "" || limit <= 0 {
		return []Suggestion{}, nil
	}
	d, err := digestOf(ctx, qs)
	if err != nil {
		return nil, err
	}
	type hit struct {
		e         uint32
		wordStart bool
		label     string
	}
	best := map[uint32]int{} // entity -> index in hits
	var hits []hit
	blob := &d.names
	err = blob.eachMatch(ctx, lq, func(i, at int) bool {
		start, end := int(blob.lowerStart[i]), int(blob.lowerStart[i+1])
		ws := at == start
		if !ws {
			r, _ := utf8.DecodeLastRuneInString(blob.lower[start:at])
			ws = !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		if !ws && strings.Contains(blob.lower[at+1:end], lq) {
			return false // a later match in the same name may start a word
		}
		ei := blob.ent[i]
		if d.ents[ei].document {
			return true
		}
		if k, ok := best[ei]; ok {
			hits[k].wordStart = hits[k].wordStart || ws
			return true
		}
		best[ei] = len(hits)
		label := blob.textOf(i)
		if n := d.ents[ei].name; n >= 0 {
			label = blob.textOf(int(n))
		}
		hits = append(hits, hit{e: ei, wordStart: ws, label: label})
		return true
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		ea, eb := &d.ents[a.e], &d.ents[b.e]
		switch {
		case a.wordStart != b.wordStart:
			return a.wordStart
		case ea.mentions != eb.mentions:
			return ea.mentions > eb.mentions
		case ea.degree != eb.degree:
			return ea.degree > eb.degree
		case len(a.label) != len(b.label):
			return len(a.label) < len(b.label)
		}
		return a.label < b.label
	})
	hits = hits[:min(limit, len(hits))]
	refs := make([]graph.Ref, len(hits))
	for i, h := range hits {
		refs[i] = d.ids.ref(d.ents[h.e].id)
	}
	vals, err := values(ctx, qs, refs)
	if err != nil {
		return nil, fmt.Errorf("suggest: %w", err)
	}
	out := make([]Suggestion, 0, len(hits))
	for i, h := range hits {
		iri, ok := vals[i].(quad.IRI)
		if !ok {
			continue
		}
		e := &d.ents[h.e]
		out = append(out, Suggestion{Name: h.label, Types: d.typesOf(refs[i]), IRI: string(iri),
			Mentions: int(e.mentions), Facts: int(e.degree)})
	}
	return out, nil
}
