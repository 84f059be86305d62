package extract

import (
	"slices"
	"testing"
	"time"
)

// TestLowerCaseWord checks the large lower-case dictionary: words the
// standard list lacks are in it; dictionary words that news writes as names
// ("Ford", "Bush"), acronyms news writes in capitals ("USDA") and any word
// spelled in capitals throughout are not.
func TestLowerCaseWord(t *testing.T) {
	for w, want := range map[string]bool{
		"Neuroscience": true, "neuroscience": true, "Orientation": true, "Riveter": true,
		"Ford": false, "Bush": false, "Usda": false, "NEUROSCIENCE": false, "Qwxzy": false,
	} {
		if got := lowerCaseWord(w); got != want {
			t.Errorf("lowerCaseWord(%q) = %v, want %v", w, got, want)
		}
	}
	if dictionaryWord("neuroscience") {
		t.Error(`the standard dictionary holds "neuroscience": the cases below test nothing new`)
	}
}

// TestOpeningCommonWords checks the openings read with the large
// dictionary: a word news has not seen that English writes in lower case is
// no name where it only opens sentences; one the article also writes inside
// a sentence, or that opens a longer name of the article, stays.
func TestOpeningCommonWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a field opening a sentence", "Neuroscience graduate Zoe Hartley died within 30 minutes of the fire, police said.",
			map[string]EntityType{"Zoe Hartley": Person}, []string{"Neuroscience"}},
		{"a noun opening a line", "We drove to the coast on Sunday.\n\nOrientation sessions were held in Atlanta and Boston.",
			map[string]EntityType{"Atlanta": Place}, []string{"Orientation"}},
		{"written inside a sentence too", "Neuroscience graduate Zoe Hartley joined Neuroscience Weekly, and she said Neuroscience was her field.",
			map[string]EntityType{"Zoe Hartley": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestOpeningShortFirmName checks that a dictionary word opening sentences
// stays the short name of the firm whose longer name it opens, though both
// stand at openings ("Ionic said" after "Ionic Industries Inc said").
func TestOpeningShortFirmName(t *testing.T) {
	doc := Extract("Headline\n\nIonic Industries Inc said it agreed to sell its unit to Smith Corp for 20 mln dlrs.\n\nIonic said the sale would close in June.", time.Time{})
	for _, e := range doc.Entities {
		if e.Name == "Ionic Industries Inc" {
			if !slices.Contains(e.Aliases, "Ionic") {
				t.Errorf("Ionic Industries Inc has aliases %q, want Ionic among them", e.Aliases)
			}
			return
		}
	}
	t.Errorf("no entity Ionic Industries Inc in %v", doc.Entities)
}
