// Time spent with someone: "Harry spent the weekend with William",
// "Romney spent two hours with Trump at the White House", "returned a week
// later to spend Christmas with her mother in the Lake District" (the
// mother named elsewhere in the article as her mother). Together for a
// stretch of time they name, the two met (issue 15).

package extract

import "strings"

// spendVerbs spend time: their forms.
var spendVerbs = map[string]bool{"spend": true, "spent": true, "spends": true, "spending": true}

// spentSpans are the stretches of time one spends with someone when met:
// a holiday (holidays) or these; not "time" nor "years" ("spent 20 years
// with the company": a career, not a meeting).
var spentSpans = map[string]bool{"weekend": true, "evening": true, "night": true, "afternoon": true, "morning": true,
	"day": true, "hour": true, "hours": true, "minutes": true, "holiday": true, "holidays": true}

// spentWithEvents reads in sentence si the time a person spends with a
// person or with a relative the article names: a visit whose two sides met.
func (x *extractor) spentWithEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+3 < len(toks); i++ {
		if !strings.HasPrefix(toks[i].Tag, "VB") || !spendVerbs[s.lower(i)] || !x.assertedVerb(si, i) {
			continue
		}
		k := i + 1
		for k < len(toks) && k <= i+3 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
			k++ // "the weekend", "two hours", "a quiet evening"
		}
		if k+2 >= len(toks) || !spentSpans[s.lower(k)] && !holidays[s.lower(k)] || s.lower(k+1) != "with" {
			continue
		}
		subj := x.spenders(si, i)
		if len(subj) == 0 {
			continue
		}
		guests, end := x.spentGuests(si, k+2, subj)
		if len(guests) == 0 {
			continue
		}
		x.addCompanyEvent(groupVisit, "visit", si, i, end, subj, guests)
	}
}

// spenders returns the people who spend the time of the verb at token i:
// its subject, or for "to spend" the subject of the verb whose purpose it
// is ("returned a week later to spend"); nil unless all are people.
func (x *extractor) spenders(si, i int) []int {
	toks := x.sents[si].toks
	v := i
	if lowerIs(toks[i-1].Text, "to") {
		v = -1
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" {
				v = k
				break
			}
			if t := toks[k].Tag; t == "," || t == ":" || t == "MD" || t == "VB" || t == "VBG" {
				break
			}
		}
		if v < 0 {
			return nil
		}
	}
	subj := x.subjectBefore(si, v)
	if len(subj) == 0 && v > 1 && lowerIs(toks[v-1].Text, "and") {
		// "had flown to New York ... and returned a week later to
		// spend": the subject of the verb before the "and"
		for k := v - 2; k >= 0; k-- {
			if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
				subj = x.subjectBefore(si, k)
				break
			}
		}
	}
	for _, e := range subj {
		if x.ents[e].typ != Person {
			return nil
		}
	}
	return subj
}

// spentGuests returns the people after "with" at token j ("with William",
// "with President Donald Trump", "with Tim Scott and Cory Booker", "with her mother" when the article names
// her mother: namedKin) and the token after them; none of subj.
func (x *extractor) spentGuests(si, j int, subj []int) ([]int, int) {
	s := &x.sents[si]
	toks := s.toks
	var out []int
	for j < len(toks) {
		if w := s.lower(j); (w == "his" || w == "her") && j+1 < len(toks) && kinNouns[s.lower(j+1)] {
			owner := x.antecedent(si, j, true)
			if owner < 0 || len(subj) != 1 || owner != subj[0] {
				return nil, j
			}
			kin := x.namedKin(owner, s.lower(j+1))
			if kin < 0 {
				return nil, j
			}
			out = append(out, kin)
			j += 2
		} else if p, end := x.journalistAt(si, j); p >= 0 && end > j {
			for _, e := range subj {
				if e == p {
					return nil, j
				}
			}
			out = append(out, p)
			j = end
		} else {
			return out, j
		}
		if j+1 < len(toks) && (toks[j].Text == "," || s.lower(j) == "and") {
			j++
			continue
		}
		break
	}
	return out, j
}

// addCompanyEvent adds the event of a verb at token i of sentence si that
// puts people in each other's company ("spent the weekend with",
// "shook hands with"): the subject and the guests attend, its place and
// date are read after token end.
func (x *extractor) addCompanyEvent(group eventGroup, word string, si, i, end int, subj, guests []int) {
	ev := &event{group: group, dateSent: -1, entity: -1, word: word, verb: true, own: true}
	ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
	for _, e := range subj {
		ev.addAttendee(e, si)
	}
	for _, e := range guests {
		ev.addAttendee(e, si)
	}
	x.placeDateAfter(si, end, ev)
	x.events = append(x.events, ev)
}
