// "Event" as a gathering: "appeared at a campaign event in Tampa", "spoke
// at a fundraising event on Friday", "a community event at the library".
// The bare noun names anything that happens ("in the event of", "recent
// events", "a tennis event"); modern local and political news names a
// gathering of people by "event" after a word that says what the people
// came for. Such an event is read like a conference: who acts or appears
// at it attends it; people named there do not meet each other by that
// alone.

package extract

// gatheringEventModifiers are the words before "event" that make it a
// gathering of people.
var gatheringEventModifiers = map[string]bool{"campaign": true, "fundraising": true, "fundraiser": true, "charity": true,
	"community": true, "press": true, "media": true, "launch": true, "networking": true, "memorial": true, "tribute": true,
	"book-signing": true, "ribbon-cutting": true, "groundbreaking": true, "meet-and-greet": true, "outreach": true,
	"rally": true, "voter": true, "donor": true, "commemorative": true, "commemoration": true}

// gatheringEvent reports whether token i of sentence si is "event" or
// "events" after a gathering's modifier (gatheringEventModifiers), with no
// name taking either word and no noun after it ("a campaign event
// organiser").
func (x *extractor) gatheringEvent(si, i int) bool {
	s := &x.sents[si]
	lw := s.lower(i)
	if lw != "event" && lw != "events" || i < 1 || s.owner[i] >= 0 || s.owner[i-1] >= 0 || !gatheringEventModifiers[s.lower(i-1)] {
		return false
	}
	if i+1 < len(s.toks) && (s.toks[i+1].Tag == "NN" || s.toks[i+1].Tag == "NNS") {
		return false
	}
	return true
}

// eventWordTrigger reports whether token i of sentence si is "event" told
// as a gathering, and of what group: after a gathering's modifier, a
// conference ("a campaign event"); "at the event", the group of the
// gathering it stands for (event_anaphor_event.go).
func (x *extractor) eventWordTrigger(si, i int) (eventGroup, bool) {
	if x.gatheringEvent(si, i) {
		return groupConference, true
	}
	if ante := x.eventAnaphor(si, i); ante != nil {
		return ante.group, true
	}
	return "", false
}
