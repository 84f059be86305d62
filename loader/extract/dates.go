package extract

import (
	"maps"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/loader/internal/keyshape"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// dateExpr is a date expression found in a sentence: tokens [Start, End)
// and its value as 2022-01-12, 2021-06 or 2021.
type dateExpr struct {
	Start, End int
	Value      string
	guessed    bool // a month's year taken from the publication date ("on December 29")
}

// The date words are data: months and weekdays (shared with the
// recogniser's rules, package lexicon), and in data/NAME.txt the words
// before a date (datePreps, dateModifiers), the days relative to the
// article's (dayWords) and the words of a clause's tense (tenseWords).
var (
	months        = intsOf[time.Month](lexicon.Ints("months"))
	weekdays      = intsOf[time.Weekday](lexicon.Ints("weekdays"))
	datePreps     = wordSet("datePreps")
	dateModifiers = wordSet("dateModifiers")
	dayWords      = wordInts("dayWords")
	tenseWords    = wordInts("tenseWords")
	// dayWordShapes and monthShapes let findDates and monthOf skip the
	// look-ups of most words, which are no weekday, day word or month
	dayWordShapes = keyshape.New(maps.Keys(weekdays), maps.Keys(dayWords))
	monthShapes   = keyshape.New(maps.Keys(months))
)

// intsOf converts a list's values to an integer type.
func intsOf[V ~int](l map[string]int) map[string]V {
	m := map[string]V{}
	for w, n := range l {
		m[w] = V(n)
	}
	return m
}

// monthOf returns the month a token names. Abbreviations and "May" need a
// capital letter; "May" and "March" also need a date context (a number next
// to them or a preposition before them), since they are common words.
func monthOf(toks []nlp.Token, i int) (time.Month, bool) {
	w := toks[i].Text
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	// Most capitalised words are no month: look them up lowered in a
	// buffer, and lower the string only for a month.
	var buf [16]byte
	tw := strings.TrimSuffix(w, ".")
	if b, ascii := textcase.FoldASCII(buf[:], tw); ascii {
		if !monthShapes.MayHoldBytes(b) {
			return 0, false
		}
		if _, ok := months[string(b)]; !ok {
			return 0, false
		}
	}
	lw := lower(tw)
	m, ok := months[lw]
	if !ok {
		return 0, false
	}
	if lw == "may" || lw == "march" || len(lw) <= 4 && lw != "june" && lw != "july" {
		num := i+1 < len(toks) && leadingInt(toks[i+1].Text) > 0 || i > 0 && leadingInt(toks[i-1].Text) > 0
		prep := false
		if i > 0 {
			pw := lower(toks[i-1].Text)
			prep = datePreps[pw] || dateModifiers[pw]
		}
		if !num && !prep {
			return 0, false
		}
		if lw == "may" && toks[i].Tag == "MD" && !num {
			return 0, false
		}
	}
	return m, true
}

// leadingInt returns the number a token starts with ("30", "1-2", "30th"),
// or -1.
func leadingInt(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 4 {
		return -1
	}
	v, _ := strconv.Atoi(s[:n])
	return v
}

func isYear(s string) (int, bool) {
	s = strings.TrimSuffix(s, ",")
	if len(s) != 4 {
		return 0, false
	}
	v := leadingInt(s)
	if v < 1800 || v > 2100 {
		return 0, false
	}
	return v, true
}

func isDay(s string) (int, bool) {
	v := leadingInt(s)
	if v < 1 || v > 31 {
		return 0, false
	}
	rest := strings.TrimLeft(s, "0123456789")
	switch lower(rest) {
	case "", "st", "nd", "rd", "th", ",":
		return v, true
	}
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") { // "1-2"
		return v, true
	}
	return 0, false
}

