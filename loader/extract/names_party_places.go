// A party's members read as one name with the place they come from, and a
// chamber with its majority's party: "a Virginia Democrat" (a Democrat from
// Virginia), "the Democratic House" (the House with a Democratic majority).
// The place, the party and the chamber are the names, apart. ("House
// Democrats", the party's members in the House, stays a name: a group that
// meets and is met.)

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// partyMemberWords are the nouns and adjectives of the two US parties'
// members, which are no part of a name before or after them.
var partyMemberWords = map[string]bool{
	"democrat": true, "democrats": true, "republican": true, "republicans": true,
	"democratic": true,
}

// chamberWords are the legislatures that party members sit in.
var chamberWords = map[string]bool{"house": true, "senate": true, "congress": true, "congressional": true}

// partyMemberCut returns the name left of a recogniser mention [start, end)
// that ends in a party's member word after a place ("Virginia Democrat",
// "Oklahoma Republican": the place, and the member word is the party's
// mention; "Rhode Island Democratic Sen.": the place alone), or that opens with a party's adjective before a chamber ("Democratic House", "Presumptive Democratic
// White House": the chamber).
func (x *extractor) partyMemberCut(si, start, end int, m ner.Mention) (int, int, ner.Mention) {
	s := &x.sents[si]
	if end-start < 2 {
		return start, end, m
	}
	if n := partyMemberOpens(s, start, end, m); n > 0 {
		m.Start = start + n
		return start + n, end, m
	}
	if last := s.lower(end - 1); partyMemberWords[last] {
		rest := x.span(si, start, end-1)
		if p, ok := gazetteer.Place(rest); ok {
			if last != "democratic" { // the adjective names no party alone: "Rhode Island Democratic Sen."
				x.addMention(si, end-1, end, Organization, false)
			}
			return start, end - 1, ner.Mention{Start: start, End: end - 1, Label: ner.Place, Class: p.Class}
		}
		return start, end, m
	}
	for k := start; k+1 < end; k++ {
		w := s.lower(k)
		if w != "democratic" && w != "republican" {
			continue
		}
		body := x.span(si, k+1, end)
		if chamberWords[strings.ToLower(body)] || strings.EqualFold(body, "White House") {
			return k + 1, end, ner.Mention{Start: k + 1, End: end, Label: ner.Organization}
		}
		break
	}
	return start, end, m
}

// personPartyWords name a party's member before a person's name: "fellow
// Democrat William Proxmire", "Tory Dominic Grieve".
var personPartyWords = map[string]bool{"democrat": true, "republican": true, "tory": true}

// partyMemberOpens returns how many words of a person's mention [start, end)
// are the party's member word opening it ("Democrat William Proxmire",
// "Liberal Democrat Paul Tyler": 1 and 2), when a name of two words or more
// is left; else 0.
func partyMemberOpens(s *sentence, start, end int, m ner.Mention) int {
	if m.Label != ner.Person {
		return 0
	}
	n := 0
	switch {
	case s.lower(start) == "liberal" && start+1 < end && s.lower(start+1) == "democrat":
		n = 2
	case personPartyWords[s.lower(start)]:
		n = 1
	}
	if n == 0 || end-start-n < 2 {
		return 0
	}
	for k := start + n; k < end; k++ {
		if !gazetteer.Capitalised(s.toks[k].Text) {
			return 0
		}
	}
	return n
}
