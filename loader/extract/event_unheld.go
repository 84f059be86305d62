// Events a sentence names without saying they are held or set: a meeting
// only called for, urged, proposed, requested, sought, hoped for or open to
// ("congressional leaders called for an economic summit", "Funaro hopes to
// visit Canada", "rejected suggestions for negotiations", "refused to meet
// him", "no plans for Mr Blair to hold a news conference", "they are open
// to negotiations with GenCorp"), one that
// may or could take place ("OPEC may be forced to meet"), one that was to
// have taken place ("was to have met in Vienna") or is postponed or called
// off ("the meeting has been postponed"). Such an event is no node: a
// reader would take it as held. An event with one mention told as held or
// set is kept.

package extract

import "strings"

// unheldCues before an event's mention (in its clause) say it is only
// wished for, asked for or tried, or deny it ("denied he met him").
var unheldCues = map[string]bool{
	"urged": true, "urges": true, "urge": true, "urging": true,
	"proposed": true, "proposes": true, "propose": true, "proposing": true, "proposal": true, "proposals": true,
	"request": true, "requests": true, "requested": true, "requesting": true,
	"sought": true, "seek": true, "seeks": true, "seeking": true,
	"hope": true, "hopes": true, "hoped": true, "hoping": true,
	"invitation": true, "invitations": true,
	"intends": true, "intend": true, "intended": true,
	"want": true, "wants": true, "wanted": true, "wanting": true,
	"denied": true, "denies": true, "deny": true, "denying": true,
	"suggestion": true, "suggestions": true, "suggest": true, "suggests": true, "suggested": true, "suggesting": true,
	// only tried: "had attempted to discuss the offer with Gencorp"
	"attempted": true, "attempting": true, "tried": true, "trying": true,
}

// refusals before "to" refuse the meeting its verb tells: "refused to meet
// him" (not "rejected the offer made in talks").
var refusals = map[string]bool{"refused": true, "refuses": true, "refuse": true, "refusing": true,
	"declined": true, "declines": true, "decline": true, "declining": true}

// planNouns after "no" deny the event their clause tells of: "there are no
// plans for Mr Blair to hold a daily news conference".
var planNouns = map[string]bool{"plan": true, "plans": true, "intention": true, "intentions": true}

// noneDeterminers before an event's noun leave it unheld: "willing to take
// part in any negotiations with Congress", "there were no talks".
var noneDeterminers = map[string]bool{"any": true, "no": true}

// callWords are "call" verbs, a cue with "for" or "off" after them:
// "called for a summit", "called off the talks".
var callWords = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// doubtModals leave a meeting open: "may be forced to meet", "could meet".
var doubtModals = map[string]bool{"may": true, "might": true, "could": true, "can": true}

// offWords after an event say it was not held: "the meeting has been
// postponed", "talks were cancelled".
var offWords = map[string]bool{"postponed": true, "cancelled": true, "canceled": true, "scrapped": true, "shelved": true}

// hedgeWords after "is" or "was" doubt an event its subject names: "an
// early meeting of G-7 finance ministers was unlikely" (not "talks were
// unlikely to produce a deal", held).
var hedgeWords = map[string]bool{"unlikely": true, "doubtful": true, "improbable": true}

// laterWords after "postponed" set the event a later time: "the talks
// were postponed until Thursday" are held then.
var laterWords = map[string]bool{"until": true, "till": true, "to": true}

// cancelVerbs before an event's mention call it off: "has cancelled a
// trip", "scrapped the talks" (not "postponed its annual meeting to May
// 21", held later).
var cancelVerbs = map[string]bool{"cancelled": true, "canceled": true, "cancels": true, "cancel": true, "scrapped": true,
	"shelved": true}

// objectOf reports whether the mention at token m heads the object of the
// verb at token v: only a determiner, a possessive or modifiers between
// ("cancelled a trip", "scrapped next week's talks"; not "cancel the
// tariffs ahead of next month's meeting").
func objectOf(s *sentence, v, m int) bool {
	for k := v + 1; k < m; k++ {
		if t := s.toks[k].Tag; !(t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ")) && !(t == "NN" && k+1 < m && s.toks[k+1].Tag == "POS") && s.owner[k] < 0 {
			return false
		}
	}
	return true
}

