package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// predicateNoun reports whether the tokens from i to j hold a be-verb
// followed by a determiner: the date after them dates the noun the verb
// says the event is or rests on, not the event ("The basis for the talks is
// the GATT ministerial declaration last September"; not "the talks are on
// Monday").
func predicateNoun(toks []nlpToken, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if lowerIn(beVerbs, toks[k].Text) && lowerIn(determiners, toks[k+1].Text) != "" {
			return true
		}
	}
	return false
}

// formerWords before a verb of scheduling say the day it set was given up:
// "it had previously scheduled the meeting for May 21" (now May 12).
var formerWords = map[string]bool{"previously": true, "originally": true, "initially": true, "formerly": true}

// supersededDate reports whether a word of formerWords stands right before
// a verb of scheduling in the four words before the event's mention at
// token m, and the date at token d follows "for": that day is no longer
// the event's.
func supersededDate(toks []nlpToken, m, d int) bool {
	if d < 1 || !lowerIs(toks[d-1].Text, "for") {
		return false
	}
	for k := max(1, m-4); k < m; k++ {
		if lowerIn(scheduleVerbs, toks[k].Text) && lowerIn(formerWords, toks[k-1].Text) {
			return true
		}
	}
	return false
}

// comingAndPast reports whether ev is a meeting still to come ("will meet",
// "are to meet") and p one dated before the article's month: "Latin
// American coffee producers will meet this weekend ... to review the
// breakdown of International Coffee Organization quota talks last month"
// tells of two events.
func (x *extractor) comingAndPast(ev, p *event) bool {
	if len(p.date) < 7 || x.pub.IsZero() || len(ev.triggers) == 0 {
		return false
	}
	if p.date[:7] >= x.pub.Format("2006-01") {
		return false
	}
	tr := ev.triggers[0]
	toks := x.sents[tr.sent].toks
	if strings.HasPrefix(toks[tr.start].Tag, "VB") {
		return comingVerb(toks, tr.start)
	}
	return tense(toks, tr.start) > 0
}

// comingVerb reports whether the verb at token i tells of a meeting still
// to come: "will meet", "would meet in July", "is to meet", "plans to meet";
// not "met in January" nor "continued to meet with them".
func comingVerb(toks []nlpToken, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 0 {
		return false
	}
	switch lower(toks[k].Text) {
	case "will", "shall", "'ll", "would":
		return true
	case "to":
		return k > 0 && !strings.HasPrefix(toks[k-1].Tag, "VBD") && !strings.HasPrefix(toks[k-1].Tag, "VBN")
	}
	return false
}

// otherCommonModifier reports whether two events are told with different
// common nouns right before their heads: "a securities analysts meeting"
// and "the annual shareholders meeting" (not names: "the Uruguay meeting").
func (x *extractor) otherCommonModifier(a, b *event) bool {
	if !x.otherModifier(a, b) {
		return false
	}
	for _, ev := range []*event{a, b} {
		tr := ev.triggers[0]
		if t := x.sents[tr.sent].toks[tr.start-1]; t.Tag != "NN" && t.Tag != "NNS" || gazetteer.Capitalised(t.Text) {
			return false
		}
	}
	return true
}
