package loader_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// TestEvidencePronoun: a fact read through a pronoun the extractor resolved
// ("his talks", "he held talks") or a title that implies a body ("Senator")
// is evidenced by the sentence it was read in, which refers to both
// parties, not by a sentence naming only one.
func TestEvidencePronoun(t *testing.T) {
	for _, tc := range []struct {
		text  string
		pred  string
		party string // the named party of the fact
		sent  string // its evidence sentence begins so
	}{
		{"Trade deal\n\nJapan will buy more American aircraft, U.S. Trade Secretary Mark Olsen said. In his talks with Japanese Trade Minister Ken Sato, he said, he raised the issue of rice imports.",
			"attendee", "Mark Olsen", "In his talks"},
		{"Visit\n\nForeign Minister Anna Lindqvist arrived in Tokyo on Monday. Yesterday, she held talks with Prime Minister Taro Ueda and Finance Minister Ken Mori.",
			"attendee", "Anna Lindqvist", "Yesterday, she held talks"},
		{"Poll\n\nThe poll was bad news for Labour leader Tom Hale. It showed that his popularity had slumped following his trip to Washington last week to explain his policies.",
			"attendee", "Tom Hale", "It showed"},
		// a body a title implies: the title is its mention
		{"Ferry bill\n\nThe Senate passed the ferry bill on Tuesday. Independent Senator Maria Vance said the bill came too late.",
			"affiliation", "Maria Vance", "Independent Senator"},
		{"Mill sold\n\nThe Belmont Heritage Trust bought the old mill in May. The sale was backed by trust member Carla Diaz.",
			"affiliation", "Carla Diaz", "The sale"},
	} {
		art := &source.Article{ID: "t", URL: "https://example.test/" + tc.party, Headline: "t", Text: tc.text,
			Published: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC)}
		doc := extract.Extract(tc.text, art.Published)
		checkEvidence(t, art, doc, loader.Quads(art, doc))
		found := false
		for _, f := range doc.Facts {
			if f.Predicate != tc.pred || f.Object < 0 || doc.Entities[f.Object].Name != tc.party && doc.Entities[f.Subject].Name != tc.party {
				continue
			}
			found = true
			if s := doc.Sentences[f.Sentence].Text; len(s) < len(tc.sent) || s[:len(tc.sent)] != tc.sent {
				t.Errorf("%s %s: evidence %q, want the sentence beginning %q", tc.pred, tc.party, s, tc.sent)
			}
		}
		if !found {
			t.Errorf("%q: no %s fact of %s", tc.text, tc.pred, tc.party)
		}
	}
}
