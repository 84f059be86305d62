// Shows, series, games and hits named after the noun that says what they
// are: "the cult TV show Twin Peaks", "their hit Vertigo", "the board game
// Cluedo", "the animated series American Dad". These nouns are also verbs
// ("polls show Labour", "the strike hit Jobcentres") and "game" opens
// sports reports ("at the end of the game Nzame scored"), so the noun cues
// a work (names_work_cues.go) only when the tagger reads it as a noun with
// a modifier of its own just before it: a determiner, a possessive, an
// adjective or a noun (a base-form verb after a singular noun is read as a
// noun: the tagger gives "the cult TV show" a verb); "game" and "games" only after a noun ("video game",
// "board game").

package extract

import "strings"

// showCueNouns are the nouns for a show, a series, a game or a hit record
// (data/showCueNouns.txt).
var showCueNouns = wordSet("showCueNouns")

// showCued reports whether token k of s is a word of showCueNouns read as
// a noun with a modifier before it, so that the name after it is a work.
func showCued(s *sentence, k int) bool {
	if k == 0 || !showCueNouns[s.toks[k].Text] {
		return false
	}
	tag, prev := s.toks[k].Tag, s.toks[k-1].Tag
	// A base-form verb just after a singular noun is the tagger misreading
	// a compound noun ("the cult TV show"): a verb there would agree with a
	// plural ("polls show").
	if !strings.HasPrefix(tag, "NN") && !((tag == "VB" || tag == "VBP") && prev == "NN") {
		return false
	}
	if w := s.toks[k].Text; w == "game" || w == "games" {
		return prev == "NN" || prev == "NNP"
	}
	switch prev {
	case "DT", "PRP$", "POS", "JJ", "NN", "NNP", "VBN":
		return true
	}
	return false
}
