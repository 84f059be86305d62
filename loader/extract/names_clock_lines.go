// Lines opened by a clock time. Schedules, timelines and live blogs open
// their lines with the time ("8:00 AM Wakes up and walks through town",
// "4:30 p.m. Leaves the library"), and the word after the time opens the
// line as a sentence's first word does: its capital says nothing. The
// recogniser reads a sentence's first word by its place, so it is shown the
// line without its time; the rules that read a sentence's opening start
// after it too. Read by the shape of the time, never by the words after it.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// clockPrefix returns the number of tokens of the clock time that opens a
// sentence ("8:00 AM", "11:30", "4 p.m."), 0 when none does, or when
// nothing follows the time.
func clockPrefix(toks []nlp.Token) int {
	if len(toks) < 2 {
		return 0
	}
	n := 0
	switch {
	case clockTime(toks[0].Text):
		n = 1
		if meridiem(toks[1].Text) {
			n = 2
		}
	case allDigits(toks[0].Text) && len(toks[0].Text) <= 2 && meridiem(toks[1].Text):
		n = 2
	}
	if n == 0 || n >= len(toks) {
		return 0
	}
	return n
}

// clockTime reports whether w is a time of day written "H:MM" or "HH:MM".
func clockTime(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

// meridiem reports whether w is "AM", "PM", "a.m." or "p.m." in any case.
func meridiem(w string) bool {
	switch lower(w) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// afterClock runs read on the sentence without its opening clock time and
// returns its mentions at their places in the whole sentence.
func afterClock(toks []nlp.Token, read func([]nlp.Token) []ner.Mention) []ner.Mention {
	k := clockPrefix(toks)
	if k == 0 {
		return read(toks)
	}
	ms := read(toks[k:])
	for i := range ms {
		ms[i].Start += k
		ms[i].End += k
	}
	return ms
}

// retagAfterClock tags again the words after the clock time that opens a
// sentence, as a sentence of their own: the tagger reads "8:00 AM Leaves
// the trailer" as a run of proper nouns, "Leaves the trailer" as a verb and
// its object.
func retagAfterClock(toks []nlp.Token) {
	k := clockPrefix(toks)
	if k == 0 {
		return
	}
	words := make([]string, len(toks)-k)
	for i := range words {
		words[i] = toks[k+i].Text
	}
	for i, t := range nlp.TagWords(words).Tokens {
		toks[k+i].Tag = t.Tag
	}
}
