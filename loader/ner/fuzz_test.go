package ner

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// FuzzRecognise checks that any text is recognised without a panic and with
// ordered, non-overlapping mentions inside their sentence, in both styles.
func FuzzRecognise(f *testing.F) {
	for _, s := range []string{
		"Presidents Joe Biden and Vladimir Putin met in Geneva.",
		"US Deputy Secretary of State Wendy Sherman, Mr Blair and Dr. Smith of NATO.",
		"Organisation for Security and Cooperation in Europe in Vienna, Austria, on Monday.",
		"Mr", "President", "the the the", "Mr Mr Mr Blair", "U.S. U.S.", "\xff", "",
		"RUSSIA AND THE UNITED STATES", "Secretary of State", "Presidents and and Putin",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range nlp.Analyse(text) {
			for _, style := range []Style{News, CoNLL04} {
				last := 0
				for _, m := range RecogniseStyle(s, style) {
					if m.Start < last || m.End <= m.Start || m.End > len(s.Tokens) {
						t.Fatalf("%q: bad mention %+v after %d (style %d)", text, m, last, style)
					}
					last = m.End
				}
			}
		}
	})
}
