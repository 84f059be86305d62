package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
)

// tokenizeCases are shapes that exercise each of prose's rules: affixes,
// contractions (also at the start of a span, where prose skips them),
// initialisms, short abbreviations, emoticons and odd bytes.
var tokenizeCases = []string{
	"Mr. Blair met the U.S. envoy at 5 p.m. on Jan. 10 (in Geneva).",
	"“We’re ready,” she said. They'll go; I'm sure they don't. It’s Tom’s. Don’t! Won't?",
	"'s 's's n't n'tn't 'll'll ’s’s n’t’s SHE'LL DON'T aN'T",
	"$5 ($10) [\"x\"] ‘y’ “z” ...!?:; ,,, a.b. A.B.C. Ab. Abc. Abcd. ab. AB. A. .",
	":-) :) (-8 ¯\\(ツ)/¯ XDD xD :P :-P <3 ;)",
	"  two  spaces\tand\ttabs\n\nnew\u00a0lines \u2003em space\r\nend ",
	"a\x00b \xff\xfe broken utf8 \xe2 \xe2\x80 n\xe2\x80\x99",
}

func proseTokens(tk *tokenize.Tokenizer, text string) []token.Token {
	return append([]token.Token{}, tk.Tokenize(text)...)
}

func compareTokenizers(t *testing.T, tk *tokenize.Tokenizer, texts []string) int {
	t.Helper()
	n, diffs := 0, 0
	for _, text := range texts {
		want := proseTokens(tk, text)
		got := tokenizeText(text, []token.Token{})
		n += len(want)
		if !sameTokens(got, want) {
			diffs++
			if diffs <= 5 {
				t.Errorf("tokens of %.80q differ:\n got %v\nwant %v", text, got, want)
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d texts tokenized differently", diffs, len(texts))
	}
	return n
}

func sameTokens(a, b []token.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTokenizeMatchesProse tokenizes the cases above, the test articles and
// the shared BBC and Reuters corpora (when they are there) with prose's
// tokenizer and with ours: the tokens must be the same.
func TestTokenizeMatchesProse(t *testing.T) {
	tk := tokenize.New()
	texts := append([]string{}, tokenizeCases...)
	texts = append(texts, samples...)
	files, _ := filepath.Glob("../../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if n := compareTokenizers(t, tk, texts); n < 500 {
		t.Fatalf("only %d tokens compared", n)
	}
	// Every BBC article, and every fifth Reuters one to keep the test
	// short (all of them agree too: set every to 1 to check).
	for _, c := range []struct {
		name  string
		every int
	}{{"bbc", 1}, {"reuters", 5}} {
		t.Run(c.name, func(t *testing.T) {
			var texts []string
			for i, text := range benchdata.CorpusTexts(t, c.name) {
				if i%c.every == 0 {
					texts = append(texts, text)
				}
			}
			n := compareTokenizers(t, tk, texts)
			t.Logf("%d tokens the same", n)
		})
	}
}

// FuzzTokenizeMatchesProse compares our tokenizer with prose's on any text.
func FuzzTokenizeMatchesProse(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	tk := tokenize.New()
	f.Fuzz(func(t *testing.T, text string) {
		want := proseTokens(tk, text)
		got := tokenizeText(text, []token.Token{})
		if !sameTokens(got, want) {
			t.Errorf("tokens of %q differ:\n got %v\nwant %v", text, got, want)
		}
	})
}

// TestInnerBreaks checks that an em dash or an ellipsis written between
// words without spaces splits them, and that hyphens and en dashes join.
func TestInnerBreaks(t *testing.T) {
	for text, want := range map[string]string{
		"Erykah Badu…and Betty Davis":                                         "Erykah|Badu|…|and|Betty|Davis",
		"Obama—not Biden—spoke":                                               "Obama|—|not|Biden|—|spoke",
		"Lüchow-Dannenberg and Seattle–Tacoma":                                "Lüchow-Dannenberg|and|Seattle–Tacoma",
		"At three ports--Tampa-St. Petersburg, Mobile and Duluth--Smith said": "At|three|ports|--|Tampa-St|.|Petersburg|,|Mobile|and|Duluth|--|Smith|said",
		"Output rose--slowly.":                                                "Output|rose|--|slowly|.",
		"--Corrects the date.":                                                "--|Corrects|the|date|.",
		"Mills rose 12---a record.":                                           "Mills|rose|12|---|a|record|.",
		"Tandil ....--.... 15":                                                "Tandil|....--|.|.|.|.|15",
	} {
		var words []string
		for _, s := range Analyse(text) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
				if text[tok.Start:tok.End] != tok.Text {
					t.Errorf("%q: token %q at %d-%d reads %q", text, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
				}
			}
		}
		if got := strings.Join(words, "|"); got != want {
			t.Errorf("%q: tokens %s, want %s", text, got, want)
		}
	}
}
