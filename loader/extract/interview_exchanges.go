// Interviews told as an exchange of quotes: on a page with an interviewer
// (a host, an anchor: interviews.go), a sentence quoting the host right
// before or after one quoting another person is their conversation:
//
//	"I keep hearing that," King said.
//	"That's a huge part of the voters," Chisholm said.
//
// Two people quoted one after the other with no host among them are not
// (a story quotes people it spoke to apart).

package extract

// exchangeVerbs attribute a quote to the one who spoke it.
var exchangeVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "replied": true, "replies": true, "answered": true}

// quotedSpeaker returns the one person sentence si quotes, attributed
// after the quote ("“...,” King said." or "“...,” said King."), or -1.
func (x *extractor) quotedSpeaker(si int) int {
	s := &x.sents[si]
	toks := s.toks
	if len(toks) < 5 || !isOpenQuote(toks[0]) {
		return -1
	}
	c := -1 // the closing quote
	for k := 1; k < len(toks); k++ {
		if isCloseQuote(toks[k]) {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= len(toks) {
		return -1
	}
	k := c + 1
	if toks[k].Text == "," { // "said," may sit inside the quote
		k++
	}
	var m *mention
	if exchangeVerbs[s.lower(k)] { // "said King."
		m = x.mentionAt(si, k+1)
		if m == nil || m.start != k+1 {
			return -1
		}
	} else if m = x.mentionAt(si, k); m == nil || m.start != k || m.end >= len(toks) || !exchangeVerbs[s.lower(m.end)] {
		return -1
	}
	if m.ent < 0 || m.nominal || x.ents[m.ent].typ != Person {
		return -1
	}
	// the attribution ends the sentence
	end := m.end + 1
	if m.start > k {
		end = m.end
	}
	if end < len(toks) && toks[end].Text != "." {
		return -1
	}
	return m.ent
}

// exchangeInterviews makes one interview for each host quoted next to
// another person in consecutive sentences.
func (x *extractor) exchangeInterviews(hosts map[int]bool) {
	if len(hosts) == 0 {
		return
	}
	seen := map[[2]int]bool{}
	prev := -1
	for si := range x.sents {
		cur := x.quotedSpeaker(si)
		if cur >= 0 && prev >= 0 && cur != prev && (hosts[cur] != hosts[prev]) {
			host, guest := cur, prev
			if hosts[prev] {
				host, guest = prev, cur
			}
			if !seen[[2]int{host, guest}] {
				seen[[2]int{host, guest}] = true
				ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "interview", verb: true, own: true}
				ev.triggers = append(ev.triggers, trigger{si, 0, 1})
				ev.addAttendee(host, si-1)
				ev.addAttendee(guest, si)
				x.events = append(x.events, ev)
			}
		}
		prev = cur
	}
}
