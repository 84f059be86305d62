package eventlabel

import (
	"strings"
	"unicode"
)

// A gathering of many (a conference, a meeting of a group or of a body's
// board, a meeting of ministers or businessmen) is not one attendee's: "he
// explained during a conference in Phoenix", "told a businessmen's meeting",
// "delegates at the informal meeting of trade ministers". When the event has
// one person only, a label "conference: Chernin" reads as that person's own
// conference; "conference — Phoenix" and "businessmen's meeting" say what it
// was. The person stays an attendee in the store; only the label leaves them
// out. A news or press conference is its speaker's own, and so is a meeting
// no group word describes ("private meeting: Prescott", "meeting: Reagan").

// conferenceNouns name a gathering of many by their own word.
var conferenceNouns = wordSet(`conference congress convention forum assembly symposium seminar workshop`)

// meetingNouns name a gathering that is of many only when a group word
// describes it ("meeting of trade ministers", "ICO executive board meeting").
var meetingNouns = wordSet(`meeting meetings`)

// ownConferenceWords, just before "conference", make it its speaker's own:
// "told a news conference", "a telephone conference"; "told a new
// conference" is the wire's slip for "news".
var ownConferenceWords = wordSet(`news new press media telephone phone video`)

// sittingNouns name a gathering of many only with words that describe it
// ("National People's Congress", "congress of the union of rail workers"):
// bare, they are a legislature's sitting ("negotiate with Congress", "a new
// session of congress"), whose label is no matter of this rule.
var sittingNouns = wordSet(`congress assembly`)

// fewWords in a described meeting make it one of a few, not of a group:
// "bilateral trade meeting", "private meeting".
var fewWords = wordSet(`bilateral private one-on-one two-way tete-a-tete`)

// ofMany reports whether the event the sentence speaks of (the event word
// Kind picks with the anchors) is a gathering of many: a conference that is
// no news conference, or a meeting whose described words name a group.
func ofMany(sentence string, anchors ...[]string) bool {
	toks, best := kindAt(sentence, anchors...)
	if best < 0 {
		return false
	}
	switch w := toks[best]; {
	case conferenceNouns[w]:
		if best > 0 && ownConferenceWords[toks[best-1]] {
			return false
		}
		if sittingNouns[w] && Described(sentence, anchors...) == "" {
			return false
		}
		return best+1 >= len(toks) || toks[best+1] != "call" // "a conference call with analysts"
	case meetingNouns[w]:
		return describesGroup(Described(sentence, anchors...), w)
	}
	return false
}

// describesGroup reports whether a meeting's described phrase names a group:
// a group after "of" ("meeting of trade ministers"), or before the noun a
// plural ("businessmen's meeting"), a group noun ("board meeting") or a
// body's acronym ("OPEC meeting").
func describesGroup(phrase, noun string) bool {
	if phrase == "" {
		return false
	}
	spans := tokens(phrase)
	for _, t := range spans {
		if fewWords[strings.ToLower(t.text)] {
			return false
		}
	}
	for i, t := range spans {
		lw := strings.ToLower(t.text)
		if lw == noun {
			return i+1 < len(spans) && strings.ToLower(spans[i+1].text) == "of"
		}
		if t.text == "s" && i > 0 {
			continue // a possessive's "s"
		}
		if acronym(t.text) || !capitalised(t.text) && groupEnd(t.text) {
			return true
		}
	}
	return false
}

// acronym reports whether w is written in capitals, two letters or more, as
// a body's short name is ("OPEC", "ICO", "G-7").
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2 || letters == 1 && strings.ContainsAny(w, "0123456789")
}
