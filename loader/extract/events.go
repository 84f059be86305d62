package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

type nlpToken = nlp.Token

// event is a meeting, talks, summit, call, conference, visit or meal,
// gathered from one or more mentions.
type event struct {
	group      eventGroup
	name       string
	attendees  []evFact // entity + evidence sentence
	organizer  []evFact
	location   *evFact
	date       string
	dateSent   int
	super      *event
	superSent  int
	sidelines  bool // held on the sidelines of super: its people attend super
	triggers   []trigger
	merged     *event // when merged into another event
	own        bool   // has participants of its own (not only inherited)
	definite   bool   // "the meeting", "that meeting"
	indef      bool   // "a meeting"
	agents     []evFact
	hosts      []evFact // organisers who also attend: "Kohl invited the Commission for talks"
	sides      [][]int  // parties on one side, who did not meet each other: "talks between banks and Mexico, Chile"
	visitors   []int    // who makes a visit (a noun's possessor or subject), not whom it meets
	word       string   // the trigger word, singular: "talks", "meeting"
	verb       bool     // named by a verb ("met"), not a noun
	foreign    bool     // read in Spanish, French or German text (events_foreign.go)
	plural     bool     // attendees read from "they", "the two": named together in the sentence before the event's
	attendOnly bool     // a foreign sitting or press conference: its people attend, they do not meet
	entity     int      // entity index once emitted, -1 before
	earlier    bool     // told as an earlier round ("the last round of talks in 1984"): its date and place are not the event's it joins (event_rounds.go)
}

type evFact struct {
	ent, sent int
}

type trigger struct {
	sent, start, end int // tokens; [start, end) is the noun phrase's head
}

// root follows merges.
func (e *event) root() *event {
	r := e
	for r.merged != nil {
		r = r.merged
	}
	// Point the chain straight at its root, so later calls are O(1).
	for e.merged != nil && e.merged != r {
		e, e.merged = e.merged, r
	}
	return r
}

// findEvents finds event mentions sentence by sentence, reads their
// participants, place and date, then merges mentions of one event.
func (x *extractor) findEvents() {
	hosts := x.interviewers()
	trials := map[int]*event{}
	sports := x.sportsStory()
	for si := range x.sents {
		if !x.sents[si].row {
			first := len(x.events)
			x.sentenceEvents(si)
			x.togetherEvents(si, first)
			x.pluralObjects(si, first) // plural_objects.go
			if len(hosts) > 0 {
				x.interviewEvents(si, hosts)
			}
			x.courtEvents(si, trials)
			x.modernEvents(si)
			x.spokeEvents(si)         // events_spoke.go
			x.kinVisits(si)           // events_kin_visits.go
			x.spentWithEvents(si)     // events_spent_with.go
			x.handshakeEvents(si)     // events_handshakes.go
			x.appearanceEvents(si)    // events_appearances.go
			x.toldAtEvents(si, first) // events_told_at.go
			x.modernAttendees(si, first)
			x.presenceAttendees(si, first)
			x.presentAtAttendees(si, first) // event_present_at.go
			x.showEvents(si, sports)
			x.namedEventPresence(si, sports) // events_named_presence.go
			x.namedEventPlaces(si)           // events_named_places.go
			x.passiveInterviews(si)
			x.activeInterviews(si, hosts)   // interviews_active.go
			x.presentListAfter(si)          // event_present_lists.go
			x.bodyMemberEvents(si)          // event_body_members.go
			x.alongWithAttendees(si, first) // event_along_with.go
		}
	}
	x.exchangeInterviews(hosts) // interview_exchanges.go
	x.mergeEvents()
	x.bodyDecisionMeetings() // event_body_decisions.go
	x.generalMeetingHosts()  // event_general_meetings.go
}

