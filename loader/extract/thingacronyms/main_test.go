package main

import (
	"reflect"
	"testing"
)

// TestLearn checks the counts: plurals and heads after an indefinite article
// or a possessive pronoun make a thing; a possessive or a verb of speech a
// body; a thing needs more than twice its body counts.
func TestLearn(t *testing.T) {
	texts := []string{
		"She bought two DVDs and a DVD. Her DVD, then his DVD; our PCs.",
		"IBM said it would sell PCs. IBM's PCs and a PC. A PC said nothing, PC said.",
		"IBM said so. IBM's chief. An IBM spokesman declined. Three IBMs.",
	}
	got := learn(texts, 3, nil)
	if want := []string{"DVD"}; !reflect.DeepEqual(got, want) {
		t.Errorf("learn = %v, want %v", got, want)
	}
}
