// Companions listed after an event with "along with" or "together with":
// "Mottley attended the Summit of the Americas in Los Angeles this week
// along with President Joe Biden", "Roe was among the guests at the gala on
// Saturday, along with John Doe". Read once the sentence's other readers
// have put someone at the event.

package extract

import "strings"

// alongWithAttendees adds to each event of sentence si (x.events[first:])
// that has an attendee the people listed after "along with" or "together
// with" within the clause after its noun; the list must end the clause.
func (x *extractor) alongWithAttendees(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for _, ev := range x.events[first:] {
		if ev.foreign || len(ev.triggers) == 0 || ev.triggers[0].sent != si || len(ev.attendees) == 0 {
			continue
		}
		tr := ev.triggers[0]
		for j := tr.end; j+2 < len(toks) && j < tr.end+20; j++ {
			w := s.lower(j)
			if w == ";" || w == "and" && strings.HasPrefix(toks[j+1].Tag, "VB") || x.clauseVerbAt(si, j) {
				break
			}
			if (w != "along" && w != "together") || s.lower(j+1) != "with" {
				continue
			}
			if names, end := x.nameList(si, j+2, false); end >= len(toks) || toks[end].Text == "." || toks[end].Text == "," || toks[end].Text == ";" {
				x.addPeople(ev, si, names)
			}
			break
		}
	}
}
