package extract

import (
	"strings"
	"testing"
)

// TestValidate shows each invariant failing.
func TestValidate(t *testing.T) {
	text := "Sherman met Ryabkov."
	ok := func() *Document {
		return &Document{
			Sentences: []Sentence{{Text: text, Start: 0, End: len(text)}},
			Entities: []Entity{
				{Type: Person, Name: "Wendy Sherman", Mentions: []Mention{{Sentence: 0, Start: 0, End: 7}}},
				{Type: Person, Name: "Sergei Ryabkov", Mentions: []Mention{{Sentence: 0, Start: 12, End: 19}}},
			},
			Facts: []Fact{{Subject: 0, Predicate: "met", Object: 1, Sentence: 0}},
		}
	}
	if err := ok().Validate(text); err != nil {
		t.Fatalf("a valid document: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(d *Document)
		want string
	}{
		{"sentence offsets", func(d *Document) { d.Sentences[0].End = 5 }, "do not give its text"},
		{"unnamed entity", func(d *Document) { d.Entities[0].Name = " " }, "has no name"},
		{"mention outside", func(d *Document) { d.Entities[1].Mentions[0].End = 40 }, "outside its sentence"},
		{"mention spaces", func(d *Document) { d.Entities[1].Mentions[0].Start = 11 }, "spaces at its ends"},
		{"fact object", func(d *Document) { d.Facts[0].Object = 7 }, "bad subject or object"},
		{"unknown predicate", func(d *Document) { d.Facts[0].Predicate = "mett" }, "not in graph/vocab"},
		{"fact sentence", func(d *Document) { d.Facts[0].Sentence = 3 }, "sentence out of range"},
	} {
		d := ok()
		c.edit(d)
		if err := d.Validate(text); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}
