// Joined: "X joined Y at a dinner", "X joined Y for talks", "X joined Y on
// a tour": one who joins a named person at, for or on an occasion is there
// with them. The occasion must be an event's noun: "joined Y at Goldman
// Sachs" (an employer) or "joined Y in calling for" (a cause) is no meeting.

package extract

// joinedOccasions are the occasions besides the eventNouns that one joins
// someone at: "joined Brenner at a rally".
var joinedOccasions = map[string]bool{"rally": true, "reception": true, "vigil": true, "march": true,
	"launch": true, "party": true, "opening": true, "unveiling": true, "celebration": true, "event": true,
	"ribbon-cutting": true, "groundbreaking": true}

// joinedPreps open the occasion one joins someone at.
var joinedPreps = map[string]bool{"at": true, "for": true, "on": true}

// joinedParties returns the two people of "X joined Y at/for/on OCCASION"
// whose verb is token i (maybe a date before the preposition), the
// occasion's noun and the token after it; nil when the phrase is not there.
func (x *extractor) joinedParties(si, i int) ([]int, string, int) {
	s := &x.sents[si]
	toks := s.toks
	if t := toks[i].Tag; t != "VBD" && t != "VBZ" || negated(toks, i) {
		return nil, "", i + 1
	}
	guest, end := x.journalistAt(si, i+1)
	host := x.onlySubject(si, i)
	// "joined Newsom on Monday for a briefing": past the date
	if d := dateAt(s.dates, end); d != nil && d.End > end {
		end = d.End
	} else if end+1 < len(toks) && s.lower(end) == "on" {
		if d := dateAt(s.dates, end+1); d != nil && d.End > end+1 {
			end = d.End
		}
	}
	if guest < 0 || host < 0 || end >= len(toks) || !joinedPreps[s.lower(end)] {
		return nil, "", i + 1
	}
	// "at a fundraising dinner", "for the annual Christmas lunch": the
	// occasion's noun within four words, past determiners, adjectives and
	// nouns that qualify it
	for k := end + 1; k < len(toks) && k <= end+4; k++ {
		w := s.lower(k)
		if _, ok := eventNouns[w]; ok && toks[k].Tag != "NNP" || joinedOccasions[w] {
			return []int{host, guest}, w, k + 1
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "PRP$" && t != "VBG" && t != "CD" {
			break
		}
	}
	return nil, "", i + 1
}

// joinedByParties reads "X was joined by Y at PLACE": the two met at a named
// place ("Mr Blunkett was joined by Tony Blair at Welling School"). Without
// the place the passive is too often a vote, a court's opinion or a team
// ("He was joined by Justices Brennan and White", "will be joined by
// Ulster's Kevin Maggs"), so it is required, a place's name, right after the
// one who joined (or past a day).
func (x *extractor) joinedByParties(si, i int) ([]int, string, int) {
	s := &x.sents[si]
	toks := s.toks
	if i < 1 || i+2 >= len(toks) || toks[i].Tag != "VBN" || !beVerbs[s.lower(i-1)] || s.lower(i+1) != "by" || negated(toks, i-1) {
		return nil, "", i + 1
	}
	guest, end := x.journalistAt(si, i+2)
	host := x.onlySubject(si, i-1)
	if guest < 0 || host < 0 || end+1 >= len(toks) {
		return nil, "", i + 1
	}
	if d := dateAt(s.dates, end); d != nil && d.End > end && d.Start-end <= 1 {
		end = d.End
	}
	if end+1 >= len(toks) || s.lower(end) != "at" && s.lower(end) != "in" {
		return nil, "", i + 1
	}
	n := end + 1
	if n < len(toks) && s.lower(n) == "the" {
		n++
	}
	pm := x.mentionAt(si, n)
	if pm == nil || pm.start != n || pm.ent < 0 || pm.demonym || !isPlace(x.ents[pm.ent].typ) {
		return nil, "", i + 1
	}
	return []int{host, guest}, "meeting", end
}
