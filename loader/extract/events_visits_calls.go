// Two ways modern copy tells a meeting that the wire stories did not: a
// visit paid to a person ("Ardern paid a visit to Prime Minister
// Albanese", "a courtesy visit to President Ruto") and a call by video
// ("Trudeau and Biden spoke by video", "held a video conference").

package extract

import "strings"

// videoWords after "by" make speaking a call: "spoke by video".
var videoWords = map[string]bool{"video": true, "videolink": true, "video-link": true, "videoconference": true, "zoom": true}

// visitedPerson reads "to PERSON" at token j after a visit's noun: the
// person visited attends the visit. It returns the token after the name,
// or j when no person is named there (a place: "a visit to Kyiv").
func (x *extractor) visitedPerson(si, j int, ev *event, complements *[]int) int {
	s := &x.sents[si]
	// a visit's own noun ("a trip to Wadi Rum" is a place), and a title or
	// honorific before the name: "to President Zelensky", "to Mr Albanese"
	if !strings.HasPrefix(s.lower(j-1), "visit") || j+1 >= len(s.toks) || !(x.titledName(si, j+1) || isHonorific(strings.TrimSuffix(s.lower(j+1), "."))) {
		return j
	}
	p, end := x.journalistAt(si, j+1)
	if p < 0 || end <= j+1 {
		return j
	}
	ev.addAttendee(p, si)
	ev.own = true
	*complements = append(*complements, p)
	return end
}

// videoPair reports whether speaking by video at token i of sentence si
// joins two parties: two subjects ("Trudeau and Biden spoke by video") or
// "with" after it ("spoke by video link with Biden"); not one who speaks to
// a gathering by video link.
func (x *extractor) videoPair(si, i int) bool {
	s := &x.sents[si]
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		if s.lower(k) == "with" {
			return true
		}
	}
	return len(x.subjectBefore(si, i)) >= 2
}
