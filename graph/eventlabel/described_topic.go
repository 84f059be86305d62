package eventlabel

import "strings"

// A conference that no word describes reads as nothing in a label
// ("conference", "recent conference") when its one speaker is left out
// (multilateral.go). The sentence often says what it was about or for ("told
// a conference here on medium term notes", "at a forum for industrialists")
// or who held it ("a conference, held by the University of Chicago's
// Graduate Business School"): those words are the label's.

// topicNouns are the gathering words whose topic or organiser a label
// shows: a conference of many (not a legislature's sitting, "negotiate with
// Congress on the budget", nor a treaty, "the convention on ...").
var topicNouns = wordSet(`conference conferences forum symposium seminar workshop`)

// topicLinks open a topic after the gathering word: "on medium term notes",
// "for industrialists".
var topicLinks = wordSet(`on for`)

// organiserVerbs, before "by", name who held the gathering.
var organiserVerbs = wordSet(`held organised organized sponsored hosted`)

// topicFillers may stand between the gathering word and its topic: "a
// conference here on medium term notes".
var topicFillers = wordSet(`here there`)

// topicStops end a topic or an organiser besides the described stops: words
// that open a clause or a place ("upon his return").
var topicStops = wordSet(`upon amid despite because although though whether`)

// describedTopic is the phrase after the gathering word k that says what
// it was about or for ("on medium term notes", "for industrialists") or who
// held it ("held by the University of Chicago's Graduate Business School"),
// as the sentence writes it without a comma before it; "" when there is
// none, when k names no conference of many, or when the phrase runs into a
// list ("for technology, engineering and fashion experts").
func describedTopic(sentence string, spans []token, k int) string {
	lw := strings.ToLower(spans[k].text)
	if !topicNouns[lw] || capitalised(spans[k].text) {
		return "" // "Conference on Disarmament" is a name
	}
	if k > 0 && ownConferenceWords[strings.ToLower(spans[k-1].text)] {
		return "" // a news conference is its speaker's
	}
	j := k + 1
	if j < len(spans) && topicFillers[strings.ToLower(spans[j].text)] && joined(sentence, spans[k], spans[j]) {
		j++
	}
	if j+1 >= len(spans) {
		return ""
	}
	link := strings.ToLower(spans[j].text)
	gap := sentence[spans[j-1].end:spans[j].start]
	switch {
	case topicLinks[link] && gap == " ":
		if last := topicEnd(sentence, spans, j+1, false); last > j {
			return sentence[spans[j].start:spans[last].end]
		}
	case organiserVerbs[link] && (gap == " " || gap == ", ") && strings.ToLower(spans[j+1].text) == "by" && joined(sentence, spans[j], spans[j+1]):
		if last := topicEnd(sentence, spans, j+2, true); last > j+1 {
			return spans[j].text + " by " + sentence[spans[j+2].start:spans[last].end]
		}
	}
	return ""
}

// topicEnd is the last token of the noun phrase opening at token from (at
// most eight words, "the" and "of" inside it, a possessive's "s"), or
// from-1 when there is none: the phrase ends at a stop word or punctuation;
// a comma followed by a lower-case word is a list's and leaves no phrase.
// A named phrase (an organiser) must hold a capitalised word.
func topicEnd(sentence string, spans []token, from int, named bool) int {
	const most = 8
	last, hasName := from-1, false
	j := from
	for ; j < len(spans) && j-from < most; j++ {
		if j > from && !joined(sentence, spans[j-1], spans[j]) && !abbreviationGap(sentence, spans, j) {
			break
		}
		w := spans[j].text
		lw := strings.ToLower(w)
		if possessiveS(sentence, spans, j) {
			continue
		}
		if lw == "the" || lw == "of" || lw == "and" || lw == "&" {
			continue // "the U.S. Treasuries market", "Oil and Gas"
		}
		if describedStops[lw] || topicStops[lw] || organiserVerbs[lw] || startsWithDigit(w) {
			break
		}
		if capitalised(w) {
			hasName = true
		}
		last = j
	}
	if j-from == most && j < len(spans) && (joined(sentence, spans[j-1], spans[j]) || abbreviationGap(sentence, spans, j)) {
		return from - 1 // cut by the limit: no phrase
	}
	if last < from || named && !hasName {
		return from - 1
	}
	if last+1 < len(spans) && sentence[spans[last].end:spans[last+1].start] == ", " && !capitalised(spans[last+1].text) && !describedStops[strings.ToLower(spans[last+1].text)] {
		return from - 1 // "for technology, engineering, academic and fashion industry experts"
	}
	return last
}

// abbreviationGap reports whether the stop between tokens j-1 and j is an
// abbreviation's ("U.S. Treasuries", "U.S.-Soviet trade"): token j-1 is one
// capital letter written with a stop after another one ("U" of "U.S."), or
// token j is one capital letter right after one with a stop ("S" of "U.S.").
func abbreviationGap(sentence string, spans []token, j int) bool {
	initial := func(i int) bool {
		return i >= 0 && len(spans[i].text) == 1 && capitalised(spans[i].text)
	}
	gap := sentence[spans[j-1].end:spans[j].start]
	switch {
	case gap == "." && initial(j-1) && (initial(j) || strings.HasPrefix(spans[j].text, "-")):
		return true // "U.S", "S.-Soviet"
	case gap == ". " && initial(j-1) && j >= 2 && initial(j-2) && sentence[spans[j-2].end:spans[j-1].start] == ".":
		return true // "S. Treasuries" of "U.S. Treasuries"
	}
	return false
}
