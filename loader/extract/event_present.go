// Who is listed as present at an event: "The board met on Thursday, with
// chairman Lawrence Bain, director Carla Smith and member John Doe
// present", "..., with Ann Lee and Bob Chan in attendance".

package extract

import "strings"

// presentList adds to ev the people listed from token j when the list ends
// with "present", "attending" or "in attendance": people's names with
// only commas, "and" and their titles or roles between them. It reports
// whether it added one.
func (x *extractor) presentList(si, j int, ev *event) bool {
	s := &x.sents[si]
	toks := s.toks
	var names []int
	k := j
	for k < len(toks) && k < j+40 {
		if m := x.mentionAt(si, k); m != nil && m.start == k {
			if m.ent < 0 || x.ents[m.ent].typ != Person {
				return false
			}
			names = append(names, m.ent)
			k = m.end
			continue
		}
		if t := toks[k].Tag; t == "," || t == "CC" || t == "NN" || t == "NNS" || t == "JJ" || t == "DT" || t == "NNP" && isTitleHead(toks[k].Text) {
			if s.lower(k) == "present" || s.lower(k) == "in" {
				break
			}
			k++
			continue
		}
		break
	}
	if len(names) == 0 || k >= len(toks) {
		return false
	}
	switch w := s.lower(k); {
	case w == "present" || w == "attending":
	case w == "in" && k+1 < len(toks) && s.lower(k+1) == "attendance":
	default:
		return false
	}
	// "present" ends the clause: not "present at the opening"
	if k+1 < len(toks) && !strings.ContainsAny(toks[k+1].Text, ".,;") && s.lower(k) == "present" {
		return false
	}
	n := len(ev.attendees)
	x.addPeople(ev, si, names)
	return len(ev.attendees) > n
}
