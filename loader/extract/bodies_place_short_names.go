package extract

// A firm's short name that is also a town's name, written before a title:
// "Phoenix chairman" in a story naming "Phoenix Financial Corp" is the
// firm's chairman, not the city's. Elsewhere a one-word place's name is left
// to the place ("Toronto" beside "Toronto Dominion Bank").

// shortNameBeforeTitle reports whether body mention m is followed in its
// sentence by a title's head ("chairman", "president"): the body the title
// is held in.
func (x *extractor) shortNameBeforeTitle(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.end < len(toks) && isTitleHead(toks[m.end].Text)
}
