package extract

// A count between a possessive and a plural title is no word of the title:
// "the group's two leaders, Ann Lee and Bob Hart" are the group's leaders,
// as "the group's leaders, Ann Lee and Bob Hart" are.

import "github.com/newsgraph/newsgraph/loader/nlp"

// titleCounts are the spelled counts of holders a title in the plural may
// take after a possessive.
var titleCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}

// pastCountBeforePluralTitle returns the token a title read backwards goes
// on at from token j: the one before j when j, in a title ending before
// token titleEnd, is a spelled count ("two") right after a possessive and
// right before the title's head in the plural ("the company's three
// founders"), so that the reader reaches the possessive, which names the
// title's body; else j.
func pastCountBeforePluralTitle(toks []nlp.Token, j, titleEnd int) int {
	if j < 1 || j+1 >= titleEnd || !titleCounts[lower(toks[j].Text)] {
		return j
	}
	if head := toks[j+1]; head.Tag != "NNS" || !isTitleHead(head.Text) {
		return j
	}
	if p := toks[j-1]; p.Tag == "POS" || p.Text == "'" || p.Text == "’" {
		return j - 1
	}
	return j
}
