package boltkv

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// testValues are values of every kind, and strings with each character
// quad.String escapes.
var testValues = []quad.Value{
	quad.IRI(""), quad.IRI("http://schema.org/Person"), quad.IRI("urn:x:\"quoted\" \\ <iri>"),
	quad.String(""), quad.String("plain"), quad.String(`a "quoted" \ back\slash`),
	quad.String("new\nline\r\n\ttab, trailing \\"), quad.String("\"\\\n\r\t"), quad.String("naïve café 東京"),
	quad.BNode("b1"), quad.Int(42), quad.Float(1.5), quad.Bool(true),
	quad.Time(time.Date(2026, 12, 4, 21, 0, 0, 0, time.UTC)),
	quad.TypedString{Value: "2026-12-04", Type: "http://www.w3.org/2001/XMLSchema#date"},
	quad.LangString{Value: "Grüße\n", Lang: "de"},
}

// sameEntry compares the log entry appendNodePrimitive writes for v with
// the one nodePrimitive writes from pquads.MarshalValue (an error for both,
// or the same bytes).
func sameEntry(t *testing.T, v quad.Value) {
	t.Helper()
	for _, ts := range []int64{0, 1733346000123456789} {
		got, err := appendNodePrimitive([]byte("prefix"), 300, ts, v)
		val, werr := pquads.MarshalValue(v)
		if (err != nil) != (werr != nil) {
			t.Errorf("%#v: error %v, MarshalValue's %v", v, err, werr)
			continue
		}
		if err != nil {
			continue
		}
		var a arena
		if want := append([]byte("prefix"), a.nodePrimitive(300, ts, val)...); !bytes.Equal(got, want) {
			t.Errorf("%#v: entry %x, want %x", v, got, want)
		}
	}
}

// TestNodePrimitive compares the log entries of values encoded without
// MarshalValue with those encoded through it.
func TestNodePrimitive(t *testing.T) {
	for _, v := range append(testValues, quad.String("bad \xff utf-8"), quad.IRI("bad\xc3")) {
		sameEntry(t, v)
	}
}

// TestHasherSameAsHashOf compares the hasher with refs.HashOf, which
// Cayley looks values up by, on values of every kind and on strings with
// each character quad.String escapes.
func TestHasherSameAsHashOf(t *testing.T) {
	var h hasher
	for _, v := range append(testValues, nil) {
		if got, want := h.hash(v), refs.HashOf(v); got != want {
			t.Errorf("%#v: hash %x, HashOf %x", v, got, want)
		}
	}
}

// FuzzHasher compares the hasher with refs.HashOf, and the log entries
// encoded without MarshalValue with those through it, on any IRI and
// string.
func FuzzHasher(f *testing.F) {
	f.Add("plain")
	f.Add("a \"b\" \\ c\n\r\t")
	f.Fuzz(func(t *testing.T, s string) {
		var h hasher
		for _, v := range []quad.Value{quad.String(s), quad.IRI(s)} {
			if got, want := h.hash(v), refs.HashOf(v); got != want {
				t.Errorf("%#v: hash %x, HashOf %x", v, got, want)
			}
			sameEntry(t, v)
		}
	})
}

// TestAsyncWriterCloseAtOnce closes writers right after a small write,
// often before their goroutine has started: Close must return, with every
// byte written (a hang fails on the test timeout).
func TestAsyncWriterCloseAtOnce(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i := 0; i < 2000; i++ {
		w := newAsyncWriter(f, 64)
		w.Write([]byte("0123456789"))
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if fi, err := f.Stat(); err != nil || fi.Size() != 20000 {
		t.Errorf("file: %v, %v; want 20000 bytes", fi.Size(), err)
	}
}
