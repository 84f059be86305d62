package nlp

import (
	"strings"
	"testing"
)

var samples = []string{
	"The U.S. and Russia met in Geneva. “We’re ready,” said Mr. Blair — the U.K. envoy — on Jan. 10.",
	"Co-operation with the U.N. is vital.  Pres. Joe Biden's aide, Dr. Smith, left at 5 p.m. Monday.",
	"Russia's Sergei Ryabkov said U.S.-led talks failed.\n\nNATO (the alliance) said: \"No.\"",
	"",
	"   ",
	"\u00a0Zürich’s café – 3,5 km… ‘quoted’ «guillemets» 東京 emoji 🙂 end",
	"a\x00b \xff\xfe broken utf8",
}

func TestOffsetsLocateTheirText(t *testing.T) {
	for _, text := range samples {
		for _, s := range Analyse(text) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("%q: sentence [%d,%d) outside the text", text, s.Start, s.End)
			}
			for _, tok := range s.Tokens {
				if tok.Start < s.Start || tok.End > s.End {
					t.Errorf("%q: token %q [%d,%d) outside its sentence [%d,%d)", text, tok.Text, tok.Start, tok.End, s.Start, s.End)
				}
				if got := text[tok.Start:tok.End]; got != tok.Text {
					t.Errorf("%q: text[%d:%d] = %q, token says %q", text, tok.Start, tok.End, got, tok.Text)
				}
				if tok.Tag == "" {
					t.Errorf("%q: token %q has no tag", text, tok.Text)
				}
			}
		}
	}
}

func TestAnalyse(t *testing.T) {
	text := "The U.S. and Russia met in Geneva. “We’re ready,” said Mr. Blair — the U.K. envoy. Pres. Joe Biden agreed. Co-operation is vital."
	ss := Analyse(text)
	var got []string
	for _, s := range ss {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"The U.S. and Russia met in Geneva.",
		"“We’re ready,” said Mr. Blair — the U.K. envoy.",
		"Pres. Joe Biden agreed.",
		"Co-operation is vital.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
	tags := map[string]string{}
	for _, s := range ss {
		for _, tok := range s.Tokens {
			tags[tok.Text] = tok.Tag
		}
	}
	for w, tag := range map[string]string{"U.S.": "NNP", "“": "``", "”": "''", "—": ":", "Co-operation": "NN", "Geneva": "NNP", "U.K.": "NNP"} {
		if tags[w] != tag {
			t.Errorf("tag of %q = %q; want %q", w, tags[w], tag)
		}
	}
}

func TestTagWords(t *testing.T) {
	words := []string{"John", "Wilkes", "Booth", ",", "who", "assassinated", "President", "Lincoln", ",", "was", "an", "actor", "."}
	s := TagWords(words)
	text := strings.Join(words, " ")
	if len(s.Tokens) != len(words) || s.Start != 0 || s.End != len(text) {
		t.Fatalf("TagWords: %d tokens, [%d,%d); want %d, [0,%d)", len(s.Tokens), s.Start, s.End, len(words), len(text))
	}
	for i, tok := range s.Tokens {
		if text[tok.Start:tok.End] != words[i] || tok.Tag == "" {
			t.Errorf("token %d: %+v", i, tok)
		}
	}
	if s.Tokens[0].Tag != "NNP" || s.Tokens[5].Tag != "VBD" {
		t.Errorf("tags: %q %q", s.Tokens[0].Tag, s.Tokens[5].Tag)
	}
	if got := TagWords(nil); len(got.Tokens) != 0 {
		t.Errorf("TagWords(nil) = %+v", got)
	}
}

func FuzzAnalyse(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range Analyse(text) {
			if s.Start < last || s.End < s.Start || s.End > len(text) || len(s.Tokens) == 0 {
				t.Fatalf("sentence [%d,%d) after %d, %d tokens", s.Start, s.End, last, len(s.Tokens))
			}
			last = s.End
			for _, tok := range s.Tokens {
				if tok.Start < s.Start || tok.End > s.End {
					t.Fatalf("token %q [%d,%d) outside sentence [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, s.End)
				}
				if text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("text[%d:%d] = %q, token says %q", tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
				}
			}
		}
	})
}

