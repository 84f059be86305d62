// Dates of modern copy told relative to the page's date or with the day
// before the month: "this morning" (the publication day), "last night" (the
// day before), "Thursday 28 April" and "Thursday (April 21)" (the date the
// weekday opens, not the weekday resolved on its own), "mid-March" (the
// month), and "on the 12th" (the day of the publication's month, or of the
// month before when that day is still to come).

package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// dayPartDate returns (dayParts: events_debates.go) the date of "this morning", "this afternoon", "this
// evening" (the publication day) and "last night" (the day before) at token
// i, whose word before is mod.
func dayPartDate(pub time.Time, mod, lw string) (string, bool) {
	if pub.IsZero() || mod != "this" && mod != "last" || !dayParts[lw] {
		return "", false
	}
	switch {
	case mod == "this" && lw != "night":
		return pub.Format("2006-01-02"), true
	case mod == "last" && lw == "night":
		return pub.AddDate(0, 0, -1).Format("2006-01-02"), true
	}
	return "", false
}

// dayBeforeMonth reports whether the weekday at token i opens a date written
// day first or in brackets: "Thursday 28 April", "Thursday, 28 April",
// "Thursday (April 21)".
func dayBeforeMonth(toks []nlp.Token, i int) bool {
	k := i + 1
	if k < len(toks) && (toks[k].Text == "," || toks[k].Text == "(" || toks[k].Text == "-LRB-") {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	if _, ok := monthOf(toks, k); ok {
		return true
	}
	if _, ok := isDay(toks[k].Text); ok {
		_, ok := monthOf(toks, k+1)
		return ok
	}
	return false
}

// midMonth returns the month of a token "mid-March" (or "mid-march"), given
// in lower case.
func midMonth(lw string) (time.Month, bool) {
	if !strings.HasPrefix(lw, "mid-") {
		return 0, false
	}
	m, ok := months[lw[len("mid-"):]]
	return m, ok
}

// ordinalDay returns the day of "on the 12th" at token i (the ordinal): a
// day of the publication's month, or of the month before when the day is
// after the publication's and the verb speaks of the past (dirOf < 0), or of
// the month after when it is before and the verb speaks of the future. The
// ordinal must end the phrase ("the 12th floor" is none).
func ordinalDay(toks []nlp.Token, low func(int) string, i int, pub time.Time, dirOf func(int) int) (string, bool) {
	if pub.IsZero() || i < 2 || low(i-1) != "the" || low(i-2) != "on" {
		return "", false
	}
	w := toks[i].Text
	d, ok := isDay(w)
	if !ok || len(w) < 3 || !strings.ContainsAny(w[len(w)-2:], "stndrh") {
		return "", false
	}
	if i+1 < len(toks) {
		if t := toks[i+1].Tag; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || low(i+1) == "of" || t == "CD" {
			return "", false
		}
	}
	y, m := pub.Year(), pub.Month()
	switch dir := dirOf(i); {
	case dir < 0 && d > pub.Day():
		m--
	case dir > 0 && d < pub.Day():
		m++
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // "the 31st" of a month of 30 days
	}
	return t.Format("2006-01-02"), true
}

// relativeDate reads at token i (mod the word before it) a part of the day
// after "this" or "last", "on the 12th" or "mid-March" (with a year after
// it or not): the date expression and the tokens after i it also takes.
func relativeDate(toks []nlp.Token, low func(int) string, i int, pub time.Time, mod string, dirOf func(int) int) (dateExpr, int, bool) {
	lw := low(i)
	if v, ok := dayPartDate(pub, mod, lw); ok {
		return dateExpr{i - 1, i + 1, v, false}, 0, true
	}
	if v, ok := ordinalDay(toks, low, i, pub, dirOf); ok {
		return dateExpr{i - 2, i + 1, v, false}, 0, true
	}
	m, ok := midMonth(lw)
	if !ok || pub.IsZero() {
		return dateExpr{}, 0, false
	}
	if i+1 < len(toks) {
		if y, ok := isYear(toks[i+1].Text); ok {
			return dateExpr{i, i + 2, strconv.Itoa(y) + "-" + twoDigits(int(m)), false}, 1, true
		}
	}
	y := resolveYear(pub, m, 0, dirOf(i))
	return dateExpr{i, i + 1, strconv.Itoa(y) + "-" + twoDigits(int(m)), true}, 0, true
}
