// A broadcaster's channel or station named by a number after its head
// word: "BBC Radio 4", "Radio 1", "Channel 4". The number is part of the
// name, and the name is a body's: the recogniser stops before the number
// ("BBC Radio") or reads "Radio 4" as a thing.

package extract

// broadcastHeads are the words a station's or channel's number follows.
var broadcastHeads = map[string]bool{"radio": true, "channel": true}

// broadcasterNumbers, in sentence si: a capitalised broadcast head word
// followed by a number of one or two digits gives a name ending in the number, a
// body's. A mention ending at the head word grows to the number; a
// mention holding both is typed a body's; a head word no mention holds
// starts one.
func (x *extractor) broadcasterNumbers(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Text
		if w == "" || w[0] < 'A' || w[0] > 'Z' || !broadcastHeads[s.lower(i)] || !stationNumber(toks[i+1].Text) {
			continue
		}
		k := s.owner[i]
		switch {
		case k >= 0 && x.mentions[k].end == i+1 && s.owner[i+1] < 0:
			x.respan(k, x.mentions[k].start, i+2, Organization)
			x.mentions[k].sure = true
		case k >= 0 && x.mentions[k].end == i+2 && x.mentions[k].typ == Other:
			x.mentions[k].typ, x.mentions[k].sure = Organization, true
		case k < 0 && s.owner[i+1] < 0:
			if m := x.addMention(si, i, i+2, Organization, false); m >= 0 {
				x.mentions[m].sure = true
			}
		}
	}
}

// stationNumber reports whether w is a station's or channel's number: one
// or two digits, not starting with 0.
func stationNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 || w[0] < '1' || w[0] > '9' {
		return false
	}
	return len(w) == 1 || w[1] >= '0' && w[1] <= '9'
}
