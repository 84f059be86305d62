package eventlabel

import (
	"strings"
	"unicode"
)

// A gathering's own words say what it was when one attendee alone cannot:
// "told a bankers' meeting", "an energy conference", "the informal meeting of
// trade ministers", "a hearing of the House Agriculture Subcommittee". A
// label of the kind and the one speaker ("meeting: Seidman") reads as that
// person's own meeting; "bankers' meeting: Seidman" says what happened and
// who spoke at it.

// gatheringNouns are the event words that name a gathering as a noun, the
// only ones a described phrase is read around ("met", "visited" and "called"
// are verbs: their words before and after are no description).
var gatheringNouns = map[string]bool{
	"meeting": true, "meetings": true, "talks": true, "negotiations": true, "consultations": true,
	"consultation": true, "discussions": true, "summit": true, "summits": true, "conference": true,
	"congress": true, "convention": true, "forum": true, "assembly": true, "hearing": true, "hearings": true,
	"briefing": true, "ceremony": true, "seminar": true, "workshop": true, "symposium": true, "dinner": true,
	"lunch": true, "luncheon": true, "breakfast": true, "banquet": true, "gala": true, "roundtable": true,
	"round-table": true,
}

// describedStops end a gathering's described phrase: determiners, pronouns,
// prepositions, conjunctions, auxiliaries and the verbs news uses with a
// gathering ("told a meeting", "will hold talks"), and words of time ("last
// week's meeting", "today's talks"), which date it rather than say what it
// was.
var describedStops = wordSet(`a an the this that these those its his her their our my your
	at in on to for with from by about after before during into over under through ahead against between among
	and or but nor than as if while when where which who whom whose what how why
	is are was were be been being will would shall should can could may might must
	has have had do does did not no nor he she it they we i you him them us
	said says say told tell tells held hold holds holding attend attends attending attended
	chair chaired chairs chairing host hosted hosts hosting open opened opens call called calls
	address addressed addresses addressing join joined joins leave left attending
	broke began begun had made took off up out down back
	resume resumes resuming begin begins beginning continue continues continuing conclude concludes
	start starts starting promising seek seeks seeking enter enters entering want wants agree agrees
	near outside inside around across since until via per including excluding
	everybody everyone somebody someone nobody anyone anybody
	next last each every any some all both such another other same first final own of
	here there today yesterday tomorrow tonight week weeks weekend month months year years
	day days morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`)

// describedConnectors join the words of a name or a group inside the phrase
// after "of": "the Commission for Africa", "the Bank and the Fund".
var describedConnectors = wordSet(`of and the & de`)

// describedLinks join a capitalised name only: "Commission for Africa",
// "Conference on Disarmament"; after a common noun they start a new phrase.
var describedLinks = wordSet(`for on`)

// groupHeads are singular nouns that end a described phrase as well as a
// plural does: "a meeting of the board".
var groupHeads = wordSet(`board council committee cabinet commission parliament group club association union
	society panel government party assembly congress senate house bank fund body federation league alliance
	organisation organization community conference chamber`)

// wordSet makes a set of the whitespace-separated words of list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// token is a word of a sentence as words splits it, with its byte span in
// the sentence.
type token struct {
	text       string
	start, end int
}

// tokens splits a sentence as words does, keeping each word's case and
// span: the i-th token is words' i-th word.
func tokens(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, token{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{s[start:], start, len(s)})
	}
	return out
}

// Described is the words of the sentence that say what the event was: its
// event word (the one Kind picks) when it is a noun, with the words that
// describe it before ("bankers' meeting", "OPEC members meeting", "Linux
// summit") and a group after "of" ("meeting of trade ministers", "hearing of
// the House Agriculture Subcommittee"), as the sentence writes them, and a
// conference's topic or organiser after it ("conference on medium term
// notes", described_topic.go); "" when the event word is a verb or nothing
// describes it.
func Described(sentence string, anchors ...[]string) string {
	toks, best := kindAt(sentence, anchors...)
	if best < 0 || !gatheringNouns[toks[best]] {
		return ""
	}
	spans := tokens(sentence)
	if len(spans) != len(toks) {
		return "" // a letter whose lower case splits otherwise: no safe span
	}
	first := describedBefore(sentence, spans, best)
	last := describedAfter(sentence, spans, best)
	topic := ""
	if last == best {
		topic = describedTopic(sentence, spans, best) // described_topic.go
	}
	if first == best && last == best && topic == "" {
		return ""
	}
	if topic != "" {
		return sentence[spans[first].start:spans[last].end] + " " + topic
	}
	return sentence[spans[first].start:spans[last].end]
}

// joined reports whether two neighbouring tokens are one phrase: only a
// space or a possessive ("bankers' meeting", "IBM's annual meeting") is
// between them, no punctuation.
func joined(sentence string, a, b token) bool {
	switch sentence[a.end:b.start] {
	case " ", "' ", "’ ", "'", "’":
		return true
	}
	return false
}

