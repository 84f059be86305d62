// Which events are meetings: fixtures and sports stories, gatherings whose
// people met there, meetings held with someone, and meetings hoped for or
// denied (see met.go).

package extract

import (
	"strings"
)

// sportsWords are the words of a sentence about a fixture, not a meeting.
var sportsWords = wordSet("sportsWords")

// sourceCues are words right before a name that make it a source or an
// audience: "told Reuters", "according to the FT", "addressed the conference".
var sourceCues = wordSet("sourceCues")

// sportsStoryWords are the words of a story about sport (sportsStory).
var sportsStoryWords = wordSet("sportsStoryWords")

// sportsStory reports whether the article is about sport, by its words
// (never its names): five of sportsStoryWords, three of them different.
// The words do not change: the answer is read once per article (the
// events, roles and emit stages ask).
func (x *extractor) sportsStory() bool {
	if x.sports == 0 {
		x.sports = 1
		if x.readSportsStory() {
			x.sports = 2
		}
	}
	return x.sports == 2
}

func (x *extractor) readSportsStory() bool {
	seen := map[string]bool{}
	n := 0
	for si := range x.sents {
		s := &x.sents[si]
		for k := range s.toks {
			if s.in(k, tlSportsStory) {
				lw := s.lower(k)
				seen[lw] = true
				n++
			}
		}
	}
	return n >= 5 && len(seen) >= 3
}

// fixtureEvent reports whether every mention of an event is the verb meet
// or the noun meeting, which in a sports story is a fixture or an athletics
// meeting, not talks.
func (x *extractor) fixtureEvent(ev *event) bool {
	for _, tr := range ev.triggers {
		if tr.end <= 0 || tr.end > len(x.sents[tr.sent].toks) {
			return false
		}
		if !lowerIn(meetVerbs, x.sents[tr.sent].toks[tr.end-1].Text) {
			return false
		}
	}
	return len(ev.triggers) > 0
}

// heldWith reports whether an event is read as held with someone ("held a
// press conference with Jane Doe"): a conference or ceremony only attended
// together ("expected to attend Saturday's ceremony") is no meeting.
func (x *extractor) heldWith(ev *event) bool {
	for _, tr := range ev.triggers {
		toks := x.sents[tr.sent].toks
		// "held a press conference on Tuesday with": past a date and adverbs
		k := tr.end
		for k < len(toks) {
			if d := dateAt(x.sents[tr.sent].dates, k); d != nil && d.End > k && (d.Start == k || toks[k].Tag == "IN") {
				k = d.End
				continue
			}
			if toks[k].Tag != "RB" {
				break
			}
			k++
		}
		if k < len(toks) && lowerIs(toks[k].Text, "with") && !x.sharedPlatform(tr) {
			return true
		}
	}
	return false
}

// gatheringNouns are the events small enough that the people named present
// together met there (see gathering).
var gatheringNouns = wordSet("gatheringNouns")

// gathering reports whether an event is a gathering whose people were there
// together: a roundtable or a meet-and-greet (gatheringNouns). A press
// conference, a hearing or a sitting is not: "Wright and Byrd told a news
// conference" or senators at a hearing attend it, they did not meet; nor
// is a conference, forum or convention only attended.
func (x *extractor) gathering(ev *event) bool {
	for _, tr := range ev.triggers {
		toks := x.sents[tr.sent].toks
		if tr.end <= 0 || tr.end > len(toks) {
			continue
		}
		head := x.sents[tr.sent].lower(tr.end - 1)
		if gatheringNouns[head] || x.jointGathering(tr) {
			return true
		}
	}
	return false
}

// gatheringBefore reports whether the "with" at token k of sentence si
// follows a gathering's or a meal's noun, maybe past a date: "a press
// conference on Tuesday with", "a dinner with".
func (x *extractor) gatheringBefore(si, k int) bool {
	s := &x.sents[si]
	j := k - 1
	for j >= 0 {
		if s.toks[j].Tag == "RB" {
			j--
			continue
		}
		moved := false
		for _, d := range s.dates {
			if d.End == j+1 && d.Start <= j {
				j, moved = d.Start-1, true
				if j >= 0 && (datePreps[s.lower(j)] || s.lower(j) == "on") { // "on Tuesday"
					j--
				}
				break
			}
		}
		if !moved {
			break
		}
	}
	if j < 0 {
		return false
	}
	g, ok := eventNouns[s.lower(j)]
	return ok && (g == groupConference || g == groupMeal) && strings.HasPrefix(s.toks[j].Tag, "NN")
}

// gatheringSentence returns a sentence that reads a gathering of event ev
// (gatheringNouns) and names both people a and b, or -1.
func (x *extractor) gatheringSentence(ev *event, a, b evFact) int {
	if x.ents[a.ent].typ != Person || x.ents[b.ent].typ != Person {
		return -1
	}
	for _, tr := range ev.triggers {
		one := event{triggers: []trigger{tr}}
		if x.gathering(&one) && len(x.entityMentionsIn(a.ent, tr.sent)) > 0 && len(x.entityMentionsIn(b.ent, tr.sent)) > 0 {
			return tr.sent
		}
	}
	return -1
}

// unrealCues are words before a meeting verb or noun that say it did not
// take place: "denied he met him", "hoping to meet DiCaprio".
var unrealCues = wordSet("unrealCues")

// unrealMeeting reports whether every mention of an event follows, within
// four words and no punctuation, a word saying it did not take place.
func (x *extractor) unrealMeeting(ev *event) bool {
	for _, tr := range ev.triggers {
		if !x.unrealTrigger(tr) {
			return false
		}
	}
	return len(ev.triggers) > 0
}

// unrealTrigger reports whether an event's mention follows, within four
// words and no punctuation, a word saying it did not take place.
func (x *extractor) unrealTrigger(tr trigger) bool {
	if x.unassertedTrigger(tr) {
		return true // "whether they had held talks", "open the way for talks"
	}
	toks := x.sents[tr.sent].toks
	for k := tr.start - 1; k >= 0 && k >= tr.start-4; k-- {
		if lowerIn(unrealCues, toks[k].Text) {
			return true
		}
		if toks[k].Tag == "," || toks[k].Tag == "." || toks[k].Tag == ":" {
			return false
		}
	}
	return false
}
