// A player described by his side: "Bolton boss Sam Allardyce has signed
// Roma defender Vincent Candela. The 31-year-old former France
// international gave his last press conference": the subject is Candela,
// not France.

package extract

import "github.com/newsgraph/newsgraph/graph/vocab"

// playerNouns are the nouns of a player described by his side ("the
// former France international", "the Chelsea striker"): the side's name
// before one is no subject.
var playerNouns = wordSet("playerNouns")

// describedPlayer reports whether mention m of sentence si, in a subject
// before token v, is a side's name before a player's noun with no person
// named after it: "The former France international gave".
func (x *extractor) describedPlayer(si int, m *mention, v int) bool {
	s := &x.sents[si]
	return m.end < len(s.toks) && m.end < v && playerNouns[s.lower(m.end)] && !personAfter(x, si, m.end, v)
}

// playerSubject returns the subject a described player before token p of
// sentence si stands for: the player last named, or none.
func (x *extractor) playerSubject(si, p int) []int {
	if e := x.playerAntecedent(si, p); e >= 0 {
		return []int{e}
	}
	return nil
}

// playerAntecedent returns the person a described player before token p
// of sentence si stands for: the last one named in this sentence or the
// two before whose job title is a player's ("defender"), or -1.
func (x *extractor) playerAntecedent(si, p int) int {
	found := -1
	x.eachPersonBefore(si, p, func(e int) bool {
		for k := range x.facts {
			if k.s == e && k.p == vocab.PJobTitle && isPlayerTitle(k.lit) {
				found = e
				return false
			}
		}
		return true
	})
	return found
}

// isPlayerTitle reports whether a job title's last word is a player's
// noun ("former France international", "defender").
func isPlayerTitle(title string) bool {
	w, _ := lastWord(lower(title))
	return playerNouns[w]
}
