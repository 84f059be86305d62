// An event told as done by the time of the story, with no date of its own,
// is not the one a later mention dates after the story's day: "Kondo said
// after a cabinet meeting ..." is not the "discussions by the Rice Price
// Council ... on July 1 and 2" of a story of 19 June; "producers returning
// from the ICO talks" (3 March) are not "The ICO executive board meets here
// March 30". Nor is it the one a mention names by an earlier month before
// its noun: "Poland met the Paris Club for renewed talks" (31 March) is not
// "The January talks".

package extract

// arrangeVerbs before an event's noun set it up for later, whatever their
// tense: "has called a special shareholder meeting", "proposed talks".
var arrangeVerbs = map[string]bool{"planned": true, "proposed": true, "postponed": true, "announced": true,
	"requested": true, "sought": true, "suggested": true, "agreed": true, "offered": true, "urged": true}

// pastAndApart reports whether p has no date and is told in the past, and
// ev has a date after the story's day (its month after the story's month
// when it gives no day), or is a noun with a date before it two months or
// more before the story's month ("The January talks").
func (x *extractor) pastAndApart(p, ev *event) bool {
	if p.date != "" || len(ev.date) < 7 || x.pub.IsZero() || len(p.triggers) == 0 || len(ev.triggers) == 0 || !x.toldPast(p) {
		return false
	}
	if len(ev.date) >= 10 {
		if ev.date[:10] > x.pub.Format("2006-01-02") {
			return true
		}
	} else if ev.date[:7] > x.pub.Format("2006-01") {
		return true
	}
	return ev.date[:7] <= x.pub.AddDate(0, -2, 0).Format("2006-01") && x.datedNoun(ev)
}

// pastBefore are words in the four before an event's noun that tell of it
// as done: "said after a cabinet meeting", "returning from the ICO talks",
// "the breakdown of the ICO negotiations", "in the last negotiations".
var pastBefore = map[string]bool{"after": true, "following": true, "from": true, "since": true, "last": true,
	"previous": true, "earlier": true, "recent": true, "breakdown": true, "collapse": true, "failure": true}

// toldPast reports whether the first mention of ev is a verb in the past
// tense ("met"), or a noun with a word of pastBefore in the four words
// before it and no verb of scheduling or arranging there ("has called a
// special shareholder meeting").
func (x *extractor) toldPast(ev *event) bool {
	tr := ev.triggers[0]
	toks := x.sents[tr.sent].toks
	if tr.start >= len(toks) {
		return false
	}
	if tag := toks[tr.start].Tag; tag == "VBD" {
		return true
	} else if len(tag) >= 2 && tag[:2] == "VB" {
		return false
	}
	past := false
	for k := max(0, tr.start-4); k < tr.start; k++ {
		w := lower(toks[k].Text)
		if scheduleVerbs[w] || arrangeVerbs[w] || toks[k].Text == "," || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" {
			past = false
			continue
		}
		past = past || pastBefore[w]
	}
	return past
}

// datedNoun reports whether ev's first mention is a noun with a date
// expression ending right before it: "The January talks", "the February
// meeting".
func (x *extractor) datedNoun(ev *event) bool {
	if ev.verb {
		return false
	}
	tr := ev.triggers[0]
	s := &x.sents[tr.sent]
	for _, d := range s.dates {
		if d.Start < tr.start && d.End >= tr.start-1 && d.End <= tr.start {
			return true
		}
	}
	return false
}