// heldVerbs, denied, deny the event they hold: "would not be conducting
// formal negotiations", "has not held talks" (not "will not affect the
// negotiations", held).
var heldVerbs = map[string]bool{"conduct": true, "conducting": true, "conducted": true, "hold": true, "holding": true,
	"held": true, "have": true, "had": true, "having": true, "plan": true, "planning": true, "planned": true,
	"schedule": true, "scheduled": true, "scheduling": true, "begin": true, "begun": true, "start": true,
	"open": true, "opened": true, "arrange": true, "arranged": true, "foresee": true, "forsee": true, "expect": true,
	"make": true, "made": true, "lead": true, "led": true, "call": true, "called": true, "convene": true,
	"convened": true}

// negatedVerbPhrase (after one of negations) reports whether the words from
// the negation at token n to the mention at token m are one verb phrase
// whose last verb holds the event (heldVerbs): then only verbs, adverbs,
// "to", determiners, adjectives and nouns ("not be conducting formal
// negotiations", "not been able to meet"); the mention may be that verb
// ("did not meet"). A preposition ("would not comment on the talks"), a
// name or another verb ("will not affect the negotiations") leaves the
// event to its other words.
func negatedVerbPhrase(s *sentence, n, m int) bool {
	verb := strings.HasPrefix(s.toks[m].Tag, "VB")
	for k := n + 1; k < m; k++ {
		t := s.toks[k].Tag
		switch {
		case s.owner[k] >= 0:
			return false
		case strings.HasPrefix(t, "VB"):
			verb = heldVerbs[s.lower(k)] || beVerbs[s.lower(k)] && verb
		case t == "RB" || t == "TO" || t == "DT" || strings.HasPrefix(t, "JJ") || isNounTag(t):
		default:
			return false
		}
	}
	return verb
}

// presupposers before an event take it as held: "want to see progress at
// the talks", "said after the meeting".
// Nor does one attending it or a list including it ("if he planned to
// attend monetary conferences including IMF meetings in early April"), nor
// one ending or going on with it ("urged the WTO to conclude negotiations",
// "wants to finish the negotiations").
var presupposers = map[string]bool{"at": true, "during": true, "after": true, "following": true, "since": true, "before": true,
	"attend": true, "attends": true, "attending": true, "including": true,
	"conclude": true, "complete": true, "continue": true, "end": true, "finish": true}

// unheldEvent reports whether no mention of ev tells it as held or set.
func (x *extractor) unheldEvent(ev *event) bool {
	if ev.foreign || len(ev.triggers) == 0 {
		return false
	}
	body := false // a mention in the text, not only in its headline
	for _, tr := range ev.triggers {
		if tr.sent == 0 && x.headlineLike(0) {
			continue // "Trip": the headline names what the text tells
		}
		body = true
		if !x.unheldTrigger(tr) {
			return false
		}
	}
	return body
}

// headlineLike reports whether sentence si ends without a full stop: a
// headline ("Trip", "BOLGER ASKS FOR CLEVELAND-CLIFFS HOLDERS MEETING").
func (x *extractor) headlineLike(si int) bool {
	toks := x.sents[si].toks
	return len(toks) > 0 && toks[len(toks)-1].Tag != "."
}

// unheldTrigger reports whether one mention is told as not held or set.
func (x *extractor) unheldTrigger(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.start < 0 || tr.end > len(s.toks) {
		return false
	}
	if x.noneDetermined(s, tr) {
		return true
	}
	if x.presupposed(s, tr) {
		return false
	}
	// "whether to begin entry talks", "if they had held talks": a question
	// of holding it; not "if debt talks between Brazil and its banks are
	// not completed", talks held
	if x.wayOpened(tr) || x.openQuestion(tr) && (strings.HasPrefix(s.toks[tr.start].Tag, "VB") || x.heldBefore(s, tr)) {
		return true
	}
	return x.unheldBefore(s, tr) || unheldAfter(s, tr)
}

