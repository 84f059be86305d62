// A capitalised "And" after an abbreviation: Reuters copy restored from
// capitals writes "the U.S. And Japan", the word after "U.S." capitalised
// as if a sentence began there.

package extract

import "strings"

// listConj reports whether token j joins two names of a list: a
// conjunction (isConj), or a capitalised "And" right after an
// abbreviation's full stop ("trade talks between the U.S. And Japan").
func listConj(toks []nlpToken, j int) bool {
	if isConj(toks[j].Text) {
		return true
	}
	return toks[j].Text == "And" && j > 0 && abbreviationStop(toks[j-1].Text)
}

// abbreviationStop reports whether w is an abbreviation ending in a full
// stop with another stop inside it ("U.S.", "U.K."): not a sentence's end.
func abbreviationStop(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, ".") && strings.Contains(w[:len(w)-1], ".")
}
