package extract

// alternativeOnly reports whether party a is, at every mention by name in
// its sentence, one of two names joined by "or" ("either in consultation with
// the World Bank or the International Monetary Fund", "Baker will meet Shultz
// or Weinberger"): the sentence does not say which takes part, so a careful
// reader gives the event neither (event-seed145 row 35).
func (x *extractor) alternativeOnly(a evFact) bool {
	return x.atEveryNamedMention(a, func(_ *sentence, m *mention) bool { return x.orJoined(a.sent, m) })
}

// orJoined reports whether mention m is joined by "or" to another named
// mention right before or after it ("X or Y", "X or the Y").
func (x *extractor) orJoined(si int, m *mention) bool {
	s := &x.sents[si]
	named := func(k int) bool {
		o := x.mentionAt(si, k)
		return o != nil && o != m && !o.nominal && o.ent >= 0 && o.ent != m.ent
	}
	if n := m.end; n+1 < len(s.toks) && s.lower(n) == "or" {
		k := n + 1
		if s.lower(k) == "the" && k+1 < len(s.toks) {
			k++
		}
		if named(k) {
			return true
		}
	}
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	return k >= 1 && s.lower(k) == "or" && named(k-1)
}
