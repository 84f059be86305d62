package extract

// A description ("the chancellor", "the prime minister") does not stand for
// a person the same sentence names before it as a clause's subject or
// object: a writer who names someone does not go on to call that same person
// by a description within the sentence ("Vince Cable said the chancellor had
// failed", "Mr Blair then changed his mind ... amid suspicion the chancellor
// was manoeuvring against him"; binding theory's Principle C). Only a
// possessor may be the one described ("Tony Blair's spokesman declined to say
// whether the prime minister backed the plans"). And a description stands for
// someone of the nearest sentence before that names a person at all: when
// that person holds another title, it stands for no one rather than for
// someone named further back ("Deputy Prime Minister Mr Prescott told BBC
// News ... where the prime minister told Mr Brown" is not Paul Flynn of the
// sentence before).

import "github.com/newsgraph/newsgraph/loader/nlp"

// possessiveAt reports whether the token at i is a possessive ending ("'s",
// "'"), so that the name ending before it is a possessor.
func possessiveAt(toks []nlp.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Text {
	case "'s", "’s", "'", "’":
		return true
	}
	return toks[i].Tag == "POS"
}
