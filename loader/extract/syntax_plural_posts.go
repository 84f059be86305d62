// Plural posts before a list of people: "met with council members Tom Reyes
// and Lisa Chen", "with city board members A and B". The common nouns
// before the plural people's noun are the post's, not a nameless party that
// ends the list (issue 15: the list was lost whole).

package extract

// pluralPostLead reports whether token k of sentence s opens a plural post
// right before a person's name: at most two lower-case common nouns or
// adjectives, then a plural noun of people or posts ("members",
// "officials", "councillors"), then the name.
func (x *extractor) pluralPostLead(s *sentence, k int) bool {
	toks := s.toks
	for n := k; n < len(toks) && n <= k+2; n++ {
		if s.owner[n] >= 0 || !lowerWord(toks[n].Text) {
			return false
		}
		switch toks[n].Tag {
		case "NN", "JJ":
			continue
		case "NNS":
			if n == k || n+1 >= len(toks) || !peopleNoun1(toks[n].Text) {
				return false
			}
			o := s.owner[n+1]
			return o >= 0 && x.mentions[o].start == n+1 && x.mentions[o].typ == Person && !x.mentions[o].nominal
		default:
			return false
		}
	}
	return false
}
