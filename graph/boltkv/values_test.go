package boltkv

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// TestValueTable adds values of every kind, an IRI and a string of the same
// text, empty and long texts, past several growths of the table: each
// distinct value gets one index, given again when it comes back, and reads
// back, hashes and encodes as itself.
func TestValueTable(t *testing.T) {
	tab := newValueTable()
	var vals []quad.Value
	for i := 0; i < 20000; i++ {
		vals = append(vals, quad.IRI(fmt.Sprintf("urn:v:%d", i)), quad.String(fmt.Sprintf("urn:v:%d", i)))
	}
	vals = append(vals, quad.IRI(""), quad.String(""), quad.String(strings.Repeat("long ", textChunk/4)),
		quad.String("after the long one"), quad.Int(5), quad.TypedString{Value: "5", Type: "xsd:integer"})
	vals = append(vals, testValues...)
	index := map[quad.Value]int32{}
	for _, v := range vals {
		if _, ok := index[v]; ok {
			continue
		}
		i := tab.index(v)
		if i != int32(len(index)) {
			t.Fatalf("%#v: index %d, want %d (the next)", v, i, len(index))
		}
		index[v] = i
	}
	if tab.len() != len(index) {
		t.Errorf("len %d, want %d", tab.len(), len(index))
	}
	var h hasher
	for v, want := range index {
		if got := tab.index(v); got != want {
			t.Errorf("%#v again: index %d, want %d", v, got, want)
		}
		if got := tab.value(want); got != v {
			t.Errorf("value(%d) = %#v, want %#v", want, got, v)
		}
		if got, want := tab.hash(&h, want), refs.HashOf(v); got != want {
			t.Errorf("%#v: hash %x, want %x", v, got, want)
		}
		got, err := tab.appendPrimitive(nil, 7, 99, want)
		wantEntry, werr := appendNodePrimitive(nil, 7, 99, v)
		if err != nil || werr != nil || string(got) != string(wantEntry) {
			t.Errorf("%#v: entry %x (%v), want %x (%v)", v, got, err, wantEntry, werr)
		}
	}
}