// tense tells whether the verb governing token i speaks of the past (-1),
// the future (+1), or cannot tell (0).
func tense(toks []nlp.Token, i int) int {
	if scheduledFor(toks, i) {
		return 1
	}
	for j := i - 1; j >= 0 && j >= i-25; j-- {
		if toks[j].Text == ";" {
			break
		}
		if t := verbTense(toks, j); t != 0 {
			// "The company said shareholders at the May 14 annual meeting
			// will be asked": the verb after the date's phrase tells
			// (dates_conditions.go)
			if ft := subjectPhraseTense(toks, i, j); ft != 0 {
				return ft
			}
			return t
		}
	}
	return forwardTense(toks, i)
}

// forwardTense is the tense of the first verb after token i that tells one,
// within ten tokens, else 0.
func forwardTense(toks []nlp.Token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+10; j++ {
		if t := verbTense(toks, j); t != 0 {
			return t
		}
	}
	return 0
}

func verbTense(toks []nlp.Token, j int) int {
	w := lower(toks[j].Text)
	if t, ok := tenseWords[w]; ok {
		return t
	}
	if conditionAhead(toks, j) { // dates_conditions.go
		return 1
	}
	if d := dayWords[w]; d != 0 {
		return max(-1, min(1, d))
	}
	if w == "ahead" && j+1 < len(toks) && strings.EqualFold(toks[j+1].Text, "of") {
		return 1 // "ahead of Tuesday's debate"
	}
	prev := ""
	if j > 0 {
		prev = lower(toks[j-1].Text)
	}
	if toks[j].Tag == "VB" && (prev == "not" || prev == "n't") && j > 1 {
		prev = lower(toks[j-2].Text) // "may not be made final until the summit in June"
	}
	switch toks[j].Tag {
	case "MD":
		return 0
	case "VB":
		if t := journeyTense(toks, j); t != 0 {
			return t // "flew to Berlin to meet Scholz on Tuesday"
		}
		// "appeared to patch over the rift at a meeting Monday": done
		// (dates_done_verbs.go)
		if prev == "to" && j > 1 && doneBeforeTo(toks[j-2]) {
			return -1
		}
		if prev == "to" || prev == "will" || prev == "shall" || prev == "'ll" {
			return 1
		}
		// "said Japan would participate in a meeting on July 13": the
		// future of the time told; not "would have met"
		if futureModals[prev] && w != "have" {
			return 1
		}
	case "VBD":
		// "were to meet"; but "travelled to Kyiv on Monday" is past
		if j+1 < len(toks) && lowerIs(toks[j+1].Text, "to") && !(j+2 < len(toks) && motionVerbs[w] && toks[j+2].Tag == "NNP") {
			return 1
		}
		return -1
	case "VBN":
		if prev == "be" || prev == "been" { // "will be held", "are to be followed"
			return 0
		}
		if prev == "a" || prev == "an" || prev == "the" { // "a proposed amendment": an adjective
			return 0
		}
		return -1
	case "VBZ", "VBP":
		if j+1 < len(toks) {
			next := toks[j+1]
			if lowerIs(next.Text, "to") || next.Tag == "VBG" { // "are to be", "is meeting"
				return 1
			}
			if next.Tag == "VBN" && (w == "has" || w == "have") {
				return -1
			}
		}
		if w == "is" || w == "are" || w == "has" || w == "have" || w == "'s" {
			return 0
		}
		return 1
	}
	return 0
}

