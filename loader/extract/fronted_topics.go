// A fronted phrase about an event, not at it: "On the failure of the
// recent ICO talks, Arango said" and "In reference to the appearance of Mr
// Howard's family on the conference stage with him, Mr Milburn said" tell
// what the speaker comments on; he took no part.

package extract

import "strings"

// frontedTopicNouns are the nouns that make such a phrase ("failure",
// "outcome", "reference").
var frontedTopicNouns = wordSet("frontedTopicNouns")

// frontedTopic reports whether sentence si opens with "on" or "in" and a
// topic noun before the event head at token head: "On the failure of".
// "On the sidelines of the summit" and "In talks with Saito" are at the
// event, not about it.
func (x *extractor) frontedTopic(si, head int) bool {
	s := &x.sents[si]
	if len(s.toks) == 0 || s.lower(0) != "on" && s.lower(0) != "in" {
		return false
	}
	for k := 1; k < head && k < 4; k++ {
		t := s.toks[k].Tag
		if t == "DT" || t == "JJ" || t == "PRP$" {
			continue
		}
		return strings.HasPrefix(t, "NN") && frontedTopicNouns[s.lower(k)] && s.owner[k] < 0
	}
	return false
}
