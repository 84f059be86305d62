package extract

// A second post joined by "and" to the first in an apposition (issue 15):
// "C. Eugene Steuerle, a fellow at the Urban Institute and a co-founder of
// the Urban-Brookings Tax Policy Center", "Rep. Robert Kastenmeier, a
// Wisconsin Democrat and member of the House Intelligence Committee".

// secondPost reads the post after the "and" that follows the first post of
// an apposition after a name ending at token end: the "and" must come
// before any comma or other closing word, and an article or a title head
// must follow it, and the first post must be one apposition reads. The
// first post may follow a verb as well as a comma (roleVerb): "Ray Charles
// is the founder and CEO of Charles Media Group", "John Smith is chairman
// and chief executive of Acme Corp"; and an age or a degree may stand
// before it ("Jan Lee, 44, is president and chief executive of Acme").
func (x *extractor) secondPost(si, end int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	if end+3 >= len(toks) || toks[end].Text != "," && roleVerb(toks, end) == end {
		return r, false
	}
	// the first post is read after the name ("a fellow at the Urban
	// Institute", "a Wisconsin Democrat"): not a clause ("speaking in Texas")
	if _, ok := x.apposition(si, end); !ok {
		if _, ok := x.memberApposition(si, end); !ok {
			return r, false
		}
	}
	// the scan starts inside the first post, past an age or a degree
	// before it ("Jan Lee, 44, is president and chief executive of")
	from := end + 2
	if j, ok := appositionStart(toks, end); ok && j+1 > from {
		from = j + 1
	}
	for k := from; k+1 < len(toks) && k < from+18; k++ {
		if m := x.mentionAt(si, k); m != nil && m.typ == Person {
			return r, false
		}
		w := s.lower(k)
		if w != "and" {
			if closes(toks[k]) || w == "which" || w == "whose" {
				return r, false
			}
			continue
		}
		n := s.lower(k + 1)
		if n != "a" && n != "an" && n != "the" && !isTitleHead(toks[k+1].Text) {
			return r, false
		}
		return x.appositionAt(si, k, k+1)
	}
	return r, false
}
