// "Meet" with a target, not a party: "its results would meet market
// forecasts", "filing requirements, which it failed to meet", "to meet
// demand" are no meetings.

package extract

import "strings"

// targetNouns are what is met as a target: forecasts, requirements, demand.
var targetNouns = map[string]bool{
	"forecast": true, "forecasts": true, "expectation": true, "expectations": true, "estimate": true, "estimates": true,
	"requirement": true, "requirements": true, "target": true, "targets": true, "demand": true, "demands": true,
	"deadline": true, "deadlines": true, "criteria": true, "criterion": true, "need": true, "needs": true,
	"obligation": true, "obligations": true, "standard": true, "standards": true, "cost": true, "costs": true,
	"payment": true, "payments": true, "condition": true, "conditions": true, "goal": true, "goals": true,
	"terms": true, "commitments": true, "commitment": true, "quota": true, "quotas": true, "challenge": true,
	"challenges": true, "test": true, "bills": true, "debts": true, "shortfall": true, "projections": true,
	"resistance": true, "opposition": true, "request": true, "requests": true, "specification": true,
	"specifications": true,
}

// meetTarget reports whether every mention of ev is the verb "meet" with a
// target for its object ("meet market forecasts") or with the object of
// "which" before it ("requirements, which it failed to meet").
func (x *extractor) meetTarget(ev *event) bool {
	if len(ev.triggers) == 0 {
		return false
	}
	for _, tr := range ev.triggers {
		s := &x.sents[tr.sent]
		if tr.end != tr.start+1 || !meetVerbs[s.lower(tr.start)] || !strings.HasPrefix(s.toks[tr.start].Tag, "VB") {
			return false
		}
		if !targetObject(s, tr.start) && !relativeObject(s, tr.start) {
			return false
		}
	}
	return true
}

// targetMeet reports whether token i of s is the verb "meet" with a target
// for its object: such a "meet" starts no event, nor joins one the sentence
// or the article tells ("a loan request to meet 1987 growth targets" is not
// Argentina's negotiations in New York). A "which" before the verb is left
// to meetTarget: it may be the verb's subject ("the OECD, which meets next
// month") as well as its object.
func targetMeet(s *sentence, i int) bool {
	return meetVerbs[s.lower(i)] && strings.HasPrefix(s.toks[i].Tag, "VB") && targetObject(s, i)
}

// targetObject reports whether the noun phrase after the verb at token v
// has a target noun within five words: "meet market forecasts".
// A name modifying the target is passed over ("meet changing U.S. demand",
// "meet Japan's demands", "meet U.S. Requests"); a name ends the phrase when
// no target noun follows it. Modifiers joined by "and" or "or" are the
// phrase's ("meet certain financial and engineering conditions").
func targetObject(s *sentence, v int) bool {
	words := 0
	for k := v + 1; k < len(s.toks) && words < 5; k++ {
		if targetNouns[s.lower(k)] && s.owner[k] < 0 {
			return true
		}
		if s.owner[k] >= 0 {
			continue // a name inside the phrase: judged by the noun after it
		}
		words++
		if w := s.lower(k); (w == "and" || w == "or") && k > v+1 && strings.HasPrefix(s.toks[k-1].Tag, "JJ") {
			continue // "financial and engineering conditions"
		}
		if t := s.toks[k].Tag; !(t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "VBG") || isNounTag(t) || t == "CD" || t == "POS") {
			return false
		}
	}
	return false
}

// relativeObject reports whether "which" stands within six words before
// the verb at token v with no name between: "which it failed to meet".
func relativeObject(s *sentence, v int) bool {
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if s.owner[k] >= 0 || s.toks[k].Text == "," {
			return false
		}
		if s.lower(k) == "which" {
			return true
		}
	}
	return false
}
