// Credit ratings are no bodies: "rated Aa-2 by Moody's and AA-minus by
// Standard and Poor's", "affirmed the AA ratings on the senior debt". The
// recogniser reads the rating's letters as an organisation's acronym ("AA"
// in 19 Reuters stories). A rating's letters (A, AA, AAA, B, BB, BBB, C,
// CC, CCC, D; Moody's Aaa, Aa, A, Baa, Ba, B, Caa, Ca), maybe with a
// "-plus"/"-minus" or a Moody's digit, in a sentence that speaks of
// ratings or before what they rate, name no entity.

package extract

import "regexp"

// ratingShape matches a credit rating's letters as news writes them.
var ratingShape = regexp.MustCompile(`^(A{1,3}|B{1,3}|C{1,3}|D|Aaa|Aa|Baa|Ba|Caa|Ca)(-?[123]|-plus|-minus|\+|-)?$`)

// ratingCues are the words that make a sentence speak of credit ratings.
var ratingCues = map[string]bool{
	"rated": true, "rating": true, "ratings": true, "downgraded": true, "upgraded": true,
	"downgrade": true, "upgrade": true, "affirmed": true, "affirms": true,
}

// ratedWords are the words right after a rating that say what it rates or
// who gave it ("AA senior debt", "AA-minus by S and P").
var ratedWords = map[string]bool{
	"senior": true, "subordinated": true, "debt": true, "paper": true, "preferred": true, "by": true,
	"rating": true, "ratings": true,
}

// dropRatings removes the mentions, of any type, whose name is a credit
// rating's letters in a sentence with a rating cue or before a rated word.
func (x *extractor) dropRatings() {
	x.dropMentionsIf(func(m *mention) bool {
		if m.end-m.start != 1 || m.sure || !ratingShape.MatchString(m.name) {
			return false
		}
		s := &x.sents[m.sent]
		if m.end < len(s.toks) && ratedWords[s.lower(m.end)] {
			return true
		}
		for i := range s.toks {
			if ratingCues[s.lower(i)] {
				return true
			}
		}
		return false
	})
}