func TestLinesAndParagraphs(t *testing.T) {
	text := "US, Russia meet for talks amid tensions at Ukraine\n\nThe meeting is part of talks\nlaunched by Presidents Joe Biden and Vladimir Putin during a June summit in the Swiss city of Geneva, which was\nheld last year.\nAP\n  • Jan 10 2022, 17:22 ist\n  • updated: Jan 10 2022\nCredit: AFP File Photo\n\nSenior US officials met."
	var got []string
	for _, s := range Analyse(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{
		"US, Russia meet for talks amid tensions at Ukraine",
		"The meeting is part of talks\nlaunched by Presidents Joe Biden and Vladimir Putin during a June summit in the Swiss city of Geneva, which was\nheld last year.",
		"AP",
		"• Jan 10 2022, 17:22 ist",
		"• updated: Jan 10 2022",
		"Credit: AFP File Photo",
		"Senior US officials met.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

func TestAbbreviationStops(t *testing.T) {
	text := "Lee Harvey Oswald shot President John F. Kennedy. Microsoft Corp. rose. He met George W. Bush in St. Louis. They work for Acme Corp."
	var words []string
	for _, s := range Analyse(text) {
		for _, tok := range s.Tokens {
			words = append(words, tok.Text)
		}
	}
	got := strings.Join(words, " ")
	want := "Lee Harvey Oswald shot President John F. Kennedy . Microsoft Corp. rose . He met George W. Bush in St. Louis . They work for Acme Corp ."
	if got != want {
		t.Errorf("tokens:\n got %s\nwant %s", got, want)
	}
}

// TestNameStops: a sentence's full stop after a capitalised word is a token
// of its own ("Guantanamo Bay ."), unless the word is an abbreviation
// ("Calif."); Irish surnames stay whole.
func TestNameStops(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"He was sent to Guantanamo Bay.", "He was sent to Guantanamo Bay ."},
		{"It was shown on BBC One. Then Tim Yeo spoke.", "It was shown on BBC One . Then Tim Yeo spoke ."},
		{"It moved to SAN JOSE, Calif., on Monday.", "It moved to SAN JOSE , Calif. , on Monday ."},
		{"Sonia O'Sullivan's hopes and O’Brien’s view.", "Sonia O'Sullivan 's hopes and O’Brien ’s view ."},
	} {
		var words []string
		for _, s := range Analyse(c.text) {
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
		}
		if got := strings.Join(words, " "); got != c.want {
			t.Errorf("tokens:\n got %s\nwant %s", got, c.want)
		}
	}
}

func TestStopBeforeCapital(t *testing.T) {
	text := "Sales rose 3.5 per cent to $1.2bn. Profits fell. Talks ended at 5 p.m. on Monday."
	var got []string
	for _, s := range Analyse(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Sales rose 3.5 per cent to $1.2bn.", "Profits fell.", "Talks ended at 5 p.m. on Monday."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// TestLongWhitespace: runs of (Unicode) white space split blocks before the
// segmenter sees them; prose's segmenter is quadratic in their length.
func TestLongWhitespace(t *testing.T) {
	text := "First part." + strings.Repeat("\u00a0", 3000) + "Second part" + strings.Repeat(" ", 3000)
	var got []string
	for _, s := range Analyse(text) {
		got = append(got, text[s.Start:s.End])
	}
	if strings.Join(got, "|") != "First part.|Second part" {
		t.Errorf("sentences: %q", got)
	}
}

func TestInitialismNotSentenceEnd(t *testing.T) {
	text := "The U.S. Wants Japan to open its markets, officials said. He flew to the U.S. The next day he left."
	var got []string
	for _, s := range Analyse(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"The U.S. Wants Japan to open its markets, officials said.", "He flew to the U.S.", "The next day he left."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

// TestLongSentencesAreCut checks that a text with no full stops is cut into
// sentences of at most MaxSentenceTokens tokens, preferring commas, and that
// no token is lost or moved.
func TestLongSentencesAreCut(t *testing.T) {
	text := strings.Repeat("Mr Smith, the minister, met John Smith and Jane Doe ", 400)
	ss := Analyse(text)
	if len(ss) < 2 {
		t.Fatalf("got %d sentence(s), want the text cut into several", len(ss))
	}
	words := 0
	for i, s := range ss {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Errorf("sentence %d has %d tokens, more than %d", i, len(s.Tokens), MaxSentenceTokens)
		}
		if i+1 < len(ss) && s.Tokens[len(s.Tokens)-1].Text != "," {
			t.Errorf("sentence %d ends with %q, want a cut after a comma", i, s.Tokens[len(s.Tokens)-1].Text)
		}
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %q at %d..%d does not match the text", tok.Text, tok.Start, tok.End)
			}
		}
		words += len(s.Tokens)
	}
	if want := 400 * 12; words != want {
		t.Errorf("got %d tokens in all, want %d", words, want)
	}
}

func TestShortInitialism(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", false}, {"U.S.", true}, {"the U.S.", true}, {"in the U.S.", true},
		{"and in the U.S.", false}, {"U.S. ", true}, {"U.S.A.", true}, {"US.", false},
		{"A.", false}, {"Mr.", false}, {"U.S", false}, {"the U.S. \t", true},
	} {
		if got := shortInitialism(c.in); got != c.want {
			t.Errorf("shortInitialism(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
