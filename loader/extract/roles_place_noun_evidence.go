package extract

// The evidence of "Ann Cole, the island's port director," linking her to
// the island the story is about. A fact between two entities cites a
// sentence that names both; when none does, the noun ("the island's")
// names the place in the fact's own sentence, and is recorded as a word
// referring to it so that the fact keeps that sentence rather than moving
// to the first sentence naming the island, which says nothing of her.

// namedTogether reports whether entities a and b are named in one sentence.
func (x *extractor) namedTogether(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	in := map[int]bool{}
	for _, k := range x.ents[a].mentions {
		in[x.mentions[k].sent] = true
	}
	for _, k := range x.ents[b].mentions {
		if in[x.mentions[k].sent] {
			return true
		}
	}
	return false
}

// storyPlaceNoun reads "the Territory's" at token j of sentence si, in an
// apposition after a name ending before token end ("Hon. Natalio Wheatley,
// the Territory's Premier,"): the mention of the place the story is about,
// or -1. When no sentence names the person and the place together, the
// noun is recorded as referring to the place, so that the affiliation
// cites this sentence.
func (x *extractor) storyPlaceNoun(si, end, j int) int {
	s := &x.sents[si]
	toks := s.toks
	if j+2 >= len(toks) || !lowerIn(placeKinds, toks[j].Text) || s.owner[j] >= 0 || toks[j+1].Tag != "POS" {
		return -1
	}
	c := x.storyPlace()
	if c < 0 || len(x.ents[c].mentions) == 0 {
		return -1
	}
	if end > 0 && s.owner[end-1] >= 0 && !x.namedTogether(x.mentions[s.owner[end-1]].ent, c) {
		x.referringWord(si, j, c)
	}
	return x.ents[c].mentions[0]
}
