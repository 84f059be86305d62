// Courtroom events: a judge sentencing someone in court, and a person's
// trial with those who gave evidence at it ("Judge Neil Ford sentenced
// Hartley", "took the witness box during Hartley's trial").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// judgeWords are the job titles of who sentences in court.
var judgeWords = map[string]bool{"judge": true, "justice": true, "magistrate": true, "recorder": true}

// witnessCues say a sentence's subject gave evidence at a trial.
var witnessCues = []string{"witness box", "witness stand", "testified", "gave evidence", "giving evidence", "took the stand", "taken the stand"}

// isJudge reports whether person e is titled a judge, in a fact or by the
// word right before a mention ("Judge Neil Ford").
func (x *extractor) isJudge(e int) bool {
	for _, k := range x.order {
		if k.s == e && k.p == vocab.PJobTitle {
			f := strings.Fields(lower(k.lit))
			if len(f) > 0 && judgeWords[f[len(f)-1]] {
				return true
			}
		}
	}
	for _, k := range x.ents[e].mentions {
		m := &x.mentions[k]
		if m.start > 0 && judgeWords[x.sents[m.sent].lower(m.start-1)] {
			return true
		}
	}
	return false
}

// courtEvents reads the sentencings and trials of sentence si; trials maps
// a defendant to the trial read before.
func (x *extractor) courtEvents(si int, trials map[int]*event) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		switch s.lower(i) {
		case "sentenced":
			// "Judge Neil Ford QC sentenced sobbing Hartley to three years"
			if toks[i].Tag != "VBD" || negated(toks, i) {
				continue
			}
			judge := x.onlySubject(si, i)
			if judge < 0 || !x.isJudge(judge) {
				continue
			}
			j := i + 1
			for j < len(toks) && j < i+3 && s.owner[j] < 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "VBG" || toks[j].Tag == "RB") {
				j++
			}
			m := x.mentionAt(si, j)
			if m == nil || m.start != j || m.ent < 0 || m.ent == judge || x.ents[m.ent].typ != Person || m.end < len(toks) && toks[m.end].Tag == "POS" {
				continue
			}
			ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "sentencing", verb: true, own: true}
			ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
			ev.addAttendee(judge, si)
			ev.addAttendee(m.ent, si)
			x.events = append(x.events, ev)
		case "trial":
			// "during Hartley's trial": the defendant's trial
			if x.verdictTrial(si, i, trials) != nil || !strings.HasPrefix(toks[i].Tag, "NN") || i < 2 || toks[i-1].Tag != "POS" {
				continue
			}
			m := x.mentionAt(si, i-2)
			if m == nil || m.end != i-1 || m.ent < 0 || x.ents[m.ent].typ != Person {
				continue
			}
			ev := trials[m.ent]
			if ev == nil {
				ev = &event{group: groupTalks, dateSent: -1, entity: -1, word: "trial", own: true}
				trials[m.ent] = ev
				x.events = append(x.events, ev)
			}
			ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
			ev.addAttendee(m.ent, si)
			// "Mr Anderson had taken to the court's witness box during
			// Hartley's trial": the witness was there
			before := lower(x.span(si, 0, i))
			for _, c := range witnessCues {
				if !strings.Contains(before, c) {
					continue
				}
				for v := i - 1; v > 0; v-- {
					if t := toks[v].Tag; (t == "VBD" || t == "VBZ" || t == "VBN") && !negated(toks, v) {
						if w := x.onlySubject(si, v); w >= 0 && w != m.ent {
							ev.addAttendee(w, si)
						}
					}
				}
				break
			}
		}
	}
}
