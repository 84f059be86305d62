// Package quadtest holds helpers shared by the graph packages' tests.
package quadtest

import (
	"context"
	"sort"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Stored reads every quad of qs through Cayley and returns them as sorted
// N-Quads lines.
func Stored(t testing.TB, qs graph.QuadStore) []string {
	t.Helper()
	out := InLogOrder(t, qs)
	sort.Strings(out)
	return out
}

// Lines returns quads as sorted N-Quads lines, to compare with Stored.
func Lines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

// InLogOrder returns the quads of qs as N-Quads lines in the order Cayley
// lists them (the order of its log, which export follows).
func InLogOrder(t testing.TB, qs graph.QuadStore) []string {
	t.Helper()
	all := Quads(t, qs)
	out := make([]string, len(all))
	for i, q := range all {
		out[i] = q.NQuad()
	}
	return out
}

// Quads returns the quads of qs in the order Cayley lists them.
func Quads(t testing.TB, qs graph.QuadStore) []quad.Quad {
	t.Helper()
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
