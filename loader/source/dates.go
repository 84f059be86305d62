package source

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// dateLayouts are tried, in order, before the general parser.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"02-Jan-2006 15:04:05.00", // Reuters-21578: 26-FEB-1987 15:01:01.79
	"2-Jan-2006 15:04:05.00",
	"02-Jan-2006 15:04:05",
	"2-Jan-2006 15:04:05",
	"02-Jan-2006",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"January 2, 2006",
	"Jan 2, 2006 15:04",
	"Jan 2, 2006",
	"Jan 2 2006, 15:04",
	"Jan 2 2006 15:04",
	"Jan 2 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"02/01/2006",
}

// zoneOffsets gives the offset, in minutes east of UTC, of common time-zone
// abbreviations seen in news pages (Go's parser does not know most of them).
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "wet": 0,
	"bst": 60, "cet": 60, "wat": 60, "cest": 120, "eet": 120, "cat": 120, "sast": 120, "eest": 180,
	"msk": 180, "eat": 180, "gst": 240, "pkt": 300, "ist": 330, "npt": 345, "ict": 420, "wib": 420,
	"cst": -360, "hkt": 480, "sgt": 480, "awst": 480, "pht": 480, "jst": 540, "kst": 540,
	"acst": 570, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
	"est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "hst": -600, "et": -300, "ct": -360, "pt": -480,
}

// normLayouts are tried on the normalised form of a date: weekdays, commas
// and "at" removed, the zone taken out, "18.02" read as "18:02".
var normLayouts = []string{
	"January 2 2006 15:04:05",
	"January 2 2006 15:04",
	"January 2 2006 3:04 PM",
	"January 2 2006 3:04PM",
	"January 2 2006",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 15:04",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006 3:04PM",
	"Jan 2 2006",
	"2 January 2006 15:04:05",
	"2 January 2006 15:04",
	"2 January 2006 3:04 PM",
	"2 January 2006",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 2006 3:04 PM",
	"2 Jan 2006",
	"3:04 PM January 2 2006",
	"3:04PM January 2 2006",
	"3:04 PM Jan 2 2006",
	"3:04PM Jan 2 2006",
	"15:04 January 2 2006",
	"15:04 Jan 2 2006",
	"15:04 2 January 2006",
	"15:04 2 Jan 2006",
	"3:04 PM 2 January 2006",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"02.01.2006 15:04",
	"02.01.2006",
	"2.1.2006",
}

var (
	weekdayRE = regexp.MustCompile(`(?i)\b(mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\b\.?,?`)
	dotTimeRE = regexp.MustCompile(`(^|\s)(\d{1,2})\.(\d{2})(\s|$)`)
	zoneWord  = regexp.MustCompile(`\b([A-Za-z]{1,5})\b\.?`)
	atWord    = regexp.MustCompile(`(?i)\s(at|on)\s`)
	amPM      = regexp.MustCompile(`(?i)(\d)\s*([ap])\.?m\.?(\s|$)`)
)

// ParseDate reads a date or time in the many layouts articles use: RFC 3339,
// "2006-01-02", RFC 1123 (feeds), Reuters' "26-FEB-1987 15:01:01.79",
// "Jan 10 2022, 17:22 IST", "Mon 10 Jan 2022 18.02 GMT", "1:15 PM ET, Mon
// January 10, 2022", and what github.com/itlightning/dateparse knows.
// Times without a zone are taken as UTC. ok is false when s is not a date.
func ParseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return unixDate(n)
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return sane(t)
		}
	}
	if !hasDigit(s) {
		return time.Time{}, false
	}
	// Normalise: drop weekdays, "at", commas; find a zone word.
	n := weekdayRE.ReplaceAllString(s, " ")
	n = atWord.ReplaceAllString(" "+n+" ", " ")
	n = strings.ReplaceAll(n, ",", " ")
	n = amPM.ReplaceAllStringFunc(n, func(m string) string {
		sm := amPM.FindStringSubmatch(m)
		return sm[1] + " " + strings.ToUpper(sm[2]) + "M" + sm[3]
	})
	loc := time.UTC
	fields := strings.Fields(n)
	kept := fields[:0]
	for i, f := range fields {
		w := strings.TrimSuffix(f, ".")
		if off, known := zoneOffsets[strings.ToLower(w)]; known && (w == strings.ToUpper(w) || i == len(fields)-1) {
			loc = time.FixedZone(strings.ToUpper(w), off*60)
			continue
		}
		kept = append(kept, f)
	}
	n = strings.Join(kept, " ")
	n = dotTimeRE.ReplaceAllString(n, "$1$2:$3$4")
	for _, l := range normLayouts {
		if t, err := time.ParseInLocation(l, n, loc); err == nil {
			return sane(t)
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, n, loc); err == nil {
			return sane(t)
		}
	}
	if !hasFullDate(n) {
		return time.Time{}, false
	}
	t, err := dateparse.ParseIn(n, loc, dateparse.RetryAmbiguousDateWithSwap(true))
	if err != nil {
		return time.Time{}, false
	}
	return sane(t)
}

func unixDate(n int64) (time.Time, bool) {
	switch {
	case n > 1e11: // milliseconds
		return sane(time.UnixMilli(n).UTC())
	case n > 1e8:
		return sane(time.Unix(n, 0).UTC())
	}
	return time.Time{}, false
}

// sane rejects years no news article has.
func sane(t time.Time) (time.Time, bool) {
	if t.Year() < 1800 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return t, true
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

var (
	digitGroup = regexp.MustCompile(`\d+`)
	monthName  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b`)
)

// hasFullDate reports whether s names a year and something more (a month
// name or another number), so that "2000 GMT" or "Tuesday, 1 March" are not
// taken for dates with a guessed year.
func hasFullDate(s string) bool {
	if !yearLike.MatchString(s) && !strings.ContainsAny(s, "-/.") {
		return false
	}
	return len(digitGroup.FindAllString(s, 3)) >= 3 || (monthName.MatchString(s) && len(digitGroup.FindAllString(s, 2)) >= 2)
}

// hasDateWord reports whether s has a year-like number: four digits, or a
// digit group with date separators.
func hasDateWord(s string) bool {
	return yearLike.MatchString(s) || strings.ContainsAny(s, "-/.")
}

var yearLike = regexp.MustCompile(`\b(1[89]|2[01])\d\d\b`)
