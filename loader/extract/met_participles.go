// Who speaks after a meeting in a participle of speech: "X, speaking
// after talks with Y, said", "Speaking after meeting Y, X said", "X said
// ..., speaking after meeting Y": the clause's subject was at the meeting.

package extract

// speakingParticiples are the participles of speech that open such a
// clause.
var speakingParticiples = map[string]bool{"speaking": true, "talking": true}

// participleSpeaker reads the speaker of a participle of speech right
// before the "after" or "following" at token a of sentence si: the
// sentence's subject when the participle follows a comma, or fronted
// (the participle opens the sentence: its subject comes after it, see
// frontedSubject).
func (x *extractor) participleSpeaker(si, a int) (subj []int, fronted bool) {
	s := &x.sents[si]
	toks := s.toks
	p := a - 1
	if p < 0 || a >= len(toks) || !speakingParticiples[s.lower(p)] || (s.lower(a) != "after" && s.lower(a) != "following") {
		return nil, false
	}
	if p == 0 {
		return nil, true
	}
	if toks[p-1].Text != "," {
		return nil, false
	}
	// the sentence's subject: a pronoun or a person named first, past
	// titles ("President Emmanuel Macron, speaking after ...")
	if personPronouns[s.lower(0)] && toks[0].Tag == "PRP" {
		if e := x.antecedent(si, 0, true); e >= 0 {
			x.resolvedPronoun(si, 0, e)
			return []int{e}, false
		}
		return nil, false
	}
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.start >= p {
			break
		}
		if m.ent < 0 || m.demonym {
			continue
		}
		if x.ents[m.ent].typ != Person || x.titleLeft(si, m.start, Person) > 0 || m.end >= len(toks) {
			return nil, false
		}
		if t := toks[m.end].Tag; t == "," || t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP" {
			return []int{m.ent}, false
		}
		return nil, false
	}
	return nil, false
}
