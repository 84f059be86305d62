package relate

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestPairFeaturesTemplates checks that each feature of a pair is the hash
// of its template (the relation type, then the template's number) followed
// by what it reads, as the model was trained on: the type's hash is taken
// once a pair, so this pins that it still starts every feature.
func TestPairFeaturesTemplates(t *testing.T) {
	s := nlp.Sentence{Tokens: []nlp.Token{
		{Text: "Anna", Tag: "NNP"}, {Text: "Berg", Tag: "NNP"}, {Text: "joined", Tag: "VBD"},
		{Text: "the", Tag: "DT"}, {Text: "Nordbank", Tag: "NNP"}, {Text: "board", Tag: "NN"},
	}}
	ms := []ner.Mention{{Start: 0, End: 2, Label: ner.Person}, {Start: 4, End: 5, Label: ner.Organization}}
	feats := pairFeatures(nil, s, ms, 0, 1, WorkFor)
	for _, want := range []struct {
		name string
		h    hasher
	}{
		{"type", tmpl(WorkFor, 0)},
		{"direction", tmpl(WorkFor, 1).b('F')},
		{"head's last word", tmpl(WorkFor, 4).s("Berg")},
		{"word between", tmpl(WorkFor, 6).b('F').s("joined")},
		{"word between's prefix", tmpl(WorkFor, 7).b('F').s("join")},
		{"verb between", tmpl(WorkFor, 8).b('F').s("joined")},
		{"two words between", tmpl(WorkFor, 9).b('F').s("joined").s("the")},
		{"words between in lower case", tmpl(WorkFor, 10).b('F').s("joined the ")},
		{"word after", tmpl(WorkFor, 16).b('F').s("board")},
	} {
		if !slices.Contains(feats, uint64(want.h)) {
			t.Errorf("features of %q lack the %s feature", "Anna Berg joined the Nordbank board", want.name)
		}
	}
	if other := pairFeatures(nil, s, ms, 0, 1, LiveIn); slices.Contains(other, uint64(tmpl(WorkFor, 0))) {
		t.Errorf("features as %s hold a %s template", LiveIn, WorkFor)
	}
}
