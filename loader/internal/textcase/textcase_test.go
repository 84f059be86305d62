package textcase

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// checkAligned checks LowerAligned(s) against strings.ToLower of s and of
// each of its pieces between rune starts.
func checkAligned(t *testing.T, s string) {
	low, ok := LowerAligned(s)
	if !ok {
		if utf8.ValidString(s) && len(strings.ToLower(s)) == len(s) && strings.ToLower(s) == alignedByRune(s) {
			t.Errorf("LowerAligned(%q) refused a text whose runes keep their lengths", s)
		}
		return
	}
	if want := strings.ToLower(s); low != want {
		t.Fatalf("LowerAligned(%q) = %q, want %q", s, low, want)
	}
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !utf8.RuneStart(s[i]) {
			continue
		}
		for j := i; j <= len(s) && j-i <= 12; j++ {
			if j < len(s) && !utf8.RuneStart(s[j]) {
				continue
			}
			if got, want := low[i:j], strings.ToLower(s[i:j]); got != want {
				t.Fatalf("LowerAligned(%q)[%d:%d] = %q, want %q", s, i, j, got, want)
			}
		}
	}
}

// alignedByRune lowers s rune by rune where the lower case keeps the
// rune's length, and returns "" where one does not.
func alignedByRune(s string) string {
	var b strings.Builder
	for _, r := range s {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			return ""
		}
		b.WriteRune(l)
	}
	return b.String()
}

func TestLowerAligned(t *testing.T) {
	for _, w := range words {
		checkAligned(t, w)
	}
	checkAligned(t, strings.Join(news, " "))
	if low, ok := LowerAligned("The BBC’s naïve ÉCOLE"); !ok || low != "the bbc’s naïve école" {
		t.Errorf("LowerAligned = %q, %v; want the text lowered", low, ok)
	}
	for _, s := range []string{"İstanbul", "a\xffB", "Ⱥ"} {
		if _, ok := LowerAligned(s); ok {
			t.Errorf("LowerAligned(%q) is aligned, want not", s)
		}
	}
	s := "minister of state"
	if n := testing.AllocsPerRun(100, func() { _, _ = LowerAligned(s) }); n != 0 {
		t.Errorf("LowerAligned(%q) allocates %v times, want 0", s, n)
	}
}

func FuzzCaseMatchesStrings(f *testing.F) {
	for _, w := range words {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkAligned(t, w)
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

// TestFoldASCII folds ASCII that fits, and refuses the rest.
func TestFoldASCII(t *testing.T) {
	var buf [8]byte
	for _, c := range []struct {
		in, want string
		ok       bool
	}{{"Sept.", "sept.", true}, {"MONDAY", "monday", true}, {"Montréal", "", false}, {"September", "", false}} {
		b, ok := FoldASCII(buf[:], c.in)
		if ok != c.ok || string(b) != c.want {
			t.Errorf("FoldASCII(%q) = %q, %v; want %q, %v", c.in, b, ok, c.want, c.ok)
		}
	}
}

// TestLowerInto lowers as strings.ToLower does, in the buffer or past it.
func TestLowerInto(t *testing.T) {
	var buf [8]byte
	for _, w := range append(words, "", "LONGER THAN EIGHT", "Ünion", "minister") {
		if got, want := LowerInto(buf[:], w), strings.ToLower(w); got != want {
			t.Errorf("LowerInto(%q) = %q, want %q", w, got, want)
		}
	}
}
