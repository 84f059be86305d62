// An event whose only party is one place is dropped when it is a
// gathering (a meeting, conference, tour, visit, ceremony) rather than
// negotiations: "At meetings here this week, Bank of England officials
// pressed their Japanese counterparts" read with Japan alone, "Ambassadors
// from African, Caribbean and Pacific states told a press conference" read
// with the Pacific. A country or town does not sit at a meeting by itself;
// when it is the only name read, the sentence's people or bodies were not.
// Negotiations keep a lone country ("Ministers decided to continue talks
// with Japan"): a country is a side of talks, and the other side is often
// only the sentence's subject or speaker. A named event keeps its node when
// its own place or date is told (emit.go); it loses the place as attendee.
// A place kept for its people is kept: one named beside officials,
// ministers, a delegation or mission ("Philippine officials will meet aid
// donors", "the heads of the central banks of Mexico and Peru have met"),
// or beside a verb of attending ("Moscow is attending an ADB meeting").

package extract

// negotiationWords are event words whose parties may be countries alone.
var negotiationWords = map[string]bool{"talk": true, "talks": true, "negotiation": true, "negotiations": true, "discussion": true, "discussions": true, "consultation": true, "consultations": true}

// lonePlaceParty reports whether ev is a gathering whose only party,
// counting attendees, organisers, hosts and the attendees of its
// sub-events, is one place.
func (x *extractor) lonePlaceParty(ev *event, subs []*event) bool {
	if ev.foreign || negotiationWords[ev.word] || len(ev.organizer) > 0 || len(ev.hosts) > 0 || len(ev.attendees) != 1 {
		return false
	}
	if len(x.subAttendees(ev, subs)) > 0 {
		return false
	}
	a := ev.attendees[0]
	if a.ent < 0 || !isPlace(x.ents[a.ent].typ) {
		return false
	}
	return !x.placeForItsPeople(a)
}

// placeForPeopleWords are words beside a place's name that make it stand for
// people who take part: its officials, or the place attending.
var placeForPeopleWords = map[string]bool{"official": true, "officials": true, "minister": true, "ministers": true, "delegation": true, "delegations": true, "delegate": true, "delegates": true, "mission": true, "government": true, "heads": true, "leaders": true, "attend": true, "attends": true, "attended": true, "attending": true}

// placeForItsPeople reports whether a mention of place a in its sentence
// has, within three words before or after it, a word of placeForPeopleWords.
func (x *extractor) placeForItsPeople(a evFact) bool {
	if a.sent < 0 || a.sent >= len(x.sents) {
		return false
	}
	toks := x.sents[a.sent].toks
	for _, m := range x.mentions {
		if m.sent != a.sent || m.ent != a.ent {
			continue
		}
		for k := max(0, m.start-3); k < min(len(toks), m.end+3); k++ {
			if (k < m.start || k >= m.end) && lowerIn(placeForPeopleWords, toks[k].Text) {
				return true
			}
		}
	}
	return false
}
