// Joint appearances: "Hochul and Adams held a joint news conference",
// "Adams and Sewell held a press conference together". The people who hold
// a press conference or briefing together appeared side by side and met
// (gathering), unlike those who only speak at one ("Wright and Byrd told a
// news conference").

package extract

// jointHeads are the heads of a press conference or briefing held jointly.
var jointHeads = map[string]bool{"conference": true, "conferences": true, "briefing": true, "briefings": true, "appearance": true}

// jointGathering reports whether the event mention tr is a press
// conference or briefing held jointly: "joint" inside its noun phrase ("a
// joint news conference", "a joint White House press conference") or
// "together" right after it ("held a press conference together").
func (x *extractor) jointGathering(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end <= 0 || tr.end > len(s.toks) || !jointHeads[s.lower(tr.end-1)] {
		return false
	}
	if tr.end < len(s.toks) && s.lower(tr.end) == "together" {
		return true
	}
	for k := tr.start - 1; k >= 0 && k >= tr.start-4; k-- {
		switch w := s.lower(k); {
		case w == "joint":
			return true
		case s.toks[k].Tag == "DT" || w == "," || s.toks[k].Tag == "IN" || s.toks[k].Tag == "CC":
			return false
		}
	}
	return false
}
