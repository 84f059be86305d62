package extract

// Trades the tagger reads as comparatives: an agent noun it does not know
// ("blogger", "vlogger", "podcaster") ends in -er as a comparative does, and
// gets JJR. Before a name ("alongside blogger Pamela Shaddock") it is the
// trade, unless the word is an adjective's comparative ("younger", "bigger",
// "larger", "happier").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// irregularComparatives are comparatives whose stem is no word of their
// own: "better" (good), "worse" (bad), "further", "lesser", "elder".
var irregularComparatives = map[string]bool{"better": true, "further": true, "farther": true, "lesser": true, "elder": true, "former": true, "latter": true, "upper": true, "inner": true, "outer": true}

// misreadAgentNoun reports whether t, tagged a comparative, is an agent
// noun read as an occupation by its shape (see occupation) whose stem is no
// adjective nor adverb: no stem of it ("blog", "blogg" for "blogger"; "young"
// for "younger", "big" for "bigger", "large" for "larger", "happy" for
// "happier") is tagged so on its own.
func misreadAgentNoun(t nlp.Token) bool {
	w := lower(t.Text)
	if t.Tag != "JJR" || !isLowerWord(t.Text) || !strings.HasSuffix(w, "er") || irregularComparatives[w] || !occupation(nlp.Token{Text: t.Text, Tag: "NN"}) {
		return false
	}
	for _, stem := range comparativeStems(w) {
		switch nlp.TagWords([]string{stem}).Tokens[0].Tag {
		case "JJ", "JJR", "RB", "RBR":
			return false
		}
	}
	return true
}

// comparativeStems returns the words w (ending in -er) would be the
// comparative of: less "er" ("young"), less "r" ("large"), less the doubled
// consonant ("big"), and "y" for "ier" ("happy").
func comparativeStems(w string) []string {
	base := w[:len(w)-2]
	out := []string{base, w[:len(w)-1]}
	if n := len(base); n >= 2 && base[n-1] == base[n-2] {
		out = append(out, base[:n-1])
	}
	if strings.HasSuffix(base, "i") {
		out = append(out, base[:len(base)-1]+"y")
	}
	return out
}
