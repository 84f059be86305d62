// The date of an event named with its organiser between: "a fundraiser
// hosted by Mayor Tom Grant on Friday", "a meeting chaired by the
// minister in Kingston on Tuesday". The passive right after the event noun
// is a reduced relative of the event ("hosted by X"), so a date after it
// is still the event's, as after its own verbs ("the meeting will follow
// on Wednesday").

package extract

// eventVerbsPastOrganiser reports whether tokens [i, j) of toks, right
// after an event noun, hold no verb but the event's own verbs
// (onlyEventVerbs) and, first, an organiser's passive with "by".
func eventVerbsPastOrganiser(toks []nlpToken, i, j int) bool {
	if i+1 < j && organizerPassives[lower(toks[i].Text)] && lowerIs(toks[i+1].Text, "by") {
		i += 2
	}
	return onlyEventVerbs(toks, i, j)
}
