// A club's name read in two: "Sunderland FC" read as the town (or the club)
// Sunderland and a body "FC". A one-word body that is a club's suffix (the
// teamWords: "FC", "United", "Rovers") right after a town's or a body's
// name ends that name: the two are one club.

package extract

// joinClubSuffixes joins into one organisation's name a one-word body of
// the teamWords and the town's or body's name right before it, in the same
// sentence (see the file's comment). A country or a nation's adjective
// before it is no club's town ("England FC" stays as the recogniser read it).
func (x *extractor) joinClubSuffixes() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		b := &x.mentions[k]
		if b.typ != Organization || b.end-b.start != 1 || b.nominal || b.demonym || b.bstart != 0 || b.bend != 0 ||
			!lowerIn(teamWords, x.sents[b.sent].toks[b.start].Text) || b.start == 0 {
			continue
		}
		a := x.mentionAt(b.sent, b.start-1)
		if a == nil || a.end != b.start || a.demonym || a.nominal || a.bstart != 0 || a.bend != 0 {
			continue
		}
		if a.typ != Organization && a.typ != City && a.typ != Place {
			continue
		}
		s := &x.sents[b.sent]
		drop = x.markJoined(drop, k, []int{s.owner[a.start]})
		spans = append(spans, tokenSpan{b.sent, a.start, b.end})
	}
	if spans == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}
