// Purpose clauses of travel: "Warner flew to Kyiv on Monday to meet
// Zelensky", "Yellen went to Beijing last week to meet He Lifeng": the one
// who travels is the subject of the meeting.

package extract

import "strings"

// purposeSubject returns the subject of a motion verb (motionVerbs) whose
// purpose is the meeting verb at token i ("to meet"): past "to", back over
// the place and date of the journey ("to Kyiv on Monday", "to Beijing last
// week"), no other verb, comma or name of a person between; or nil. The
// journey's date is the meeting's ("flew to Kyiv on Monday").
func (x *extractor) purposeSubject(si, i int, ev *event) []int {
	s := &x.sents[si]
	toks := s.toks
	if i < 3 || s.lower(i-1) != "to" || toks[i-1].Tag != "TO" {
		return nil
	}
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		t := toks[k].Tag
		if motionVerbs[s.lower(k)] && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" || t == "VBG" || t == "VB") {
			if k+1 >= i-1 || !purposePrep(s.lower(k+1)) {
				return nil // "came to meet": the verb's own infinitive, read before
			}
			subj := x.subjectBefore(si, k)
			if len(subj) > 0 && ev.date == "" {
				ev.dateIn(s, si, k+1, i-1)
			}
			if len(subj) > 0 && ev.location == nil {
				x.journeyPlace(si, k+1, i-1, ev)
			}
			return subj
		}
		if t == "," || t == ":" || t == "''" || t == "``" || t == "MD" || t == "PRP" || t == "WDT" || t == "WP" || t == "CC" || len(t) > 1 && t[:2] == "VB" {
			return nil
		}
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && !isPlace(x.ents[m.ent].typ) {
			return nil // "went to Smith's office to meet": not a journey's place
		}
	}
	return nil
}

// journeyPlace gives ev the place the journey of tokens [from, to) ends in,
// the meeting's place: "flew to Berlin to meet Scholz", "had flown to New
// York to see her father", "arrived in Kyiv on Monday to meet Zelensky".
func (x *extractor) journeyPlace(si, from, to int, ev *event) {
	s := &x.sents[si]
	for k := from; k+1 < to; k++ {
		if w := s.lower(k); w != "to" && w != "in" && w != "into" {
			continue
		}
		if m := x.mentionAt(si, k+1); m != nil && m.start == k+1 && m.end <= to && m.ent >= 0 && isPlace(x.ents[m.ent].typ) {
			ev.location = &evFact{m.ent, si}
			return
		}
	}
}

// purposePrep reports whether w opens the journey's destination or time
// after a motion verb: "flew to", "arrived in", "travelled on Monday". Not
// its origin ("travelled from London to meet Zoe" tells an intent, the
// meeting maybe never held) nor a bare "back", "here" or "home".
func purposePrep(w string) bool {
	switch w {
	case "to", "in", "into", "on", "last", "this", "next", "earlier":
		return true
	}
	return false
}

// departVerbs leave a place: "left the White House to visit his wife".
var departVerbs = map[string]bool{"left": true, "leave": true, "leaves": true, "leaving": true, "departed": true, "departs": true, "quit": true, "quits": true}

// departureVerb returns the verb whose object stands right before "to" and
// the meeting verb at token i, when that verb leaves a place: "he left the
// White House to visit his wife" (the visitor is who left, not the White
// House), else -1.
func (x *extractor) departureVerb(si, i int) int {
	s := &x.sents[si]
	if i < 3 || s.lower(i-1) != "to" {
		return -1
	}
	m := x.mentionAt(si, i-2)
	if m == nil || m.end != i-1 {
		return -1
	}
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	if k >= 0 && departVerbs[s.lower(k)] && strings.HasPrefix(s.toks[k].Tag, "VB") {
		return k
	}
	return -1
}
