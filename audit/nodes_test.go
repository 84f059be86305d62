package audit

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// TestSampleNodes draws nodes of one type group from a small store: only
// nodes of that group, each once, with their mentions and first sentence;
// the same seed gives the same draw, another seed another order.
func TestSampleNodes(t *testing.T) {
	var qs []quad.Quad
	art := quad.IRI("urn:a1")
	qs = append(qs, quad.Make(art, vocab.Headline, quad.String("Headline one"), nil))
	for i, e := range []struct {
		name  string
		types []quad.IRI
	}{
		{"Ann Lee", []quad.IRI{vocab.Person}},
		{"Bob Ray", []quad.IRI{vocab.Person}},
		{"Cal Dunn", []quad.IRI{vocab.Person}},
		{"Dee Fox", []quad.IRI{vocab.Person}},
		{"Acme Corp", []quad.IRI{vocab.Organization}},
		{"Paris", []quad.IRI{vocab.City, vocab.Place}},
		{"France", []quad.IRI{vocab.Country}},
	} {
		node := quad.IRI("urn:e" + strings.ReplaceAll(e.name, " ", ""))
		sent := quad.IRI("urn:s" + string(rune('a'+i)))
		qs = append(qs, quad.Make(node, vocab.Name, quad.String(e.name), nil),
			quad.Make(sent, vocab.Text, quad.String(e.name+" spoke."), nil),
			quad.Make(sent, vocab.IsPartOf, art, nil),
			quad.Make(sent, vocab.StartOffset, quad.Int(10*i), nil),
			quad.Make(art, vocab.Mentions, node, nil))
		for _, ty := range e.types {
			// types are labelled with each article that gave them: the row
			// names each once
			qs = append(qs, quad.Make(node, vocab.Type, ty, art), quad.Make(node, vocab.Type, ty, quad.IRI("urn:a2")))
		}
	}
	st := memstore.New(qs...)
	ctx := context.Background()
	places, err := SampleNodes(ctx, st, "place", 10, 73)
	if err != nil {
		t.Fatal(err)
	}
	if len(places) != 2 {
		t.Fatalf("%d places, want Paris and France once each: %+v", len(places), places)
	}
	for _, r := range places {
		if r.Articles != 1 || r.Sentence != r.Name+" spoke." || r.Headline != "Headline one" {
			t.Errorf("row without its evidence: %+v", r)
		}
		if r.Name == "Paris" && r.Type != "City,Place" {
			t.Errorf("Paris types %q, want City,Place", r.Type)
		}
	}
	people, _ := SampleNodes(ctx, st, "Person", 3, 73)
	if len(people) != 3 {
		t.Fatalf("%d people, want 3", len(people))
	}
	again, _ := SampleNodes(ctx, st, "person", 3, 73)
	if !reflect.DeepEqual(people, again) {
		t.Error("the same seed gave another sample")
	}
	all1, _ := SampleNodes(ctx, st, "person", 0, 73)
	all2, _ := SampleNodes(ctx, st, "person", 0, 74)
	if len(all1) != 4 || reflect.DeepEqual(all1, all2) {
		t.Errorf("seeds 73 and 74 drew the same order of %d people", len(all1))
	}
	if _, err := SampleNodes(ctx, st, "thing", 3, 1); err == nil {
		t.Error("type thing: want an error")
	}
	var b bytes.Buffer
	if err := WriteNodes(&b, []string{"head"}, places); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 || lines[1] != strings.Join(NodeColumns, "\t") || len(strings.Split(lines[2], "\t")) != len(NodeColumns) {
		t.Errorf("WriteNodes wrote:\n%s", b.String())
	}
}

// TestSampleEvents draws an unnamed event: its row shows the label the
// queries give it and the sentence of its first fact, since no sentence
// holds the label.
func TestSampleEvents(t *testing.T) {
	art, sent := quad.IRI("urn:a1"), quad.IRI("urn:a1/s1")
	ev, ann, bob := quad.IRI("urn:a1/e1"), quad.IRI("urn:ann"), quad.IRI("urn:bob")
	st := memstore.New(
		quad.Make(art, vocab.Headline, quad.String("Lee and Ray meet"), nil),
		quad.Make(sent, vocab.Text, quad.String("Ann Lee held talks with Bob Ray."), nil),
		quad.Make(sent, vocab.IsPartOf, art, nil),
		quad.Make(ann, vocab.Name, quad.String("Ann Lee"), nil),
		quad.Make(ann, vocab.Type, vocab.Person, art),
		quad.Make(bob, vocab.Name, quad.String("Bob Ray"), nil),
		quad.Make(bob, vocab.Type, vocab.Person, art),
		quad.Make(ev, vocab.Type, vocab.Event, sent),
		quad.Make(ev, vocab.Attendee, ann, sent),
		quad.Make(ev, vocab.Attendee, bob, sent),
	)
	rows, err := SampleNodes(context.Background(), st, "event", 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(rows), rows)
	}
	r := rows[0]
	if !strings.HasPrefix(r.Name, "talks: ") || !strings.Contains(r.Name, "Lee") || !strings.Contains(r.Name, "Ray") {
		t.Errorf("event named %q, want its label (talks: Lee, Ray)", r.Name)
	}
	if r.Sentence != "Ann Lee held talks with Bob Ray." || r.Headline != "Lee and Ray meet" {
		t.Errorf("event row without its fact's evidence: %+v", r)
	}
}
