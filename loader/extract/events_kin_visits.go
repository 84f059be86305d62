// Visits to kin: "Zoe had flown to New York to see her father", "he
// visited his mother in hospital". The relative is named elsewhere in the
// article as the visitor's kin ("her wealthy father, Future Publishing
// founder Chris Anderson"): the visit is a meeting of the two.

package extract

import (
	"slices"
	"strings"
)

// kinVisitVerbs visit or see a relative.
var kinVisitVerbs = map[string]bool{"visit": true, "visited": true, "visits": true, "visiting": true,
	"see": true, "saw": true, "sees": true, "seeing": true}

// kinVisits reads the visits of sentence si to a relative named by kin
// noun only ("to see her father"), when the article names that relative
// of the visitor once (namedKin).
func (x *extractor) kinVisits(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !strings.HasPrefix(toks[i].Tag, "VB") || !kinVisitVerbs[s.lower(i)] || !x.assertedVerb(si, i) {
			continue
		}
		p := i + 1
		if w := s.lower(p); w != "his" && w != "her" {
			continue
		}
		k := p + 1
		for k < len(toks) && toks[k].Tag == "JJ" {
			k++ // "her ailing mother"
		}
		if k >= len(toks) || !kinNouns[s.lower(k)] || strings.HasSuffix(s.lower(k), "s") || x.mentionAt(si, k+1) != nil || k+2 < len(toks) && toks[k+1].Text == "," && x.mentionAt(si, k+2) != nil {
			continue // a named relative ("his mother, Mary Jones") is the verb's object (readMeetVerb)
		}
		owner := x.antecedent(si, p, true)
		if owner < 0 || x.ents[owner].typ != Person {
			continue
		}
		kin := x.namedKin(owner, s.lower(k))
		if kin < 0 {
			continue
		}
		ev := &event{group: groupVisit, dateSent: -1, entity: -1, word: "visit", verb: true, own: true}
		subj := x.subjectBefore(si, i)
		if len(subj) == 0 {
			subj = x.purposeSubject(si, i, ev) // "had flown to New York to see her father"
		}
		// the visitor is whose relative it is: "Zoe ... to see her father"
		if len(subj) != 1 || subj[0] != owner {
			continue
		}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		ev.addAttendee(owner, si)
		ev.addAttendee(kin, si)
		x.placeDateAfter(si, k+1, ev)
		x.events = append(x.events, ev)
	}
}

// pastKinNoun returns the token after "his brother" or "her mother," at
// token j of sentence si when a name follows it ("met his brother Ravi
// Sood") and the possessive stands for one of the verb's subjects subj,
// else j: in "left the White House to visit his wife Nancy" the White House
// read as the subject is not whose wife she is.
func (x *extractor) pastKinNoun(si, j int, subj []int) int {
	s := &x.sents[si]
	toks := s.toks
	if j >= len(toks) || s.lower(j) != "his" && s.lower(j) != "her" || !slices.Contains(subj, x.antecedent(si, j, true)) {
		return j
	}
	k := j + 1
	for k < len(toks) && toks[k].Tag == "JJ" {
		k++
	}
	if k >= len(toks) || !kinNouns[s.lower(k)] {
		return j
	}
	k++
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if m := x.mentionAt(si, k); m != nil && m.start == k && m.typ == Person {
		return k
	}
	return j
}

// assertedVerb reports whether token i of sentence si is a verb the sentence
// asserts: tagged a verb, not negated, not inside a quote, not unreal (a
// wish, a plan called off) and not a mere possibility ("could see").
func (x *extractor) assertedVerb(si, i int) bool {
	toks := x.sents[si].toks
	return strings.HasPrefix(toks[i].Tag, "VB") && !negated(toks, i) && !insideQuote(toks, i) &&
		!x.unrealTrigger(trigger{si, i, i + 1}) && !mayOnly(toks, i)
}

// mayOnly reports whether the verb at token i is governed by a modal of
// possibility or permission ("he could see his son", "may visit"): what may
// happen, not a visit made.
func mayOnly(toks []nlpToken, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Tag == "MD" {
			w := lower(toks[k].Text)
			return w != "will" && w != "'ll" && w != "shall"
		}
		if !(toks[k].Tag == "RB" || strings.HasPrefix(toks[k].Tag, "VB")) {
			return false
		}
	}
	return false
}
