// Appearances before a court, a judge or a body, and testimony: "Smith
// appeared in court on Monday before Magistrate Tamia Richards", "Jackson
// testified before the Senate Judiciary Committee on Wednesday", "Altman
// appeared before a Senate subcommittee". Each is a hearing the person
// attended: the judge before whom one appears is there too, a court named
// is its place, a body one appears before holds it (issue 15).

package extract

import "strings"

// appearVerbs appear before a court or a body; testifyVerbs give evidence
// before one (or "to" one).
var (
	appearVerbs  = map[string]bool{"appear": true, "appeared": true, "appears": true, "appearing": true, "arraigned": true}
	testifyVerbs = map[string]bool{"testify": true, "testified": true, "testifies": true, "testifying": true}
)

// hearingBodies are the heads of the bodies before which one appears or
// testifies at a hearing.
var hearingBodies = map[string]bool{"committee": true, "subcommittee": true, "court": true, "tribunal": true, "commission": true,
	"panel": true, "board": true, "council": true, "senate": true, "house": true, "congress": true, "parliament": true,
	"assembly": true, "inquiry": true, "jury": true}

// appearanceEvents reads the appearances and testimony of sentence si.
func (x *extractor) appearanceEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !strings.HasPrefix(toks[i].Tag, "VB") {
			continue // the cheap screen before the word lists
		}
		lw := s.lower(i)
		testify := testifyVerbs[lw]
		if !appearVerbs[lw] && !testify || !x.assertedVerb(si, i) {
			continue
		}
		who := x.onlySubject(si, i)
		if who < 0 {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "hearing", verb: true, own: true}
		if !x.readAppearance(si, i+1, testify, who, ev) {
			continue
		}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		ev.addAttendee(who, si)
		x.events = append(x.events, ev)
	}
}

// readAppearance reads the clause after an appearance's verb from token j
// up to its end: "in court", "in the Magistrates' Court", "before
// Magistrate X", "before the Senate Judiciary Committee", (for testimony)
// "to the committee", and the date. It reports whether the clause names a
// court or someone or a body appeared before.
func (x *extractor) readAppearance(si, j int, testify bool, who int, ev *event) bool {
	s := &x.sents[si]
	toks := s.toks
	end := min(len(toks), j+16)
	for k := j; k < end; k++ {
		if t := toks[k].Text; t == ";" || t == "," || strings.HasPrefix(toks[k].Tag, "VB") || s.lower(k) == "that" || s.lower(k) == "and" {
			end = k
			break
		}
	}
	found := false
	for k := j; k < end; k++ {
		w := s.lower(k)
		switch {
		case w == "in" && k+1 < end && s.lower(k+1) == "court":
			found = true // "appeared in court"
		case w == "before" || testify && w == "to":
			q := k + 1
			if q < end && s.lower(q) == "the" || q < end && toks[q].Tag == "DT" {
				q++
			}
			if p, pe := x.journalistAt(si, k+1); p >= 0 && p != who && pe <= end {
				ev.addAttendee(p, si) // "before Magistrate Tamia Richards"
				found = true
				k = pe - 1
				continue
			}
			if b, be := x.hearingBodyAt(si, q, end); b >= 0 {
				if x.isCourt(b) {
					ev.location = &evFact{b, si}
				} else {
					ev.addOrganizer(b, si)
				}
				found = true
				k = be - 1
			}
		case w == "in" || w == "at":
			if c, ce := x.hearingBodyAt(si, k+1+boolInt(k+1 < end && s.lower(k+1) == "the"), end); c >= 0 && x.isCourt(c) {
				ev.location = &evFact{c, si}
				found = true
				k = ce - 1
			}
		}
	}
	if found {
		ev.dateIn(s, si, j, end)
	}
	return found
}

// hearingBodyAt returns the body named from token q, before end, whose
// name ends in a head of hearingBodies ("the Senate Judiciary Committee",
// "a Senate subcommittee" read through its body, "the Magistrates' Court"),
// and the token after it; -1 when there is none.
func (x *extractor) hearingBodyAt(si, q, end int) (int, int) {
	s := &x.sents[si]
	for k := q; k < end && k <= q+2; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.start != k || m.ent < 0 || m.end > end {
			if s.toks[k].Tag == "JJ" || s.toks[k].Tag == "DT" {
				continue
			}
			return -1, q
		}
		if t := x.ents[m.ent].typ; t != Organization {
			return -1, q
		}
		f := strings.Fields(lower(m.text))
		if len(f) > 0 && hearingBodies[f[len(f)-1]] || len(f) == 1 && (f[0] == "congress" || f[0] == "parliament") {
			return m.ent, m.end
		}
		return -1, q
	}
	return -1, q
}

// isCourt reports whether body e is a court: its name ends in "Court".
func (x *extractor) isCourt(e int) bool {
	f := strings.Fields(lower(x.ents[e].name))
	return len(f) > 1 && f[len(f)-1] == "court"
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
