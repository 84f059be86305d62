// Names read as an event's parties that take no part in it: the news
// medium told or quoting the story ("A company spokesman told Reuters 'We
// have concluded the talks'", "the official IRNA news agency said",
// "according to Xinhua"), and a country named only as the possessor of
// something else in the sentence ("India's biggest oil firm, ONGC, says
// it is in talks", "the NUM, South Africa's biggest trade union"). They are
// dropped from the event's attendees before it is emitted, as is a place
// named only as where a party is based ("had discussions with
// Milwaukee-based Marine Corp"), or as where the event is held ("Panama" at
// a meeting held in Panama: met_places.go).

package extract

import "strings"

// mediumAfter are words after a name that make it the medium of a report:
// "the IRNA news agency said", "Xinhua reported".
var mediumAfter = map[string]bool{"agency": true, "reported": true, "reports": true, "quoted": true, "quotes": true, "newspaper": true, "daily": true, "television": true, "radio": true}

// tellWords make their object an audience: "told Reuters".
var tellWords = map[string]bool{"told": true, "tells": true, "tell": true, "telling": true}

// dropNonParties removes the attendees of ev that take no part in it.
func (x *extractor) dropNonParties(ev *event) {
	if ev.foreign || len(ev.attendees) == 0 {
		return
	}
	kept := ev.attendees[:0:0]
	for _, a := range ev.attendees {
		if x.reportMedium(ev, a) || x.possessorOnly(ev, a) || x.basedOnly(a) || x.localGroupOnly(a) || x.localModifierOnly(a) || x.privateGroupOnly(a) || x.ownLocation(ev, a) || x.formerBodyOnly(a) || x.alternativeOnly(a) || x.roundNameOnly(a) {
			continue
		}
		kept = append(kept, a)
	}
	ev.attendees = kept
}

// reportMedium reports whether organisation a is, at every mention in its
// sentence, told something ("told Reuters"), the source of a report
// ("according to IRNA", "the IRNA news agency said", "Xinhua reported").
func (x *extractor) reportMedium(ev *event, a evFact) bool {
	if x.ents[a.ent].typ != Organization {
		return false
	}
	return x.atEveryMention(a, func(s *sentence, m *mention) bool {
		k := m.start - 1
		if k >= 0 && s.toks[k].Tag == "DT" {
			k--
		}
		told := k >= 0 && tellWords[s.lower(k)]
		source := k >= 1 && s.lower(k) == "to" && s.lower(k-1) == "according"
		n := m.end
		if n < len(s.toks) && s.lower(n) == "news" {
			n++
		}
		source = source || n < len(s.toks) && mediumAfter[s.lower(n)]
		// "told a Georgetown University conference": the body names the
		// event told to, whose party it is
		return (told || source) && !x.triggerAt(ev, a.sent, m.start, m.end+5)
	})
}

// possessorOnly reports whether country or place a is, at every mention in
// its sentence, a possessive whose phrase is no event's ("India's biggest
// oil firm"), while the event's noun there is not that phrase's head.
func (x *extractor) possessorOnly(ev *event, a evFact) bool {
	ms := x.placeMentionsIn(a)
	if len(ms) == 0 {
		return false
	}
	s := &x.sents[a.sent]
	for _, mi := range ms {
		m := &x.mentions[mi]
		if m.end >= len(s.toks) || s.toks[m.end].Tag != "POS" {
			return false
		}
		// the phrase the possessive opens: adjectives and nouns up to its head
		k := m.end + 1
		for k < len(s.toks) && k <= m.end+5 && (isNounTag(s.toks[k].Tag) || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "JJS" || s.toks[k].Tag == "CD" || s.toks[k].Tag == "VBN" || s.toks[k].Tag == "HYPH") {
			if membershipWords[s.lower(k)] || stateBodies[s.lower(k)] {
				return false // "talks on Russia's membership of the WTO", "talks with Norway's government": a party
			}
			k++
		}
		if x.triggerAt(ev, a.sent, m.end, k) {
			return false // "Britain's talks with", "India's trade talks"
		}
	}
	return true
}

// placeMentionsIn returns the mentions of party a in its sentence when a
// is a country, city or place, else none.
func (x *extractor) placeMentionsIn(a evFact) []int {
	if t := x.ents[a.ent].typ; t != Country && t != City && t != Place {
		return nil
	}
	return x.entityMentionsIn(a.ent, a.sent)
}

// triggerAt reports whether a mention of ev in sentence si ends in tokens
// [from, to).
func (x *extractor) triggerAt(ev *event, si, from, to int) bool {
	for _, tr := range ev.triggers {
		if tr.sent == si && tr.end > from && tr.end <= to {
			return true
		}
	}
	return false
}

// stateBodies after a country's possessive make it a party through them:
// "talks with Norway's minority Labour government".
var stateBodies = map[string]bool{"government": true, "delegation": true, "negotiators": true, "officials": true, "cabinet": true}

// basedOnly reports whether place a is, at every mention in its sentence,
// the seat of something else: "Milwaukee-based Marine Corp".
func (x *extractor) basedOnly(a evFact) bool {
	ms := x.placeMentionsIn(a)
	if len(ms) == 0 {
		return false
	}
	s := &x.sents[a.sent]
	for _, mi := range ms {
		m := &x.mentions[mi]
		last := lower(s.toks[m.end-1].Text)
		next := ""
		if m.end < len(s.toks) {
			next = s.lower(m.end)
		}
		if m.end+1 < len(s.toks) && next == "-" {
			next += s.lower(m.end + 1)
		}
		if !strings.HasSuffix(last, "-based") && next != "-based" && next != "based" {
			return false
		}
	}
	return true
}
