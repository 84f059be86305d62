// Names of modern copy the recogniser misses: the body written before a
// lower-case title ("Future Publishing founder Chris Anderson").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// honorificsOnly reports whether tokens are all honorifics ("Honourable",
// "the Rt. Hon."): no name.
func honorificsOnly(ts []nlp.Token) bool {
	for _, t := range ts {
		lw := lower(t.Text)
		if lw != "the" && lw != "." && !isHonorific(lw) && !isHonorific(strings.TrimSuffix(lw, ".")) {
			return false
		}
	}
	return len(ts) > 0
}

// bodiesBeforeTitles, in sentence si: "Future Publishing founder Chris
// Anderson", "Glover Park Group partner Jane Doe": capitalised words no
// mention owns, then a lower-case title ("founder", "communications head")
// and a person's name: the capitalised words name the body the person
// serves (acronymBodies reads "PCS leader Mark Serwotka"). Not at the start
// of a sentence, where any word is capitalised, nor national adjectives,
// places or words of titles ("Former", "Deputy").
func (x *extractor) bodiesBeforeTitles(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.start < 3 {
			continue
		}
		// the lower-case title: one or two words, the last a title head
		h := m.start - 1
		if s.owner[h] >= 0 || gazetteer.Capitalised(toks[h].Text) || !isTitleHead(toks[h].Text) || !strings.HasPrefix(toks[h].Tag, "NN") {
			continue
		}
		end := h
		if h-1 >= 0 && s.owner[h-1] < 0 && !gazetteer.Capitalised(toks[h-1].Text) && toks[h-1].Tag == "NN" && !lowerIn(titleModifiers, toks[h-1].Text) {
			end = h - 1 // "communications head"
		}
		end = modifiedTitleStart(s, end) // names_title_modifiers.go
		start := end
		for start > 0 && end-start < 4 && s.owner[start-1] < 0 && gazetteer.Capitalised(toks[start-1].Text) && strings.HasPrefix(toks[start-1].Tag, "NNP") {
			start--
		}
		if start == end || start == 0 || toks[start-1].Tag == "POS" || gazetteer.Capitalised(toks[start-1].Text) {
			continue
		}
		ok := true
		for _, t := range toks[start:end] {
			lw := lower(t.Text)
			if isTitleHead(t.Text) || titleModifiers[lw] || isHonorific(strings.TrimSuffix(lw, ".")) || calendarWord(t.Text) {
				ok = false
				break
			}
			if _, d := demonym(t.Text); d {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if _, place := gazetteer.Place(x.span(si, start, end)); place {
			continue
		}
		if k := x.addMention(si, start, end, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
	}
}

// titleRunEnd returns the end of the title words (modifiers and at least
// one title head, "Managing Director") from token j, before token limit, or
// j when none start there. Words that end bodies ("Council") are no title.
func titleRunEnd(toks []nlp.Token, j, limit int) int {
	k, head := j, false
	for k < limit && gazetteer.Capitalised(toks[k].Text) && !gazetteer.IsOrgSuffix(toks[k].Text) {
		lw := lower(toks[k].Text)
		switch {
		case isTitleHead(toks[k].Text):
			head = true
		case titleModifiers[lw]:
		default:
			if head {
				return k
			}
			return j
		}
		k++
	}
	if !head {
		return j
	}
	return k
}

// bodiesInTitles, in sentence si: "Caricom Secretary-General Carla
// Barnett", "Acme President John Doe": name words (written with a capital
// almost always in news, or unseen: ner.NameWord) before a capitalised title
// and a person's name name the body the person serves; capitalised common
// words ("Finance Minister", "Opposition Leader") belong to the title.
func (x *extractor) bodiesInTitles(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.start < 2 {
			continue
		}
		// the title: capitalised title heads and modifiers before the name
		h := m.start
		for h > 0 && s.owner[h-1] < 0 && gazetteer.Capitalised(toks[h-1].Text) && (isTitleHead(toks[h-1].Text) || lowerIn(titleModifiers, toks[h-1].Text)) {
			h--
		}
		if h == m.start || !isTitleHead(toks[m.start-1].Text) {
			continue
		}
		start := h
		for start > 0 && h-start < 3 && s.owner[start-1] < 0 && gazetteer.Capitalised(toks[start-1].Text) && strings.HasPrefix(toks[start-1].Tag, "NNP") && bodyNameWord(toks[start-1].Text) {
			start--
		}
		if start == h || start > 0 && (toks[start-1].Tag == "POS" || gazetteer.Capitalised(toks[start-1].Text)) {
			continue
		}
		if _, place := gazetteer.Place(x.span(si, start, h)); place {
			continue
		}
		if k := x.addMention(si, start, h, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
	}
}

// bodyNameWord reports whether a capitalised word before a title can name
// a body: a name's word, no title, honorific, calendar word or national
// adjective.
func bodyNameWord(w string) bool {
	lw := lower(w)
	if isTitleHead(w) || titleModifiers[lw] || isHonorific(strings.TrimSuffix(lw, ".")) || calendarWord(w) || strings.HasSuffix(w, ".") {
		return false
	}
	if _, d := demonym(w); d {
		return false
	}
	return ner.NameWord(w)
}

// eventNameOf reads the name of an event written as a capitalised head, "of"
// and a capitalised name, in sentence si from the head at token head: "the
// Summit of the Americas", "the Conference of the Parties", "the Congress of
// Vienna". It returns the name (with the capitalised words before the head)
// and the token after it, or "" and head+1.
func (x *extractor) eventNameOf(si, start, head int) (string, int) {
	toks := x.sents[si].toks
	// "the World Summit on the Information Society": a topic after "on"
	// (names_event_topics.go)
	on := x.topicOn(si, head)
	if !gazetteer.Capitalised(toks[head].Text) || head == 0 || head+2 >= len(toks) || !lowerIs(toks[head+1].Text, "of") && !on {
		return "", head + 1
	}
	k := head + 2
	if lowerIs(toks[k].Text, "the") {
		k++
	}
	end := k
	for end < len(toks) && end < k+5 && (gazetteer.Capitalised(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") || on && end > k && (toks[end].Text == "and" || toks[end].Text == "&") && end+1 < len(toks) && gazetteer.Capitalised(toks[end+1].Text)) {
		if m := x.mentionAt(si, end); m != nil && m.typ == Person {
			return "", head + 1
		}
		end++
	}
	if end == k || end < len(toks) && toks[end].Tag == "POS" {
		return "", head + 1
	}
	// "the Meeting of the Conference of Heads of Government of CARICOM"
	for n := 0; n < 3 && end+1 < len(toks) && lowerIs(toks[end].Text, "of"); n++ {
		q := end + 1
		if lowerIs(toks[q].Text, "the") {
			q++
		}
		r := q
		for r < len(toks) && r < q+6 && (gazetteer.Capitalised(toks[r].Text) && strings.HasPrefix(toks[r].Tag, "NNP") || r > q && (toks[r].Text == "and" || toks[r].Text == "&") && r+1 < len(toks) && gazetteer.Capitalised(toks[r+1].Text)) {
			r++
		}
		if r == q || r < len(toks) && toks[r].Tag == "POS" {
			break
		}
		end = r
	}
	first := head
	for first > start && gazetteer.Capitalised(toks[first-1].Text) && (strings.HasPrefix(toks[first-1].Tag, "NNP") || toks[first-1].Tag == "JJ") && first-1 > 0 {
		first--
	}
	return x.span(si, x.nameOfBefore(si, first), end), end
}

// nameOfBefore returns where an event's capitalised name that starts at
// token k of sentence si really starts, past "of" and capitalised words
// before it: "the Commonwealth Heads of Government Meeting" from
// "Government". Only names the recognisers left alone are joined.
func (x *extractor) nameOfBefore(si, k int) int {
	toks := x.sents[si].toks
	capital := func(j int) bool {
		return j > 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && x.sents[si].owner[j] < 0
	}
	if k < 2 || !lowerIs(toks[k-1].Text, "of") || !capital(k-2) {
		return k
	}
	j := k - 2
	for j > 0 && capital(j-1) {
		j--
	}
	return j
}

// fullEventName returns the name of the event whose head is token head and
// the token after the name: "the Summit of the Americas" (eventNameOf), else
// the capitalised or quoted words before the head (eventName).
func (x *extractor) fullEventName(si, start, head int) (string, int) {
	if name, end := x.eventNameOf(si, start, head); end > head+1 {
		return name, end
	}
	return x.eventName(si, start, head), head + 1
}

// eventClause reads, at token j after an event phrase of sentence si, a
// clause that tells its place, date or attendees: "the conference, held in
// Kingston on Sunday,", "the meeting, held in Paris, was attended by Smith
// and Doe", "a fundraiser attended by Smith". It returns the token to read
// on from and whether there was one.
func (x *extractor) eventClause(si, j int, ev *event) (int, bool) {
	toks := x.sents[si].toks
	if j+1 >= len(toks) {
		return j, false
	}
	if k, ok := placeClauseEnd(toks, j); ok {
		return k, true // event_place_clauses.go
	}
	w, next := lower(toks[j].Text), lower(toks[j+1].Text)
	switch {
	case (w == "," || w == "—") && j+2 < len(toks) && heldWords[next] && organizerPassives[next] && lowerIs(toks[j+2].Text, "by"):
		return j + 1, true // ", hosted by X,": its organiser, read by the caller
	case (w == "," || w == "—") && j+2 < len(toks) && heldWords[next]:
		return j + 2, true
	case w == "," && (next == "brought" || next == "bringing") && j+2 < len(toks) && lowerIs(toks[j+2].Text, "together"):
		return j + 1, true
	case (w == "brought" || w == "bringing") && next == "together":
		// "the roundtable brought together X, Y and Z"
		ents, end := x.nameList(si, j+2, false)
		for _, e := range ents {
			ev.addAttendee(x.party(e), si)
			ev.own = true
		}
		return end, true
	case w == "," && (next == "which" || next == "that") && j+3 < len(toks) && (lowerIs(toks[j+2].Text, "was") || lowerIs(toks[j+2].Text, "were")) && (lowerIs(toks[j+3].Text, "attended") || lowerIn(heldWords, toks[j+3].Text)):
		return j + 2, true // ", which was attended by", ", which was held at"
	case w == "," && (next == "was" || next == "were" || next == "attended"):
		return j + 1, true
	case (w == "was" || w == "were" || w == "is" || w == "be") && heldWords[next] && !organizerPassives[next]:
		return j + 2, true // "was held at the library"
	case w == "will" && next == "be" && j+2 < len(toks) && lowerIn(heldWords, toks[j+2].Text):
		return j + 1, true // "will be held in Kingston"
	case (w == "was" || w == "were") && (next == "attended" || organizerPassives[next] && j+2 < len(toks) && lowerIs(toks[j+2].Text, "by")):
		return j + 1, true // "was attended by", "was chaired by"
	case w == "and" && next == "attended" && j+2 < len(toks) && lowerIs(toks[j+2].Text, "by"):
		return j + 1, true // "chaired by X and attended by Y"
	case featureVerbs[w]:
		// "the roundtable featured X and Y": who took part (event_features.go)
		return x.featuredParties(si, j+1, ev)
	case w == "attended" && next == "by":
		ents, end := x.nameList(si, j+2, false)
		for _, e := range ents {
			ev.addAttendee(x.party(e), si)
			ev.own = true
		}
		return end, true
	}
	return j, false
}
