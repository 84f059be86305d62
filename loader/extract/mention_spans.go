package extract

// tokenSpan is tokens [i, j) of sentence si: where a name rule puts a
// longer name in place of the mentions it joins.
type tokenSpan struct{ si, i, j int }

// replaceMentions drops the mentions drop marks (none when drop is nil) and
// adds a mention of type typ over each span, in order.
func (x *extractor) replaceMentions(drop []bool, spans []tokenSpan, typ EntityType) {
	if drop != nil {
		x.removeMentions(drop)
	}
	for _, sp := range spans {
		x.addMention(sp.si, sp.i, sp.j, typ, false)
	}
}

// typedSpan is a tokenSpan with the type of the mention a rule puts over it.
type typedSpan struct {
	tokenSpan
	typ EntityType
}

// replaceTypedMentions drops the mentions drop marks and adds a mention of
// each span's own type over it, in order.
func (x *extractor) replaceTypedMentions(drop []bool, spans []typedSpan) {
	x.removeMentions(drop)
	for _, sp := range spans {
		x.addMention(sp.si, sp.i, sp.j, sp.typ, false)
	}
}

// markJoined marks for replaceMentions mention k and the mentions owned that
// its longer name takes in, making drop when it is nil.
func (x *extractor) markJoined(drop []bool, k int, owned []int) []bool {
	drop = x.markDropped(drop, owned)
	drop[k] = true
	return drop
}

// mentionsWithin reports whether every mention over tokens [i, j) of
// sentence si lies within them and ok holds for it.
func (x *extractor) mentionsWithin(si, i, j int, ok func(m *mention) bool) bool {
	s := &x.sents[si]
	for k := i; k < j; k++ {
		if o := s.owner[k]; o >= 0 {
			if m := &x.mentions[o]; m.start < i || m.end > j || !ok(m) {
				return false
			}
		}
	}
	return true
}

// removeOwnersIn removes every mention that owns a token of [i, j) in
// sentence si, so that a new name can take the span.
func (x *extractor) removeOwnersIn(si, i, j int) {
	s := &x.sents[si]
	var drop []bool
	for k := i; k < j; k++ {
		if o := s.owner[k]; o >= 0 {
			if drop == nil {
				drop = make([]bool, len(x.mentions))
			}
			drop[o] = true
		}
	}
	if drop != nil {
		x.removeMentions(drop)
	}
}

// markDropped marks the mentions owned for removal, making drop when it is
// nil.
func (x *extractor) markDropped(drop []bool, owned []int) []bool {
	if drop == nil {
		drop = make([]bool, len(x.mentions))
	}
	for _, o := range owned {
		drop[o] = true
	}
	return drop
}

// mentionPart is a span of a sentence to become a mention of its own when a
// mention is split (tokens [i, j) of sentence si, of type typ).
type mentionPart struct {
	si, i, j int
	typ      EntityType
}

// splitMentions drops the mentions marked in drop and adds the parts they
// were split into, in order.
func (x *extractor) splitMentions(drop []bool, parts []mentionPart) {
	x.removeMentions(drop)
	for _, p := range parts {
		x.addMention(p.si, p.i, p.j, p.typ, false)
	}
}
