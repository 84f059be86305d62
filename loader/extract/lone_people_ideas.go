// One-word names that explainer pages show are people's by what they
// think up: the owner of a theory or a model ("Hersey and Blanchard's
// Situational Model", "Maslow's hierarchy"), or the subject of a relative
// clause of thinking ("Tannenbaum and Schmidt, who believed that ...").

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// ideaNouns are the nouns of what a thinker puts forward, owned by a
// person's possessive: "Blanchard's model", "Maslow's hierarchy".
var ideaNouns = map[string]bool{"theory": true, "theories": true, "model": true, "hypothesis": true, "theorem": true, "paradox": true, "conjecture": true, "hierarchy": true}

// thinkingVerbs are verbs of holding or putting forward an idea that a
// relative "who" clause gives people: "Schmidt, who believed".
var thinkingVerbs = map[string]bool{"believed": true, "believes": true, "thought": true, "argued": true, "argues": true, "theorised": true, "theorized": true, "proposed": true, "wrote": true, "suggested": true}

// thinkerName reports whether one-word mention m puts forward an idea: its
// possessive (or that of the name "and" joins it to) owns an idea's noun,
// after capitalised words at most two, or it (or the name joined to it)
// is followed by ", who" and a verb of thinking.
func (x *extractor) thinkerName(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.end
	if i+1 < len(s.toks) && s.lower(i) == "and" && x.oneWordNameAt(s, i+1) {
		i += 2 // "Hersey and Blanchard's", "Tannenbaum and Schmidt, who"
	}
	return ideaAfterPossessive(s, i) || thinkingWho(s, i)
}

// oneWordNameAt reports whether token i of s is a one-word name.
func (x *extractor) oneWordNameAt(s *sentence, i int) bool {
	o := s.owner[i]
	return o >= 0 && x.mentions[o].start == i && x.mentions[o].end == i+1 && !x.mentions[o].demonym
}

// ideaAfterPossessive reports whether a possessive at token i of s owns an
// idea's noun, after capitalised words at most two: "'s Situational Model".
func ideaAfterPossessive(s *sentence, i int) bool {
	if i >= len(s.toks) || s.toks[i].Tag != "POS" {
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
		if ideaNouns[s.lower(j)] {
			return true
		}
		if !gazetteer.Capitalised(s.toks[j].Text) {
			return false
		}
	}
	return false
}

// thinkingWho reports whether ", who" and a verb of thinking stand at
// token i of s: ", who believed that".
func thinkingWho(s *sentence, i int) bool {
	return i+2 < len(s.toks) && s.toks[i].Text == "," && s.lower(i+1) == "who" && thinkingVerbs[s.lower(i+2)]
}
