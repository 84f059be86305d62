// A meeting still to come takes the coming month: "at Opec's next meeting
// in Vienna in June" in a story of April 1987 is June 1987, not the June
// before, whatever the tense of the verb that tells it ("He said at Opec's
// next meeting ... members will face").

package extract

import "strconv"

// comingWords before an event's noun say it is still to come.
var comingWords = map[string]bool{"next": true, "coming": true, "upcoming": true, "forthcoming": true}

// comingDate returns ev's date, a year on when ev's noun phrase in sentence
// si says the event is still to come ("next meeting") and its date is a
// month without a year that was read as one before the article's month.
func (x *extractor) comingDate(si int, ev *event) string {
	if ev.date == "" || ev.dateSent != si || x.pub.IsZero() || len(ev.date) < 7 || len(ev.triggers) == 0 {
		return ev.date
	}
	tr := ev.triggers[0]
	if tr.sent != si {
		return ev.date
	}
	s := &x.sents[si]
	coming := false
	for k := x.npStart(si, tr.start); k < tr.start; k++ {
		coming = coming || comingWords[s.lower(k)]
	}
	if !coming {
		return ev.date
	}
	guessed := false
	for _, d := range s.dates {
		guessed = guessed || d.Value == ev.date && d.guessed
	}
	pub := x.pub.Format("2006-01")
	if !guessed || ev.date[:7] >= pub {
		return ev.date
	}
	y, err := strconv.Atoi(ev.date[:4])
	if err != nil {
		return ev.date
	}
	next := strconv.Itoa(y+1) + ev.date[4:]
	if next[:7] < pub {
		return ev.date
	}
	return next
}
