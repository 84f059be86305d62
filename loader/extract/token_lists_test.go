package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestTokenListsMatchMaps checks that sentence.in answers as each list's
// map does for the tokens of a text holding words of every list, in any
// case, and words of none.
func TestTokenListsMatchMaps(t *testing.T) {
	sets := map[tokenList]func(string) bool{
		tlSportsStory:      func(w string) bool { return sportsStoryWords[w] },
		tlClubCues:         func(w string) bool { return clubCues[w] },
		tlBodyMeeting:      func(w string) bool { return bodyMeetingWords[w] },
		tlWedding:          func(w string) bool { return weddingVerbs[w] },
		tlShowVerbs:        func(w string) bool { return showVerbs[w] },
		tlPlayVerbs:        func(w string) bool { return playVerbs[w] },
		tlTalkVerbs:        func(w string) bool { return talkVerbs[w] },
		tlCallVerbs:        func(w string) bool { return callVerbs[w] },
		tlTellPast:         func(w string) bool { return tellVerbsPast[w] },
		tlOutletOpeners:    func(w string) bool { return outletOpeners[w] },
		tlClassNouns:       func(w string) bool { return classNouns[w] },
		tlTownPreps:        func(w string) bool { return townPreps[w] },
		tlGivenNames:       func(w string) bool { return givenNames[w] },
		tlEventNouns:       func(w string) bool { _, ok := eventNouns[w]; return ok },
		tlSportsReport:     func(w string) bool { return sportsReportWords[w] },
		tlHosting:          func(w string) bool { return hostingVerbs[w] },
		tlInstitutionHeads: func(w string) bool { _, ok := institutionHeads[w]; return ok },
		tlSpeakVerbs:       func(w string) bool { return speakVerbs[w] },
		tlSyndicateVerbs:   func(w string) bool { return syndicateVerbs[w] },
		tlMeetVerbs:        func(w string) bool { return meetVerbs[w] },
		tlPersonPronouns:   func(w string) bool { return personPronouns[w] },
	}
	if len(sets) != int(numTokenLists) {
		t.Fatalf("%d lists checked, %d declared", len(sets), numTokenLists)
	}
	text := "Mr Smith told the Town Council in London that John and Mary married, " +
		"then played football, spoke with reporters and called the club's meeting. " +
		"The summit talks of the league were held on Tuesday near Paris, said Kenyon, before the replay. " +
		"She Met him at the Mayo Clinic, which Hosted the firm that co-managed it."
	ss := nlp.Analyse(text)
	x := newExtractor(text, ss, time.Time{})
	hits := make([]int, numTokenLists)
	for si := range x.sents {
		s := &x.sents[si]
		for i := range s.toks {
			for l, in := range sets {
				want := in(lower(s.toks[i].Text))
				if got := s.in(i, l); got != want {
					t.Errorf("token %q, list %d: in = %v, the map says %v", s.toks[i].Text, l, got, want)
				}
				if want {
					hits[l]++
				}
			}
		}
	}
	for _, l := range []tokenList{tlGivenNames, tlEventNouns, tlTellPast, tlTownPreps, tlTalkVerbs, tlCallVerbs, tlWedding, tlPlayVerbs, tlOutletOpeners, tlSportsReport,
		tlHosting, tlInstitutionHeads, tlSpeakVerbs, tlSyndicateVerbs, tlMeetVerbs, tlPersonPronouns} {
		if hits[l] == 0 {
			t.Errorf("list %d: no word of the text is in it; the test reads nothing", l)
		}
	}
	// Every word of every list is marked, and only for its lists, in the
	// table newExtractor reads as in the map it is built from.
	for w, bits := range tokenListWords {
		if got := tokenListTable.Get(w); got != bits {
			t.Errorf("word %q: the table holds %b, the map %b", w, got, bits)
		}
	}
	for l, in := range sets {
		for w, bits := range tokenListWords {
			if got := bits&(1<<l) != 0; got != in(w) {
				t.Errorf("word %q, list %d: marked %v, the map says %v", w, l, got, in(w))
			}
		}
	}
}

// TestPartyOfRemembered checks that partyOf answers as readPartyOf does,
// the first time and from memory.
func TestPartyOfRemembered(t *testing.T) {
	for _, w := range []string{"Labour", "Republican", "Tory", "Democratic", "Smith", "Liberal", "Green", "Conservative", "Labour"} {
		want, wok := readPartyOf(w)
		for range 2 {
			got, ok := partyOf(w)
			if ok != wok || got.Name != want.Name || got.Class != want.Class {
				t.Errorf("partyOf(%q) = %q, %v; readPartyOf gives %q, %v", w, got.Name, ok, want.Name, wok)
			}
		}
	}
	if _, ok := partyOf("Labour"); !ok {
		t.Errorf("partyOf(Labour): no party")
	}
}
