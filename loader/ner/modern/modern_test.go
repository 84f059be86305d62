package modern

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/ner"
)

func TestParse(t *testing.T) {
	d, err := Parse("x", "# a comment\n[[Grant Shapps|P]] said on [[Twitter|O]] that [[Poland|L]] is out.\n")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Grant Shapps said on Twitter that Poland is out.\n" {
		t.Fatalf("text %q", d.Text)
	}
	want := []string{"Grant Shapps/Person", "Twitter/Organization", "Poland/Place"}
	if len(d.Spans) != len(want) {
		t.Fatalf("spans %v", d.Spans)
	}
	for i, sp := range d.Spans {
		if got := d.Text[sp.Start:sp.End] + "/" + string(sp.Label); got != want[i] {
			t.Errorf("span %d: %s, want %s", i, got, want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"[[Grant Shapps|P] said",
		"[[Grant Shapps]] said",
		"[[Grant Shapps|X]] said",
		"[[ Grant Shapps|P]] said",
		"Grant Shapps|P]] said",
	} {
		if _, err := Parse("x", in); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestSentences(t *testing.T) {
	d, err := Parse("x", "Mr [[Shapps|P]] flew to [[Poland|L]] on Monday. The [[Ohio|L]]-native tree grows.\n")
	if err != nil {
		t.Fatal(err)
	}
	ss, misfits := d.Sentences()
	if len(ss) != 1 || len(misfits) != 1 || misfits[0] != "Ohio" {
		t.Fatalf("%d sentences, misfits %q; want 1 and [Ohio] (Ohio-native is one token)", len(ss), misfits)
	}
	w := ss[0].Sentence.Words()
	var got []string
	for _, m := range ss[0].Mentions {
		got = append(got, strings.Join(w[m.Start:m.End], " ")+"/"+string(m.Label))
	}
	if strings.Join(got, ",") != "Shapps/"+string(ner.Person)+",Poland/"+string(ner.Place) {
		t.Errorf("mentions %v", got)
	}
}

// TestData checks that every annotated page parses and that its marks fit
// the tokens the extractor reads.
func TestData(t *testing.T) {
	docs, err := ReadDir("pages")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		ss, misfits := d.Sentences()
		if len(misfits) > 0 {
			t.Errorf("%s: marks that do not fit the tokens: %q", d.Name, misfits)
		}
		if len(ss) == 0 {
			t.Errorf("%s: no sentences", d.Name)
		}
	}
}

func TestTitles(t *testing.T) {
	d, err := Parse("x", "Transport Secretary [[Grant Shapps|P]] met Mr [[Fahie|P]] and [[Poland|L]] 's [[Duda|P]].\n")
	if err != nil {
		t.Fatal(err)
	}
	ss, _ := d.Sentences()
	if len(ss) != 1 {
		t.Fatalf("%d sentences", len(ss))
	}
	w := ss[0].Sentence.Words()
	var got []string
	for _, r := range ss[0].Titles {
		got = append(got, strings.Join(w[r[0]:r[1]], " "))
	}
	if strings.Join(got, "|") != "Transport Secretary|Mr" {
		t.Errorf("titles %q, want Transport Secretary and Mr", got)
	}
}