// startsWithDigit reports whether a word is a number or a date's day ("29",
// "1987").
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// describedBefore is the first token of the words before the event word k
// that describe it ("a bankers' meeting", "the Inter-American Development
// Bank annual meeting", "at Group of Seven meetings"), or k. The words must
// follow a determiner, a preposition, a date or punctuation ("told a
// bankers' meeting"): after a verb or a subject they are a clause ("the unit
// broke off merger discussions", "it terminated discussions").
func describedBefore(sentence string, spans []token, k int) int {
	const most = 5
	var kept []int
	opened := true // the sentence's start opens the phrase
	for j := k - 1; j >= 0; j-- {
		if !joined(sentence, spans[j], spans[j+1]) {
			break // punctuation opens it
		}
		if possessiveS(sentence, spans, j) {
			continue // "club's": the word before says
		}
		w := spans[j].text
		lw := strings.ToLower(w)
		if describedConnectors[lw] && lw != "the" && len(kept) > 0 && capitalised(spans[kept[len(kept)-1]].text) && j > 0 && capitalised(spans[j-1].text) {
			kept = append(kept, j) // "Group of Seven", "Oil and Gas"
			continue
		}
		if startsWithDigit(w) || describedOpeners[lw] || monthDay(spans, j) {
			break
		}
		if describedStops[lw] || len(kept) == most {
			opened = false
			break
		}
		kept = append(kept, j)
	}
	if !opened || len(kept) == 0 {
		return k
	}
	for len(kept) > 0 && strings.HasPrefix(spans[kept[len(kept)-1]].text, "-") {
		kept = kept[:len(kept)-1] // "-Japan" of "U.S.-Japan": the rest of the name is cut off
	}
	if len(kept) == 0 {
		return k
	}
	for _, j := range kept[:len(kept)-1] {
		if w := spans[j].text; !capitalised(w) && !strings.Contains(w, "-") && len(w) > 4 && strings.HasSuffix(w, "ed") {
			return k // a verb inside: "the firms jointly concluded negotiations"; "a scheduled meeting" has it first
		}
	}
	return kept[len(kept)-1]
}

// describedOpeners come before the words that describe a gathering:
// determiners, possessive pronouns, prepositions and words of time ("a
// bankers' meeting", "at its annual meeting", "next week's IMF meetings").
var describedOpeners = wordSet(`a an the this that these those its his her their our my your
	at in on for with from by about after before during into over under through ahead of against between among
	and or than as
	next last each every
	today yesterday tomorrow tonight week weeks weekend month months year years
	day days morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`)

// describedAfter is the last token of the group named after the event word
// k's "of" ("meeting of trade ministers"), or k. The group ends at a stop
// word or punctuation, after at most seven words, where a capitalised name
// gives way to common words and those to a name again ("a meeting of the Japan Blood
// Transfusion Society new test" ends at Society), and on a plural, a group
// noun or a name.
func describedAfter(sentence string, spans []token, k int) int {
	if k+2 >= len(spans) || strings.ToLower(spans[k+1].text) != "of" || !joined(sentence, spans[k], spans[k+1]) {
		return k
	}
	const most = 10
	last := k
	inName, commonAfterName := false, false
	cut := false
	for j := k + 2; j < len(spans); j++ {
		if possessiveS(sentence, spans, j) {
			continue
		}
		if !joined(sentence, spans[j-1], spans[j]) {
			break
		}
		if j-(k+1) > most {
			cut = capitalised(spans[j].text)
			break
		}
		w := spans[j].text
		lw := strings.ToLower(w)
		if startsWithDigit(w) {
			if inName && strings.ToLower(spans[j-1].text) == "of" && !commonAfterName {
				last = j // "the Group of 24"
			}
			break
		}
		if describedLinks[lw] {
			if !inName || j+1 >= len(spans) || !capitalised(spans[j+1].text) {
				break
			}
			continue
		}
		if describedConnectors[lw] {
			if lw == "the" && j > k+2 && !describedConnectors[strings.ToLower(spans[j-1].text)] {
				break // "of financial executives the group ...": a new phrase
			}
			continue
		}
		if describedStops[lw] {
			break
		}
		if capitalised(w) {
			if commonAfterName {
				break
			}
			inName = true
		} else if inName && !commonAfterName && capitalised(spans[j-1].text) && groupHeads[strings.ToLower(spans[j-1].text)] {
			break // "the Potato Society new seed stocks": the name was whole
		} else if inName && !strings.HasPrefix(sentence[spans[j].end:], "'") && !strings.HasPrefix(sentence[spans[j].end:], "’") {
			commonAfterName = true
		}
		if groupEnd(w) {
			last = j
		}
	}
	if cut {
		// the limit cut a name: drop all of it
		for last > k && (capitalised(spans[last].text) || describedConnectors[strings.ToLower(spans[last].text)]) {
			last--
		}
		for last > k && !groupEnd(spans[last].text) {
			last--
		}
	}
	return last
}

// possessiveS reports whether token j is the "s" of a possessive, which
// words splits from its word ("week's" is "week", "s").
func possessiveS(sentence string, spans []token, j int) bool {
	if j == 0 || spans[j].text != "s" {
		return false
	}
	gap := sentence[spans[j-1].end:spans[j].start]
	return gap == "'" || gap == "’"
}

// groupEnd reports whether a word can end the group a gathering is of: a
// name, a plural ("ministers", "producers") or a group noun ("board").
func groupEnd(w string) bool {
	if capitalised(w) {
		return true
	}
	lw := strings.ToLower(w)
	if groupHeads[lw] {
		return true
	}
	if strings.HasSuffix(lw, "men") || lw == "people" || lw == "staff" {
		return true // "businessmen", "party people"
	}
	return len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is")
}
