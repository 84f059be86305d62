// Who an event "featured": "The roundtable featured Health Minister
// Christopher Tufton and Finance Minister Nigel Clarke", "a town hall
// featuring Mayor Adams". They took part; whether they met is the event's
// kind's to say (met_kinds.go: a roundtable, not a concert or a panel).

package extract

// featureVerbs say that the people named after them took part in the event
// before them.
var featureVerbs = map[string]bool{"featured": true, "features": true, "featuring": true}

// featuredParties adds the names listed from token j of sentence si as
// ev's attendees, and returns the token after the list. Only people and
// bodies named right after the verb count: "featured a keynote by X" or
// "featured speeches" read nothing.
func (x *extractor) featuredParties(si, j int, ev *event) (int, bool) {
	ents, end := x.nameList(si, j, false)
	if len(ents) == 0 {
		return j, true
	}
	for _, e := range ents {
		if t := x.ents[e].typ; t != Person && t != Organization {
			continue
		}
		ev.addAttendee(x.party(e), si)
		ev.own = true
	}
	return end, true
}

// partyVerbAt reports whether token k opens the verb of a clause that names
// an event's parties after it, however the tagger read it: "The roundtable
// featured/JJ X", "The roundtable brought/NN together X" (eventClause).
func partyVerbAt(toks []nlpToken, k int) bool {
	w := lower(toks[k].Text)
	return featureVerbs[w] || (w == "brought" || w == "bringing") && k+1 < len(toks) && lowerIs(toks[k+1].Text, "together")
}
