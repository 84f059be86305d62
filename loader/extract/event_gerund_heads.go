// An event noun in -ing the tagger read as a gerund: "testified at a
// Judiciary Committee hearing on Wednesday", "told a White House briefing"
// (issue 15). After a name, a noun, an adjective or a determiner and with
// no object after it, the word is the noun; "hearing the case", "briefing
// reporters", "Fed officials hearing that" stay verbs; a plural word after
// a determiner modifies the noun ("a media briefing").

package extract

// gerundNouns are the event nouns in -ing that read as gerunds.
var gerundNouns = map[string]bool{"hearing": true, "briefing": true}

// gerundNounHead reports whether token i of sentence si is an event noun
// of gerundNouns tagged VBG that heads a noun phrase.
func (x *extractor) gerundNounHead(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if i == 0 || toks[i].Tag != "VBG" || !gerundNouns[s.lower(i)] {
		return false
	}
	// a plural noun before it is the verb's subject: "are Fed officials
	// hearing that"
	p := toks[i-1].Tag
	if p == "NNS" && !determinedModifier(s, i-1) || s.owner[i-1] < 0 && p != "NN" && p != "NNP" && p != "NNS" && p != "JJ" && p != "DT" && p != "POS" && p != "PRP$" {
		return false
	}
	if i+1 < len(toks) {
		if n := toks[i+1].Tag; n == "DT" || n == "PRP" || n == "PRP$" || s.owner[i+1] >= 0 || n == "NN" || n == "NNS" || s.lower(i+1) == "that" {
			return false // "hearing the case", "briefing reporters", "hearing that"
		}
	}
	return true
}

// determinedModifier reports whether the plural noun at token k of
// sentence s follows a determiner or possessive past adjectives only ("a
// media briefing", "the virtual media briefing", "Tuesday's media
// briefing"): a modifier of the noun after it, no subject of a verb.
func determinedModifier(s *sentence, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		switch t := s.toks[q].Tag; {
		case t == "JJ":
		case t == "POS" || t == "PRP$":
			return true
		case t == "DT":
			w := s.lower(q)
			return w == "a" || w == "an" || w == "the" || w == "this" || w == "that"
		default:
			return false
		}
	}
	return false
}
