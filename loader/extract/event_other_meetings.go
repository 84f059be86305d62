// A meeting with people left unnamed is another meeting: "Mr Blair held
// talks with Ariel Sharon and Mahmoud Abbas ... he met leaders in Baghdad"
// tells two meetings, and the second's place is not the talks'.

package extract

import "strings"

// unnamedCounterparts reports whether ev's first mention is a meeting verb
// whose object is people described, not named: "met leaders", "met with
// government officials", "meets the ministers". A name in the phrase
// ("met Iraqi leaders", "met Sharon's aides") may be a party told
// elsewhere: no such phrase counts.
func (x *extractor) unnamedCounterparts(ev *event) bool {
	if !ev.verb || len(ev.triggers) == 0 {
		return false
	}
	tr := ev.triggers[0]
	s := &x.sents[tr.sent]
	if !meetVerbs[s.lower(tr.start)] {
		return false
	}
	toks := s.toks
	for k := tr.end; k < len(toks) && k < tr.end+6; k++ {
		if x.mentionAt(tr.sent, k) != nil || dateAt(s.dates, k) != nil {
			return false
		}
		lw, t := s.lower(k), toks[k].Tag
		switch {
		case k == tr.end && lw == "with", t == "DT" || t == "JJ" || t == "CD" || t == "PRP$":
			continue
		case t == "NN" || t == "NNS":
			for k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") && x.mentionAt(tr.sent, k+1) == nil {
				k++
			}
			lw = s.lower(k)
			return peopleNouns[lw] || isTitleHead(strings.TrimSuffix(lw, "s")) || peopleLike(lw)
		}
		return false
	}
	return false
}

// otherMeeting reports whether b, a meeting with people left unnamed and
// held at a place of its own, is not a, which has no place and a party b
// does not name: one person's talks with named people and the same
// person's meeting with "leaders" in Baghdad. Without a place the two
// may well be one ("Gros will meet senior commercial bankers today ...
// Gros will meet representatives of Citibank"), and joining them puts no
// place on a guess.
func (x *extractor) otherMeeting(a, b *event) bool {
	if b.location == nil || a.location != nil || !x.unnamedCounterparts(b) {
		return false
	}
	pb := x.parties(b)
	for _, f := range append(append([]evFact(nil), a.attendees...), a.organizer...) {
		if !pb[f.ent] {
			return true
		}
	}
	return false
}
