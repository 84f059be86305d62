// The verb "negotiate with": "Westar Corp said it is negotiating with
// Noranda Exploration Inc", "the United States has negotiated with Japan on
// beef quotas" tell talks between the subject and the named side after
// "with", as "held talks with" does. Only a form that tells the talks as
// going on or done makes them: "is negotiating", "has been negotiating",
// "negotiated", "negotiates". An infinitive or a modal leaves them unreal
// ("refused to negotiate with", "is keen to negotiate with", "will not
// negotiate with", "would negotiate with"), as does a negation ("is not
// negotiating with"), a condition or a question ("if they had negotiated
// with"), and a passive ("a pact negotiated with GM workers", "the terms
// being negotiated with the banks"): its subject is what is negotiated, no
// party. The side after "with" must be named: a person, a body or a country
// heading its noun phrase ("with the Philippines' commercial creditors",
// "with a view to" name no side).

package extract

import (
	"cmp"
	"slices"
	"strings"
)

// negotiateVerbs are the forms of "negotiate" read as talks with the side
// named after "with".
var negotiateVerbs = map[string]bool{"negotiate": true, "negotiates": true, "negotiated": true, "negotiating": true}

// negotiatesWith reports whether token i of sentence si is a form of
// "negotiate" followed by "with" that tells talks held or going on (see the
// file's comment).
func (x *extractor) negotiatesWith(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if !negotiateVerbs[s.lower(i)] || s.owner[i] >= 0 || i+1 >= len(toks) || s.lower(i+1) != "with" || negated(toks, i) {
		return false
	}
	if x.openQuestion(trigger{sent: si, start: i, end: i + 1}) {
		return false // "if they had negotiated with"
	}
	aux, modal := auxiliaryBefore(s, i)
	if modal {
		return false // "will be negotiating", "would have negotiated"
	}
	switch toks[i].Tag {
	case "VBZ", "VBP":
		return aux == "" // "Ecuador negotiates with Nigeria"
	case "VBG":
		return beVerbs[aux] || goingOnVerbs[aux] // "is negotiating", "has been privately negotiating", "began negotiating"
	case "VB":
		// "is continuing to negotiate with": talks going on
		// (not "will continue to", "refused to continue to")
		if i < 2 || toks[i-1].Tag != "TO" || !goingOnVerbs[s.lower(i-2)] || toks[i-2].Tag == "VB" || negated(toks, i-2) {
			return false
		}
		_, modal := auxiliaryBefore(s, i-2)
		return !modal
	case "VBD":
		return aux == "" || haveVerbs[aux] // "negotiated with", "had negotiated with"
	case "VBN":
		// "has negotiated with"; "the package he and Ongpin negotiated
		// with": a name or a pronoun right before the participle is its
		// subject, a common noun what was negotiated ("a pact negotiated
		// with GM workers")
		return haveVerbs[aux] || aux == "" && i > 0 && (s.owner[i-1] >= 0 || toks[i-1].Tag == "PRP")
	}
	return false
}

// goingOnVerbs before "negotiating" or "to negotiate" tell talks begun or
// going on: "began negotiating with", "is continuing to negotiate with".
var goingOnVerbs = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true, "began": true, "begun": true, "started": true}

// haveVerbs are the forms of "have" that make a perfect.
var haveVerbs = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true, "'d": true}

// auxiliaryBefore returns the lowered auxiliary verb nearest before the
// verb at token v, past adverbs ("is currently negotiating", "has been
// privately negotiating": "been"), or "" when the word before the verb and
// its adverbs is no verb; modal reports a modal among the auxiliaries
// ("will be negotiating", "would have negotiated").
func auxiliaryBefore(s *sentence, v int) (aux string, modal bool) {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		t := s.toks[k].Tag
		switch {
		case t == "RB":
			continue
		case t == "MD":
			return cmp.Or(aux, s.lower(k)), true
		case strings.HasPrefix(t, "VB"):
			if aux == "" {
				aux = s.lower(k)
			}
			continue
		}
		return aux, false
	}
	return aux, false
}

// readNegotiate reads the parties of talks told by "negotiate with" at
// token i: the verb's subject and the names listed after "with" that head
// their noun phrase. It reports false when either side names no party.
func (x *extractor) readNegotiate(si, i int, ev *event) bool {
	subj := x.subjectBefore(si, i)
	with, _ := x.nameList(si, i+2, false)
	var sides []int
	for _, e := range with {
		if t := x.ents[e].typ; (t == Person || t == Organization || t == Country) && !slices.Contains(subj, e) && !x.possessiveIn(si, i+2, e) {
			sides = append(sides, e)
		}
	}
	if len(subj) == 0 || len(sides) == 0 {
		return false
	}
	for _, e := range subj {
		ev.addAttendee(e, si)
	}
	for _, e := range sides {
		ev.addAttendee(e, si)
	}
	ev.own = true
	return true
}
