package extract

import (
	"testing"
	"time"
)

// TestTickers checks bodies_tickers.go and longTicker: a ticker written as
// a name is the firm it follows in angle brackets, and a ticker of five
// letters after a firm's name is no firm; a parent's ticker after its
// unit's name leaves the letters to neither, and a firm in brackets after
// a lower-case word is still a firm.
func TestTickers(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"ticker used as a name", "Zorbin Widget Corp <ZWC> said it would buy Qwerty Inc. The deal makes ZWC the largest widget maker.",
			[]string{"Zorbin Widget Corp"}, []string{"ZWC"}},
		{"five-letter ticker", "The company merged with Zorbin Holdings PLC <ZRBNY> last year.",
			[]string{"Zorbin Holdings PLC"}, []string{"ZRBNY"}},
		{"firm in brackets", "Qwerty Inc agreed to buy the boot manufacturer <ZORBA> from its owners.",
			[]string{"ZORBA"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			names := map[string]bool{}
			for _, e := range doc.Entities {
				names[e.Name] = true
			}
			for _, w := range tt.want {
				if !names[w] {
					t.Errorf("%q: no %q among %v", tt.text, w, doc.Entities)
				}
			}
			for _, n := range tt.not {
				if names[n] {
					t.Errorf("%q: %q is a node of its own", tt.text, n)
				}
			}
		})
	}
}
