package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
)

// TestTaggerMatchesProse tags the sentences of the test articles, and of the
// shared BBC corpus when it is there, with prose's tagger and with ours: the
// tags must be the same.
func TestTaggerMatchesProse(t *testing.T) {
	prose, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	ours := mustLoad().tag
	texts := []string{
		"Wendy Sherman met Sergei Ryabkov in Geneva on Monday. :-) @user 0 * *T*-1 -LRB- -NONE- - e-mail 1987 12.5 ÉCOLE Zürich",
		"They were all ready aware of it: the code is broken; they code every day.",
	}
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	compareTaggers(t, prose, ours, texts)
	t.Run("bbc", func(t *testing.T) {
		bbc := benchdata.BBCTexts(t)
		compareTaggers(t, prose, ours, bbc[:min(len(bbc), 100)])
	})
}

func compareTaggers(t *testing.T, prose *tag.Tagger, ours *tagger, texts []string) {
	m := mustLoad()
	tokens, diffs := 0, 0
	for _, text := range texts {
		for _, sg := range m.seg.Segment(text) {
			toks := tokenizeText(sg.Text, nil)
			a := append([]token.Token(nil), toks...)
			b := append([]token.Token(nil), toks...)
			prose.TagTokens(a)
			ours.TagTokens(b)
			for i := range a {
				tokens++
				if a[i].Tag != b[i].Tag {
					diffs++
					if diffs <= 10 {
						t.Errorf("%q in %q: tag %s, prose says %s", a[i].Text, sg.Text, b[i].Tag, a[i].Tag)
					}
				}
			}
		}
	}
	if tokens < 300 {
		t.Fatalf("only %d tokens compared", tokens)
	}
	if diffs > 0 {
		t.Errorf("%d of %d tags differ", diffs, tokens)
	}
}

// TestTemplatesPrefixFree: readTagger tries the template of the feature
// before first, which finds the same template as trying them in order only
// while no template (nor the bias, pair and after-tag features) starts
// another.
func TestTemplatesPrefixFree(t *testing.T) {
	all := append(termTemplates[:], "i tag+i-2 tag ", "i-1 tag+i word ", "bias")
	for i, a := range all {
		for j, b := range all {
			if i != j && strings.HasPrefix(b, a) {
				t.Errorf("%q starts %q", a, b)
			}
		}
	}
}
