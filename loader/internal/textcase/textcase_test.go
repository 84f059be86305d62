package textcase

import (
	"strings"
	"testing"
)

var words = []string{
	"", "a", "A", "the", "The", "THE", "tHe", "BBC", "U.N.", "Mr.", "McDonald's", "3", "$1.2bn", "AT&T",
	"naïve", "Naïve", "ÉCOLE", "École", "İstanbul", "ǅemal", "Σίσυφος", "ΣΊΣΥΦΟΣ", "K", "\u212a", "ß", "ẞ",
	"\xff", "A\xff", "a\xffB", "\uFFFD", "ABC\uFFFD", "x\u2028y", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{",
	"@", "Z", "[", "`", "z", "{",
}

func TestLowerMatchesStrings(t *testing.T) {
	for _, w := range words {
		if got, want := Lower(w), strings.ToLower(w); got != want {
			t.Errorf("Lower(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestIsUpperMatchesStrings(t *testing.T) {
	for _, w := range words {
		if got, want := IsUpper(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLowerKeepsLowerCase checks that a word already in lower case comes
// back as the same string, not a copy.
func TestLowerKeepsLowerCase(t *testing.T) {
	w := "minister"
	if n := testing.AllocsPerRun(100, func() { _ = Lower(w) }); n != 0 {
		t.Errorf("Lower(%q) allocates %v times, want 0", w, n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = IsUpper(w) }); n != 0 {
		t.Errorf("IsUpper(%q) allocates %v times, want 0", w, n)
	}
}

func FuzzCaseMatchesStrings(f *testing.F) {
	for _, w := range words {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := Lower(w), strings.ToLower(w); got != want {
			t.Errorf("Lower(%q) = %q, want %q", w, got, want)
		}
		if got, want := IsUpper(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("IsUpper(%q) = %v, want %v", w, got, want)
		}
	})
}

// news is a sentence of news as the tokenizer gives it.
var news = strings.Fields("The Prime Minister , Tony Blair , told the BBC on Tuesday that Labour would win the next election .")

func BenchmarkLower(b *testing.B) {
	for b.Loop() {
		for _, w := range news {
			_ = Lower(w)
		}
	}
}

func BenchmarkStringsToLower(b *testing.B) {
	for b.Loop() {
		for _, w := range news {
			_ = strings.ToLower(w)
		}
	}
}