// sentenceEvents reads the event mentions of sentence si.
func (x *extractor) sentenceEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	var evs []*event
	for i := 0; i < len(toks); i++ {
		g, ok := x.isTrigger(si, i)
		if !ok || targetMeet(s, i) || x.meetNoMeeting(si, i) { // event_meet_targets.go, event_meet_senses.go
			continue
		}
		ev := &event{group: g, dateSent: -1, entity: -1, word: strings.TrimSuffix(lower(toks[i].Text), "s")}
		if ante := x.eventAnaphor(si, i); ante != nil {
			ev.word = ante.word // "at the event": the gathering told just before
		}
		if i > 0 && lowerIs(toks[i-1].Text, "summit") { // "summit meeting", "summit talks"
			ev.group, ev.word = groupSummit, "summit"
		}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		lw := lower(toks[i].Text)
		_, ev2 := eventVerbs[lw]
		verb := strings.HasPrefix(toks[i].Tag, "VB") && (meetVerbs[lw] || receiveVerbs[lw] || ev2 || g == groupCall && !strings.HasPrefix(lw, "call"))
		// "Scholz spoke by phone with": "spoke" may be tagged a noun
		verb = verb || g == groupCall && (speakVerbs[lw] || tellVerbs[lw])
		if negotiateVerbs[lw] && strings.HasPrefix(toks[i].Tag, "VB") {
			ev.verb, ev.word = true, "negotiation" // one event with "the negotiations" told after
			if !x.readNegotiate(si, i, ev) {
				continue
			}
		} else if discussVerbs[lw] && strings.HasPrefix(toks[i].Tag, "VB") {
			ev.verb = true
			if !x.readDiscuss(si, i, ev) {
				continue
			}
		} else if verb {
			ev.verb = true
			x.readMeetVerb(si, i, ev)
			// "The general assembly of the corporation met in Abu Dhabi":
			// the event noun is the verb's subject.
			if n := len(evs); n > 0 && !ev.own && noVerbBetween(toks, evs[n-1].triggers[0].end, i) {
				evs[n-1].absorb(ev)
				continue
			}
		} else {
			x.readNounEvent(si, i, ev)
		}
		// "meet for talks": one event.
		if n := len(evs); n > 0 {
			p := evs[n-1]
			pt := p.triggers[0]
			if pt.sent == si && i-pt.end <= 2 && i > 0 && lowerIs(toks[i-1].Text, "for") && p.group == g {
				p.absorb(ev)
				continue
			}
		}
		evs = append(evs, ev)
	}
	// Dates: the nearest date expression after the trigger before the next
	// trigger, else in front of it ("a June summit", "Sunday's dinner").
	for k, ev := range evs {
		tr := ev.triggers[0]
		next := len(toks)
		if k+1 < len(evs) {
			next = x.npStart(si, evs[k+1].triggers[0].start)
		}
		np := x.npStart(si, tr.start)
		if d := x.possessiveDate(si, np, tr.start); d != nil {
			// "Wednesday night's debate - and the March 3 primaries"
			ev.date, ev.dateSent = d.Value, si
			continue
		}
		for _, d := range s.dates {
			if d.Start >= tr.end && d.Start < next && x.clauseGap(si, tr.end, d.Start) <= 12 && eventVerbsPastOrganiser(toks, tr.end, d.Start) && !predicateNoun(toks, tr.end, d.Start) && !supersededDate(toks, tr.start, d.Start) {
				ev.date, ev.dateSent = d.Value, si
				break
			}
		}
		if ev.date == "" {
			for _, d := range s.dates {
				if d.End <= tr.start && d.Start >= np {
					ev.date, ev.dateSent = d.Value, si
				}
			}
		}
	}
	for _, ev := range evs {
		ev.earlier = x.earlierRound(ev.triggers[0]) // event_rounds.go
		ev.date = x.comingDate(si, ev)              // event_coming_dates.go
	}
	// "Clark today held discussions", "Yesterday, he held talks": the one
	// event of a sentence takes its one date.
	if len(evs) == 1 && evs[0].date == "" && len(s.dates) == 1 {
		if d := s.dates[0]; d.End <= evs[0].triggers[0].start && !quotedDate(toks, d, evs[0].triggers[0].start) && (d.Start <= 1 || d.End == d.Start+1 && relativeDay(toks[d.Start].Text) && d.End < len(toks) && strings.HasPrefix(toks[d.End].Tag, "VB")) {
			evs[0].date, evs[0].dateSent = d.Value, si
		}
	}
	// "The meeting is part of X talks"; "talks at Labour's conference".
	for k := 1; k < len(evs); k++ {
		a, b := evs[k-1], evs[k]
		ta, tb := a.triggers[0], b.triggers[0]
		between := lower(x.span(si, ta.end, tb.start))
		if strings.HasSuffix(strings.TrimSpace(lower(x.span(si, ta.end, x.npStart(si, tb.start)))), "part of") && !strings.Contains(between, "as part of") {
			a.super, a.superSent = b, si
			continue
		}
		// "met Wang on the sidelines of the G20 meeting": held during it.
		if pre := strings.TrimSpace(lower(x.span(si, ta.end, x.npStart(si, tb.start)))); tb.start-ta.end <= 24 && (strings.HasSuffix(pre, "sidelines of") || strings.HasSuffix(pre, "sideline of") || strings.HasSuffix(pre, "margins of") || strings.HasSuffix(pre, "margin of") || strings.HasSuffix(pre, "fringes of") || x.sidelinesOf(si, ta.end, tb.start)) { // event_sub_attendees.go
			a.super, a.superSent, a.sidelines = b, si, true
			continue
		}
		// "On the sidelines of the summit, Holness met Kagame": fronted
		if pre := strings.TrimSpace(lower(x.span(si, 0, x.npStart(si, ta.start)))); a.super == nil && !a.verb && (strings.HasSuffix(pre, "sidelines of") || strings.HasSuffix(pre, "margins of") || strings.HasSuffix(pre, "fringes of")) && len(pre) <= 20 {
			b.super, b.superSent, b.sidelines = a, si, true
			continue
		}
		w := ""
		if start := x.npStart(si, tb.start); start > 0 {
			w = lower(toks[start-1].Text)
		}
		if (w == "at" || w == "during") && tb.start-ta.end <= 12 {
			if len(a.organizer) > 0 && !a.own || strings.Contains(between, " by ") {
				// "talks launched by A and B during a June summit": A and B
				// were at the summit.
				for _, o := range a.agents {
					b.addAttendee(o.ent, o.sent)
				}
				b.own = b.own || len(a.agents) > 0
			} else if b.group == groupConference || b.group == groupSummit {
				a.super, a.superSent = b, si
			}
		}
	}
	// "In Tokyo, he is due to meet bankers": a fronted place.
	if len(toks) > 2 && lowerIs(toks[0].Text, "in") {
		if pm := x.mentionAt(si, 1); pm != nil && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && pm.end < len(toks) && toks[pm.end].Text == "," {
			for _, ev := range evs {
				if ev.location == nil {
					ev.location = &evFact{pm.ent, si}
				}
			}
		}
	}
	x.events = append(x.events, evs...)
}

// absorb merges o into e.
func (e *event) absorb(o *event) {
	o = o.root()
	if o == e {
		return
	}
	for _, a := range o.organizer {
		e.addOrganizer(a.ent, a.sent)
	}
	for _, a := range o.attendees {
		e.addAttendee(a.ent, a.sent)
	}
	if e.location == nil && !o.earlier {
		e.location = o.location
	}
	if e.date == "" && !o.earlier {
		e.date, e.dateSent = o.date, o.dateSent
	}
	if e.earlier && !o.earlier && e.date == o.date && (e.location == nil || e.location == o.location) {
		e.earlier = false // what it has is o's: "the last negotiations" that took this week's meeting's date
	}
	if e.name == "" {
		e.name = o.name
	}
	if e.super == nil {
		e.super, e.superSent, e.sidelines = o.super, o.superSent, o.sidelines
	}
	e.triggers = append(e.triggers, o.triggers...)
	e.hosts = append(e.hosts, o.hosts...)
	e.sides = append(e.sides, o.sides...)
	e.visitors = append(e.visitors, o.visitors...)
	e.own = e.own || o.own
	o.merged = e
}
