package extract

import (
	"testing"
	"time"
)

// TestBodyTailAliases checks bodies_tails.go: the last words of one body's
// name the article gave in full are that body, not a second node; words a
// gazetteer knows as a body of their own stay apart.
func TestBodyTailAliases(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"tail of one body", "The Belgian Qwerty Council has 95 members. The Qwerty Council endorsed Zorbin on Tuesday.",
			"Belgian Qwerty Council", "Qwerty Council"},
		{"tail after a name led by the", "Members of the House Widget Committee refused to vote. Rep. Tom Lane, the Widget Committee chairman, said the vote would wait.",
			"House Widget Committee", "Widget Committee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			found := false
			for _, e := range doc.Entities {
				if e.Name == tt.not {
					t.Errorf("%q: %q is a node of its own; want it under %q", tt.text, tt.not, tt.want)
				}
				found = found || e.Name == tt.want
			}
			if !found {
				t.Errorf("%q: no %q among %v", tt.text, tt.want, doc.Entities)
			}
		})
	}
}

// TestOtherKindOfBank checks otherKindOfBank: "Bank of Marovia" is not the
// tail of "Central Bank of Marovia" or "Royal Bank of Marovia" (a word of
// the bank's kind before it: another bank), but still of a longer name
// with another word before it.
func TestOtherKindOfBank(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a bank and the central bank", "Sandor Vell is the new chairman of the state-owned Bank of Marovia. Vell was head of research at the Central Bank of Marovia, the nation's central bank, until May.",
			[]string{"Bank of Marovia", "Central Bank of Marovia"}, nil},
		{"a bank and the royal bank", "The Bank of Marovia raised its base rate on Monday. The Royal Bank of Marovia kept its own rate, a spokesman said.",
			[]string{"Bank of Marovia", "Royal Bank of Marovia"}, nil},
		{"another word before the tail still joins", "The Westbury Bank of Marovia posted a loss. Analysts said Bank of Marovia shares would fall.",
			[]string{"Westbury Bank of Marovia"}, []string{"Bank of Marovia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			got := map[string]bool{}
			for _, e := range doc.Entities {
				got[e.Name] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("%q: no node %q among %v", tt.text, w, doc.Entities)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("%q: %q is a node of its own", tt.text, n)
				}
			}
		})
	}
}
