package nlp

import (
	"testing"

	"github.com/jdkato/prose/v3/segment"

	"github.com/newsgraph/newsgraph/loader/internal/benchdata"
)

// segmentCases are texts whose full stops, numbers, initials, ellipses and
// quotes take every path of the segmenter's tests.
var segmentCases = []string{
	"Mr. Blair met the U.S. envoy at 5 p.m. on Jan. 10 (in Geneva). He left.",
	"Profits rose 3.5% to $1,200.5m... Analysts were pleased. The F.B.I. said so.",
	"He said: \"It is over.\" Then he went. Was it? Yes! Yahoo! Inc. rose. J. Smith spoke.",
	"Sales of 1.2bn. in 2004. Revenue fell -3.5. The A.G. left. No. 10 said it. Gov. Bush won.",
	"Wait . . . what? It was 10.30.. then 11... No.\nNew line. Para.\n\nAnother. (He said so.) ‘Yes.’ “No.” OK.",
	"e.g. this, i.e. that. U.K. and U.S.A. met. a. b. c. 1. 2. 3. Mt. Everest. Sgt. Pepper.",
	"", " ", "...", ". . .", "A.", "1,000,000.", "Ab.Cd.Ef. Gh.", "x..y...z", "!!! ??? .!.",
	"Ends in a rune. Café", "Space\u00a0runs. Then\u2003this.\u00a0", "Bad \xff bytes. \xffYes.",
}

func sameSentences(got, want []segment.Sentence) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

// TestSegmentMatchesProse checks that the segmenter splits as prose's does,
// on the cases above and on the BBC corpus when it is present.
func TestSegmentMatchesProse(t *testing.T) {
	prose, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	ours := mustLoad().seg
	texts := segmentCases
	if !testing.Short() {
		bbc := benchdata.BBCTexts(t)
		texts = append(append([]string{}, texts...), bbc[:min(len(bbc), 400)]...)
	}
	for _, text := range texts {
		if got, want := ours.Segment(text), prose.Segment(text); !sameSentences(got, want) {
			t.Errorf("sentences of %.80q differ:\n got %+v\nwant %+v", text, got, want)
		}
	}
}

// FuzzSegmentMatchesProse compares the segmenter with prose's on any text.
func FuzzSegmentMatchesProse(f *testing.F) {
	for _, s := range segmentCases {
		f.Add(s)
	}
	prose, err := segment.New()
	if err != nil {
		f.Fatal(err)
	}
	ours := mustLoad().seg
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := ours.Segment(text), prose.Segment(text); !sameSentences(got, want) {
			t.Errorf("sentences of %q differ:\n got %+v\nwant %+v", text, got, want)
		}
	})
}
