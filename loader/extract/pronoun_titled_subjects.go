// A sentence whose subject is a person told by title alone, after an
// opening clause that names someone else, leaves "he" of the next sentence
// to that title: "Before meeting with Bush, the Crown Prince paid a brief
// courtesy call on President Reagan. During his stay in Washington, he was
// also scheduled to meet with ..." — "he" is the Crown Prince, not Bush,
// who is only the first person named.

package extract

// openingClauseWords open a clause before a sentence's subject.
var openingClauseWords = map[string]bool{"before": true, "after": true, "while": true, "when": true, "since": true, "until": true, "on": true, "upon": true}

// titledSubjectAfterOpening reports whether sentence si opens with a
// clause ("Before meeting with Bush,") that names the person at mention
// index first, and its subject after the comma is "the" and a title with no
// name ("the Crown Prince paid"), followed by a verb.
func (x *extractor) titledSubjectAfterOpening(si int, first *mention) bool {
	s := &x.sents[si]
	toks := s.toks
	if len(toks) < 6 || !openingClauseWords[s.lower(0)] {
		return false
	}
	comma := -1
	for k := 1; k < len(toks) && k < 15; k++ {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || first.start >= comma || comma+3 >= len(toks) || s.lower(comma+1) != "the" {
		return false
	}
	title := false
	for k := comma + 2; k < len(toks) && k <= comma+5; k++ {
		if s.owner[k] >= 0 {
			return false // a name in the subject: "the Saudi Crown Prince Abdullah"
		}
		t := toks[k].Tag
		if t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return title
		}
		if isTitleHead(toks[k].Text) {
			title = true
			continue
		}
		if t != "NNP" && t != "NN" && t != "JJ" {
			return false
		}
	}
	return false
}
