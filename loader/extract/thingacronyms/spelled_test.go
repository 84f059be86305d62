package main

import (
	"reflect"
	"testing"
)

// TestSpelledBefore checks what the words before "(ACRONYM)" spell: a term
// in lower case, a body's capitalised name, or nothing.
func TestSpelledBefore(t *testing.T) {
	heads := map[string]bool{"unit": true}
	tests := []struct {
		text string
		want spelledUse
	}{
		{"output as measured by net domestic output (NDO) rose", spelledTerm},
		{"they paid in kind under a payment-in-kind (PIK) scheme", spelledTerm},
		{"the cost of living allowance (LA) was cut", spelledTerm},      // the last words spell it
		{"the Dairy Research Board (DRB) said", spelledBody},            // "Board" heads bodies
		{"the Wool Planning Unit (WPU) said", spelledBody},              // a listed body head
		{"its Annual Economic Review (AER) said", spelledNone},          // capitalised, no body's word
		{"a regional development agency (RDA) was set up", spelledNone}, // a body's word in lower case
		{"exports to the Low Countries (TLC) rose", spelledNone},        // the initials differ
		{"the Moving Average Price (MAP) fell", spelledNone},            // capitalised, no body's word
		{"output rose 3 pct (P) in March", spelledNone},                 // a figure breaks the spelling
		{"under the Mixed trade plan (MTP) exports rose", spelledNone},  // mixed case says nothing
		{"the Office of Dairy Budgets (ODB) said", spelledBody},         // function words give no letter
	}
	for _, tc := range tests {
		toks := tokenRE.FindAllString(tc.text, -1)
		open := -1
		for i, w := range toks {
			if w == "(" {
				open = i
			}
		}
		if got := spelledBefore(toks, open, toks[open+1], heads); got != tc.want {
			t.Errorf("%q: spelledBefore = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestLearnSpelled checks that an acronym news spells out in lower case is
// listed as a thing even when it is never in the plural, unless news spells
// it out as a body as often or takes it as a body more than twice as often.
func TestLearnSpelled(t *testing.T) {
	texts := []string{
		"Output by net domestic output (NDO) rose. The NDO for 1990 was lower.",
		"The Dairy Research Board (DRB) said so. A dairy research board (DRB) is planned.",
		"A sales tax credit (STC) helps. STC said this. STC's view. STC said that.",
	}
	got := learn(texts, 3, nil)
	if want := []string{"NDO"}; !reflect.DeepEqual(got, want) {
		t.Errorf("learn = %v, want %v", got, want)
	}
}
