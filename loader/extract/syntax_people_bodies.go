package extract

// bodyOfPeople returns the mention of the body or country named after the
// people noun or title that ends at token n-1 of sentence si and "of" at
// token n ("finance ministers of the G8"), or nil: in nameList the body
// they speak for is the party.
func (x *extractor) bodyOfPeople(si, n int) *mention {
	toks := x.sents[si].toks
	if n <= 0 || n+1 >= len(toks) || !lowerIs(toks[n].Text, "of") || !(lowerIn(peopleNouns, toks[n-1].Text) || peopleLike(lower(toks[n-1].Text)) || isTitleHead(toks[n-1].Text)) {
		return nil
	}
	q := n + 1
	if lowerIs(toks[q].Text, "the") {
		q++
	}
	pm := x.mentionAt(si, q)
	if pm == nil || pm.start != q || pm.ent < 0 || pm.demonym {
		return nil
	}
	if t := x.ents[pm.ent].typ; t != Organization && t != Country {
		return nil
	}
	return pm
}
