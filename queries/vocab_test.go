package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// TestLibVocabulary checks lib.js's vocabulary against graph/vocab: its
// namespaces are vocab's, and every entry of its P (properties) and C
// (classes) tables is the graph/vocab term of that local name.
func TestLibVocabulary(t *testing.T) {
	js := library() + `
Object.keys(NS).forEach(function (k) { g.emit({table: "NS", key: k, iri: NS[k]}); });
Object.keys(P).forEach(function (k) { g.emit({table: "P", key: k, iri: P[k]}); });
Object.keys(C).forEach(function (k) { g.emit({table: "C", key: k, iri: C[k]}); });`
	res, err := RunRaw(context.Background(), fixture(t), js, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ns := map[string]string{"schema": vocab.Schema, "ng": vocab.NG, "rdf": vocab.RDF, "id": vocab.ID}
	n := 0
	for _, r := range res.Rows {
		table, key, iri := fmt.Sprint(r["table"]), fmt.Sprint(r["key"]), fmt.Sprint(r["iri"])
		n++
		if table == "NS" {
			if ns[key] != iri {
				t.Errorf("lib.js NS.%s = %s, graph/vocab has %q", key, iri, ns[key])
			}
			continue
		}
		want, ok := vocab.Terms[key]
		if !ok {
			t.Errorf("lib.js %s.%s = %s: graph/vocab has no term %q", table, key, iri, key)
			continue
		}
		if strings.Trim(iri, "<>") != string(want) {
			t.Errorf("lib.js %s.%s = %s, graph/vocab has %s", table, key, iri, want)
		}
	}
	if n < 20 {
		t.Fatalf("read %d entries of lib.js's tables, want its NS, P and C", n)
	}
}
