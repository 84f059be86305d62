package extract

import "strings"

// Presence told by the part one plays at an event: "Sears was the keynote
// speaker at the luncheon", "was a panelist at the forum", "delivered the
// keynote address at the summit", "gave remarks during the ceremony".

var (
	// presenceRoles are the parts one plays at an event: "speaker",
	// "panelist", "host".
	presenceRoles = wordSet("presenceRoles")
	// speechDeeds are what one gives at an event besides the actNouns
	// ("address", "remarks"): "keynote", "testimony".
	speechDeeds = wordSet("speechDeeds")
)

// deliverVerbs give a speech: "delivered the address", "gave remarks" (not
// "made his remarks at a trade meeting": said there, maybe to reporters).
var deliverVerbs = map[string]bool{"delivered": true, "delivers": true, "deliver": true, "delivering": true,
	"gave": true, "gives": true, "give": true, "giving": true}

// presenceRole reports whether the verb at token v and the words after it up
// to token end (the "at" or "during" before the event) tell a part played
// there: "be" and a role ("was the keynote speaker", "was among the guest
// speakers"), or a deliver verb and a speech ("delivered the keynote
// address"). Between the verb and the noun only a determiner, "one of the"
// and modifiers ("keynote", "featured", "guest") may stand; the noun ends
// the phrase.
func presenceRole(toks []nlpToken, v, end int) bool {
	if v+1 >= end || end > len(toks) {
		return false
	}
	vw := lower(toks[v].Text)
	be := beVerbs[vw] && vw != "be" && vw != "being" && vw != "been"
	if !be && !deliverVerbs[vw] {
		return false
	}
	head := lower(toks[end-1].Text)
	if be && !presenceRoles[head] || !be && !actNouns[head] && !speechDeeds[head] {
		return false
	}
	for k := v + 1; k < end-1; k++ {
		t := toks[k]
		switch w := lower(t.Text); {
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "RB" || w == "one" || w == "of" || w == "among":
		case (t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "VBG") && !strings.Contains(w, "'"):
		default:
			return false
		}
	}
	return true
}

// plannedWords before "to" and a verb say the deed was only planned: "was
// due to marry", "had been set to wed", "was supposed to marry".
var plannedWords = map[string]bool{"due": true, "set": true, "supposed": true, "scheduled": true, "planning": true, "planned": true, "expected": true}

// plannedBefore reports whether the verb at token i of sentence s was only
// planned at a past time the sentence tells ("Clijsters was also due to
// marry Hewitt in February but the pair split"): "was", "were" or "had"
// within three words before a planned word before "to". What was to come
// at that time may never have been.
func plannedBefore(s *sentence, i int) bool {
	if i < 3 || s.lower(i-1) != "to" || !plannedWords[s.lower(i-2)] {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if w := s.lower(k); w == "was" || w == "were" || w == "had" {
			return true
		}
	}
	return false
}
