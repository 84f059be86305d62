package quadtext

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// reference writes qs as newsgraph extract wrote them before this package:
// cayleygraph/quad's N-Quads writer, and encoding/json over quad.ToString.
func reference(t testing.TB, qs []quad.Quad, jsonl bool) []byte {
	var buf bytes.Buffer
	if !jsonl {
		w := nquads.NewWriter(&buf)
		if _, err := w.WriteQuads(qs); err != nil {
			t.Fatal(err)
		}
		w.Close()
		return buf.Bytes()
	}
	bw := bufio.NewWriter(&buf)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		j := struct {
			Subject   string `json:"subject"`
			Predicate string `json:"predicate"`
			Object    string `json:"object"`
			Label     string `json:"label,omitempty"`
		}{quad.ToString(q.Subject), quad.ToString(q.Predicate), quad.ToString(q.Object), ""}
		if q.Label != nil {
			j.Label = quad.ToString(q.Label)
		}
		if err := enc.Encode(j); err != nil {
			t.Fatal(err)
		}
	}
	bw.Flush()
	return buf.Bytes()
}

func ours(t testing.TB, qs []quad.Quad, jsonl bool) []byte {
	var buf bytes.Buffer
	w := NewNQuads(&buf)
	if jsonl {
		w = NewJSONL(&buf)
	}
	if err := w.WriteQuads(qs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSameBytesAsReference(t *testing.T) {
	s, p := quad.IRI("http://newsgraph.org/id/person/wendy-sherman"), quad.IRI("http://schema.org/name")
	l := quad.IRI("http://newsgraph.org/id/article/u1/s0")
	var qs []quad.Quad
	for _, o := range []quad.Value{
		quad.String("Wendy Sherman"),
		quad.String("quote \" backslash \\ newline \n return \r tab \t bell \a nul \x00 del \x7f"),
		quad.String("<b>&amp;</b> é ü 中文 \u2028 \u2029 \ufffd"),
		quad.String("bad utf-8 \xff\xfe end \xe2\x82"),
		quad.String(""),
		quad.TypedString{Value: "2022-01-10", Type: "http://www.w3.org/2001/XMLSchema#date"},
		quad.TypedString{Value: "a \"b\"\n", Type: "http://example.org/t"},
		quad.LangString{Value: "Genève\t", Lang: "fr"},
		quad.IRI("http://example.org/a<b>\"c\"\x01"),
		quad.BNode("b1"),
		quad.Int(42),
		quad.Bool(true),
		quad.Time(time.Date(2022, 1, 10, 17, 22, 0, 0, time.UTC)),
	} {
		for _, label := range []quad.Value{nil, l, quad.String(""), quad.String("label \"x\"")} {
			qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
		}
	}
	for _, jsonl := range []bool{false, true} {
		want, got := reference(t, qs, jsonl), ours(t, qs, jsonl)
		if !bytes.Equal(got, want) {
			gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
			for i := range min(len(gl), len(wl)) {
				if !bytes.Equal(gl[i], wl[i]) {
					t.Errorf("jsonl=%v line %d:\n got %q\nwant %q", jsonl, i+1, gl[i], wl[i])
				}
			}
			if len(gl) != len(wl) {
				t.Errorf("jsonl=%v: %d lines, want %d", jsonl, len(gl), len(wl))
			}
		}
	}
}

func TestInvalidQuad(t *testing.T) {
	var buf bytes.Buffer
	w := NewNQuads(&buf)
	ok := quad.MakeIRI("a", "b", "c", "")
	if err := w.WriteQuads([]quad.Quad{ok, {Subject: quad.IRI("a"), Predicate: quad.IRI("b")}}); err != quad.ErrInvalid {
		t.Fatalf("err = %v, want quad.ErrInvalid", err)
	}
	w.Close()
	if got := buf.String(); got != "<a> <b> <c> .\n" {
		t.Errorf("written before the invalid quad: %q", got)
	}
}

// FuzzSameBytesAsReference writes arbitrary literals both ways.
func FuzzSameBytesAsReference(f *testing.F) {
	f.Add("Wendy \"Sherman\"\n", "http://schema.org/x", "fr")
	f.Add("\xff\u2028\x00", "t", "")
	f.Fuzz(func(t *testing.T, text, iri, lang string) {
		s := quad.IRI("http://example.org/s")
		qs := []quad.Quad{
			{Subject: s, Predicate: quad.IRI(iri + "p"), Object: quad.String(text), Label: quad.IRI(iri + "l")},
			{Subject: s, Predicate: s, Object: quad.TypedString{Value: quad.String(text), Type: quad.IRI(iri)}},
			{Subject: s, Predicate: s, Object: quad.LangString{Value: quad.String(text), Lang: lang}, Label: quad.String(text)},
		}
		for _, jsonl := range []bool{false, true} {
			if want, got := reference(t, qs, jsonl), ours(t, qs, jsonl); !bytes.Equal(got, want) {
				t.Fatalf("jsonl=%v:\n got %q\nwant %q", jsonl, got, want)
			}
		}
	})
}
