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
