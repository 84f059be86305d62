// Conversations and calls told with plain verbs in modern copy: "Mayor Wu
// spoke with Governor Healey on Monday", "Biden called Putin on Tuesday",
// "Biden and Putin spoke on Tuesday": one event both people attend. A
// speech ("spoke to reporters", "spoke at the rally"), an outlet ("spoke
// with CNN"), a name ("called him a liar", "called on X to") and a denial
// are none.

package extract

import (
	"slices"
	"strings"
)

// talkVerbs talk with someone: "spoke with", "talked with" ("spoke to X"
// is left to interviews: who speaks to someone who is no host is told, not
// met; interviews_active.go).
var talkVerbs = map[string]bool{"spoke": true, "talked": true, "speaks": true, "talks": true, "spoken": true,
	"chatted": true, "chats": true}

// callVerbs call someone: "called Putin on Tuesday".
var callVerbs = map[string]bool{"called": true, "calls": true, "rang": true}

// afterCallee are the words after a callee that end the call's clause:
// "called Putin on Tuesday", "called Putin to congratulate him".
var afterCallee = map[string]bool{"on": true, "yesterday": true, "today": true, "tonight": true, "last": true,
	"this": true, "early": true, "late": true, "earlier": true, "to": true, "and": true, "after": true, "shortly": true, ".": true, ",": true}

// afterTalkers are the words after "A and B spoke" that leave it a
// conversation between them: a date, "by phone", "for an hour", "again".
var afterTalkers = map[string]bool{"on": true, "yesterday": true, "today": true, "tonight": true, "last": true,
	"by": true, "for": true, "again": true, "briefly": true, "privately": true, "twice": true, "earlier": true,
	"late": true, "early": true, "this": true, ".": true}

// spokeEvents reads the conversations and calls of sentence si told with
// plain verbs.
func (x *extractor) spokeEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		lw := s.lower(i)
		if !strings.HasPrefix(toks[i].Tag, "VB") || negated(toks, i) || !s.in(i, tlTalkVerbs) && !s.in(i, tlCallVerbs) || insideQuote(toks, i) && !x.quotedSelfSubject(si, i) {
			continue
		}
		// "spoke by phone with": a call its trigger reads (event_triggers.go)
		if strings.Contains(lower(x.span(si, i, min(len(toks), i+12))), "phone") {
			continue
		}
		var parties, side []int
		next := i + 1
		switch w := s.lower(i + 1); {
		case talkVerbs[lw] && (w == "with" || toks[i+1].Tag == "RB" && i+2 < len(toks) && s.lower(i+2) == "with"):
			// "spoke with", "chatted briefly with"
			at := i + 2
			if w != "with" {
				at = i + 3
			}
			guest, end := x.journalistAt(si, at)
			hosts := x.talkers(si, i)
			if guest < 0 || len(hosts) == 0 || slices.Contains(hosts, guest) || end < len(toks) && toks[end].Tag == "POS" {
				continue
			}
			parties, next = append(hosts, guest), end
			if len(hosts) > 1 {
				side = hosts // "Hubbard and Reed chatted briefly with Reynolds": one side
			}
		case callVerbs[lw] && toks[i].Tag != "VBN":
			guest, end := x.journalistAt(si, i+1)
			host := x.onlySubject(si, i)
			if guest < 0 || host < 0 || end < len(toks) && !afterCallee[s.lower(end)] || end == len(toks) {
				continue
			}
			if s.lower(end) == "to" && (end+1 >= len(toks) || toks[end+1].Tag != "VB") {
				continue // "called Smith to the stand" is no call
			}
			parties, next = []int{host, guest}, end
		case talkVerbs[lw] && afterTalkers[w] && (w != "on" || x.dateStartsAt(si, i+1)) && !withAfter(s, i+1):
			// "Biden and Putin spoke on Tuesday" (but "Hubbard and Reed
			// chatted briefly with Reynolds": each with a third)
			subj := x.subjectBefore(si, i)
			if len(subj) != 2 || speakersAtPlace(s, i) || x.ents[subj[0]].typ != Person || x.ents[subj[1]].typ != Person {
				continue
			}
			parties = subj
		}
		if len(parties) < 2 || parties[0] == parties[1] {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "talks", verb: true, own: true}
		if callVerbs[lw] {
			ev.group, ev.word = groupCall, "call"
		}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		for _, p := range parties {
			ev.addAttendee(p, si)
		}
		if side != nil {
			ev.sides = append(ev.sides, side)
		}
		x.placeDateAfter(si, next, ev)
		x.events = append(x.events, ev)
	}
}

// speakersAtPlace reports whether the clause of the talk verb at token v
// of s opens with "where" or "at which": "a rally, where Golding and
// Paulwell spoke" tells speeches at the rally (their attendance), not a
// conversation between the two.
func speakersAtPlace(s *sentence, v int) bool {
	for k := v - 1; k >= 0 && s.toks[k].Text != "," && s.toks[k].Text != ";"; k-- {
		if w := s.lower(k); w == "where" || w == "which" && k > 0 && (s.lower(k-1) == "at" || s.lower(k-1) == "in") {
			return true
		}
	}
	return false
}

// dateStartsAt reports whether a date expression of sentence si starts at
// token k or the token after it ("on Tuesday").
func (x *extractor) dateStartsAt(si, k int) bool {
	for _, d := range x.sents[si].dates {
		if d.Start == k || d.Start == k+1 {
			return true
		}
	}
	return false
}

// insideQuote reports whether token i is inside a quotation opened before
// it in its sentence: who "he" is in a quote is the speaker's to say
// ("\"He has spoken to manager David Moyes,\" said spokesman Ian Ross").
func insideQuote(toks []nlpToken, i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if isOpenQuote(toks[k]) || isCloseQuote(toks[k]) {
			n++
		}
	}
	return n%2 == 1
}

// withAfter reports whether "with" or "to" follows within three tokens
// from token k of s: "spoke briefly with", "talked by phone to".
func withAfter(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if w := s.lower(j); w == "with" || w == "to" {
			return true
		}
	}
	return false
}

// talkers returns the people who talk with someone as the subject of verb
// v of sentence si: one person, or two or three people all named there
// ("Hubbard and Reed chatted briefly with Reynolds"); nil else.
func (x *extractor) talkers(si, v int) []int {
	if p := x.onlySubject(si, v); p >= 0 {
		return []int{p}
	}
	subj := x.subjectBefore(si, v)
	if len(subj) < 2 || len(subj) > 3 {
		return nil
	}
	for _, e := range subj {
		if e < 0 || x.ents[e].typ != Person {
			return nil
		}
	}
	return subj
}