// unheldBefore reads the clause before the mention, back to punctuation or
// a finite verb that is no cue, at most ten words.
func (x *extractor) unheldBefore(s *sentence, tr trigger) bool {
	toks := s.toks
	verb := strings.HasPrefix(toks[tr.start].Tag, "VB")
	held := false // a holding or joining verb between the cue and the mention
	for k := tr.start - 1; k >= 0 && k >= tr.start-10; k-- {
		t := toks[k]
		w := s.lower(k)
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "." || t.Tag == "``" || t.Tag == "''" || t.Tag == "WRB" || w == "that" || w == "which" || presupposers[w] {
			return false
		}
		switch {
		case unheldCues[w]:
			return true
		case refusals[w] && k+2 == tr.start && s.lower(k+1) == "to":
			return true // not "refused to join a G-7 meeting in Paris", held without them
		case planNouns[w] && k > 0 && noneDeterminers[s.lower(k-1)]:
			return true
		case callWords[w] && k+1 < len(toks) && (s.lower(k+1) == "for" || s.lower(k+1) == "off"):
			return true
		case w == "open" && k+1 < len(toks) && s.lower(k+1) == "to":
			return true // "open to negotiations"
		case cancelVerbs[w] && strings.HasPrefix(t.Tag, "VB") && objectOf(s, k, tr.start):
			return true // "has cancelled a trip tomorrow to the U.S."
		case negations[w] && negatedVerbPhrase(s, k, tr.start):
			return true // "would not be conducting formal negotiations"
		case doubtModals[w] && t.Tag == "MD":
			return verb || held
		case w == "to" && k+1 < tr.start && s.lower(k+1) == "have" && k > 0 && beVerbs[s.lower(k-1)] && verb:
			return true // "was to have met"
		case holdVerbs[w] || strings.HasPrefix(w, "join"):
			held = true
		}
		if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && s.owner[k] < 0 {
			return false
		}
	}
	return false
}

// unheldAfter reports whether the mention is the subject of "postponed",
// "cancelled", "called off" or "unlikely": "the meeting has been
// postponed", "talks between Ford and the UAW were called off", "an early
// meeting of G-7 ministers was unlikely" (past its complements, up to its
// first verb).
func unheldAfter(s *sentence, tr trigger) bool {
	toks := s.toks
	k := tr.end
	for k < len(toks) && k <= tr.end+10 && !strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "MD" {
		if t := toks[k]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "." || t.Tag == "WDT" {
			return false
		}
		k++
	}
	be := false
	for ; k < len(toks) && k <= tr.end+14; k++ {
		w := s.lower(k)
		switch {
		case beVerbs[w] || w == "has" || w == "have" || w == "had" || toks[k].Tag == "RB":
			be = be || beVerbs[w]
		case be && offWords[w] && k+1 < len(toks) && laterWords[s.lower(k+1)]:
			return false // "talks were postponed until Thursday": held later
		case be && (offWords[w] || callWords[w] && k+1 < len(toks) && s.lower(k+1) == "off"):
			return true
		case be && hedgeWords[w]:
			return k+1 >= len(toks) || s.lower(k+1) != "to"
		default:
			return false
		}
	}
	return false
}

// presupposed reports whether a presupposer stands right before the
// mention's noun phrase ("at the meeting", "to attend IMF meetings").
func (x *extractor) presupposed(s *sentence, tr trigger) bool {
	start := x.npStart(tr.sent, tr.start)
	return start > 0 && presupposers[s.lower(start-1)]
}

// openers hold or open an event: "whether to begin entry talks".
var openers = map[string]bool{"begin": true, "start": true, "open": true, "hold": true, "held": true, "have": true, "had": true, "holding": true}

// heldBefore reports whether a verb that holds or opens an event stands
// right before the mention's noun phrase, past "to" ("whether to begin
// entry talks", "whether they had held any recent talks").
func (x *extractor) heldBefore(s *sentence, tr trigger) bool {
	start := x.npStart(tr.sent, tr.start)
	return start > 0 && openers[s.lower(start-1)]
}

// noneDetermined reports whether the mention is a noun whose phrase opens
// with "any" or "no": "any negotiations with Congress", "no talks".
func (x *extractor) noneDetermined(s *sentence, tr trigger) bool {
	if !isNounTag(s.toks[tr.end-1].Tag) {
		return false
	}
	start := x.npStart(tr.sent, tr.start)
	return start >= 0 && start < tr.start && noneDeterminers[s.lower(start)]
}
