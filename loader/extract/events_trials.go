// Trials told through their verdict: "A jury at Bristol Crown Court
// convicted Hartley of manslaughter following a two week trial in March"
// is Hartley's trial, held at that court, in March.

package extract

import "strings"

// verdictVerbs convict or clear the person after them.
var verdictVerbs = map[string]bool{"convicted": true, "acquitted": true, "cleared": true}

// verdictTrial reads the trial noun at token i of sentence si when the
// sentence gives its verdict on one named person: it returns that
// person's trial (from trials, or a new one), with the court the sentence
// names as its place and the date right after the noun; nil otherwise.
func (x *extractor) verdictTrial(si, i int, trials map[int]*event) *event {
	s := &x.sents[si]
	toks := s.toks
	if !strings.HasPrefix(toks[i].Tag, "NN") || i > 0 && toks[i-1].Tag == "POS" {
		return nil
	}
	p := x.convicted(si)
	if p < 0 {
		return nil
	}
	ev := trials[p]
	if ev == nil {
		ev = &event{group: groupTalks, dateSent: -1, entity: -1, word: "trial", own: true}
		trials[p] = ev
		x.events = append(x.events, ev)
	}
	ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
	ev.addAttendee(p, si)
	if ev.location == nil {
		if c := x.courtIn(si); c >= 0 {
			ev.location = &evFact{c, si}
		}
	}
	if ev.date == "" {
		for _, d := range s.dates {
			if d.Start > i && d.Start <= i+3 {
				ev.date, ev.dateSent = d.Value, si
				break
			}
		}
	}
	return ev
}

// convicted returns the one person sentence si convicts or clears
// ("convicted Hartley", "found Hartley guilty"), or -1.
func (x *extractor) convicted(si int) int {
	s := &x.sents[si]
	toks := s.toks
	who := -1
	for v := 1; v+1 < len(toks); v++ {
		j := -1
		switch lw := s.lower(v); {
		case verdictVerbs[lw] && toks[v].Tag == "VBD":
			j = v + 1
		case lw == "found" && toks[v].Tag == "VBD":
			j = v + 1
		}
		if j < 0 || negated(toks, v) {
			continue
		}
		m := x.mentionAt(si, j)
		if m == nil || m.start != j || m.ent < 0 || x.ents[m.ent].typ != Person {
			continue
		}
		if s.lower(v) == "found" && !(m.end < len(toks) && (s.lower(m.end) == "guilty" || s.lower(m.end) == "not" && m.end+1 < len(toks) && s.lower(m.end+1) == "guilty")) {
			continue
		}
		if who >= 0 && who != m.ent {
			return -1
		}
		who = m.ent
	}
	return who
}

// courtIn returns the court sentence si names ("at Bristol Crown Court",
// "in Superior Court"), or -1.
func (x *extractor) courtIn(si int) int {
	for _, k := range x.sents[si].mentions {
		m := &x.mentions[k]
		if m.ent < 0 || x.ents[m.ent].typ != Organization {
			continue
		}
		if f := strings.Fields(lower(m.text)); len(f) > 1 && f[len(f)-1] == "court" {
			return m.ent
		}
	}
	return -1
}