// findDates returns the date expressions of a sentence, resolved against
// the publication date pub (zero: only dates with a year are resolved);
// low holds the tokens in lower case (sentence.low), or is nil.
func findDates(toks []nlp.Token, low []string, pub time.Time) []dateExpr {
	lowTok := func(i int) string {
		if low != nil {
			return low[i]
		}
		return lower(toks[i].Text)
	}
	var out []dateExpr
	lastDir := 0 // the direction of the previous date of the sentence
	dirOf := func(i int) int {
		d := tense(toks, i)
		if d == 0 {
			d = lastDir
		}
		lastDir = d
		return d
	}
	for i := 0; i < len(toks); i++ {
		lw := lowTok(i)
		mod := ""
		if i > 0 {
			mod = lowTok(i - 1)
		}
		start := i
		if mod == "last" || mod == "next" || mod == "this" {
			start = i - 1
		}
		// Most words are neither a weekday nor a day word: the filter
		// of their keys skips both lookups for them.
		if dayWordShapes.MayHold(lw) {
			if wd, ok := weekdays[lw]; ok {
				if pub.IsZero() || start == i && (weekdayOfDate(toks, i) || dayBeforeMonth(toks, i)) {
					continue
				}
				dir := 0
				switch mod {
				case "last":
					dir = -2
				case "next":
					dir = 2
				default:
					dir = dirOf(i)
				}
				out = append(out, dateExpr{start, i + 1, resolveWeekday(pub, wd, dir), false})
				continue
			}
			if days, ok := dayWords[lw]; ok {
				if pub.IsZero() || i > 0 && toks[i-1].Tag == "POS" {
					continue
				}
				out = append(out, dateExpr{i, i + 1, pub.AddDate(0, 0, days).Format("2006-01-02"), false})
				continue
			}
		}
		// "this morning", "on the 12th", "mid-March" (dates_relative.go)
		if d, skip, ok := relativeDate(toks, lowTok, i, pub, mod, dirOf); ok {
			out = append(out, d)
			i += skip
			continue
		}
		switch lw {
		case "month", "year":
			// "this month" only after "earlier": a gathering already held
			// ("the ceremony earlier this month"); "this year", "later this
			// month" are too loose to date an event
			if pub.IsZero() || start == i || mod == "this" && (lw != "month" || i < 2 || lowTok(i-2) != "earlier") {
				continue
			}
			n := 1
			switch mod {
			case "last":
				n = -1
			case "this": // "earlier this month": the publication's month
				n = 0
			}
			if lw == "month" {
				d := time.Date(pub.Year(), pub.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
				out = append(out, dateExpr{start, i + 1, d.Format("2006-01"), false})
			} else {
				out = append(out, dateExpr{start, i + 1, strconv.Itoa(pub.Year() + n), false})
			}
			continue
		}
		if m, ok := monthOf(toks, i); ok {
			end := i + 1
			day, year := 0, 0
			if end < len(toks) {
				if d, ok := isDay(toks[end].Text); ok {
					day = d
					end++
					if end < len(toks) && toks[end].Text == "," {
						end++
					}
				}
			}
			if day == 0 && i > 0 { // "30 December 2021"
				if d, ok := isDay(toks[i-1].Text); ok && start == i {
					day = d
					start = i - 1
				}
			}
			if end < len(toks) {
				if y, ok := isYear(toks[end].Text); ok {
					year = y
					end++
				}
			}
			if year == 0 && end > i+1 && toks[end-1].Text == "," {
				end--
			}
			guessed := year == 0
			if year == 0 {
				if pub.IsZero() {
					continue
				}
				dir := 0
				switch mod {
				case "last":
					dir = -2
				case "next":
					dir = 2
				case "this":
					dir = 0
				default:
					dir = dirOf(i)
				}
				year = resolveYear(pub, m, day, dir)
			}
			v := strconv.Itoa(year) + "-" + twoDigits(int(m))
			if day > 0 {
				v += "-" + twoDigits(day)
			}
			out = append(out, dateExpr{start, end, v, guessed})
			i = end - 1
			continue
		}
		if y, ok := isYear(toks[i].Text); ok && toks[i].Tag == "CD" && i > 0 {
			if datePreps[mod] {
				out = append(out, dateExpr{i, i + 1, strconv.Itoa(y), false})
			}
		}
	}
	return dropAlternatives(toks, out)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// resolveWeekday finds the date of weekday wd near pub: dir -1 the last one
// on or before pub, +1 the next one on or after it, -2 / +2 strictly
// before / after ("last Monday", "next Monday"); 0 treats the publication
// day itself as meant, else the past.
func resolveWeekday(pub time.Time, wd time.Weekday, dir int) string {
	pw := pub.Weekday()
	var d time.Time
	switch {
	case dir == 2:
		n := (int(wd) - int(pw) + 7) % 7
		if n == 0 {
			n = 7
		}
		d = pub.AddDate(0, 0, n)
	case dir == -2:
		n := (int(pw) - int(wd) + 7) % 7
		if n == 0 {
			n = 7
		}
		d = pub.AddDate(0, 0, -n)
	case dir > 0:
		d = pub.AddDate(0, 0, (int(wd)-int(pw)+7)%7)
	default:
		d = pub.AddDate(0, 0, -((int(pw) - int(wd) + 7) % 7))
	}
	return d.Format("2006-01-02")
}

// nearDays is how close to the publication date a day of a month without
// a year must fall to be taken in the year that puts it nearest, whatever
// the tense: "withdrew from consideration at its annual meeting on March
// 31" (published March 24) and "did try to negotiate a transaction at the
// March 18 meeting" (published March 22) are of the same year, though the
// first verb is past and the second's "to" looks ahead.
const nearDays = 21

// resolveYear picks the year of a month (and day, if non-zero) without one,
// from the publication date and the direction of the text. A day within
// nearDays of the publication date, without "last" or "next" (dir -2 or
// 2), is in the year nearest to it.
func resolveYear(pub time.Time, m time.Month, day, dir int) int {
	y := pub.Year()
	if day > 0 && dir > -2 && dir < 2 {
		for _, c := range []int{y, y - 1, y + 1} {
			d := time.Date(c, m, day, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC))
			if d < 0 {
				d = -d
			}
			if d <= nearDays*24*time.Hour {
				return c
			}
		}
	}
	cur := int(pub.Month())*100 + pub.Day()
	at := int(m) * 100
	if day > 0 {
		at += day
	} else {
		cur = int(pub.Month()) * 100
	}
	switch {
	case dir == -2:
		if at >= cur {
			return y - 1
		}
	case dir == 2:
		if at <= cur {
			return y + 1
		}
	case dir > 0:
		if at < cur {
			return y + 1
		}
	default:
		if at > cur {
			return y - 1
		}
	}
	return y
}

// anchorDate finds a publication date written in the first lines of a text
// (a page scrape's date line) for texts that come without one.
func anchorDate(sents []sentence) time.Time {
	for k, s := range sents {
		if k >= 8 {
			break
		}
		for _, d := range findDates(s.toks, s.low, time.Time{}) {
			if t, err := time.Parse("2006-01-02", d.Value); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// narrativeYears gives a month's date written without its year ("On
// December 29") the year of the last date of the same month written with
// one before it in the article ("on December 16, 2010"), not the year the
// publication date suggests: the story tells of that month. A year after
// the publication's is a plan, not the story's.
func (x *extractor) narrativeYears() {
	last := "" // "2010-12": the last month written with its year
	for si := range x.sents {
		ds := x.sents[si].dates
		for k := range ds {
			d := &ds[k]
			if len(d.Value) < 7 || d.Value[4] != '-' {
				continue
			}
			if !d.guessed {
				last = d.Value[:7]
				continue
			}
			// a later year is a plan ("expanded in May 1988"), not the story's
			if last != "" && last[5:7] == d.Value[5:7] && last[:4] != d.Value[:4] && last[:4] <= strconv.Itoa(x.pub.Year()) {
				d.Value = last[:4] + d.Value[4:]
			}
		}
	}
}

// dayNumber reports whether a token can be a day of the month after its
// month's name: "8", "8-10", "30th", "1st".
func dayNumber(s string) bool {
	n := leadingInt(s)
	if n < 1 || n > 31 {
		return false
	}
	rest := strings.TrimLeft(s, "0123456789")
	switch rest {
	case "", "st", "nd", "rd", "th", ",":
		return true
	}
	return rest[0] == '-' || rest[0] == '/'
}
