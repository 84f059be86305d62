package extract

import "github.com/newsgraph/newsgraph/loader/internal/strtable"

// Word lists that rules test on every token of every sentence: each token
// looks its lower case up once (newExtractor), in one table of every such
// list's words, and keeps a bit per list; a rule's test is then a bit test,
// not a map lookup per token and rule (sentence.in). The lists stay the
// rules' maps, which other lookups (names, phrases) still read.

// tokenList is a word list sentence.in tests.
type tokenList uint8

const (
	tlSportsStory      tokenList = iota // sportsStoryWords
	tlClubCues                          // clubCues
	tlBodyMeeting                       // bodyMeetingWords
	tlWedding                           // weddingVerbs
	tlShowVerbs                         // showVerbs
	tlPlayVerbs                         // playVerbs
	tlTalkVerbs                         // talkVerbs
	tlCallVerbs                         // callVerbs
	tlTellPast                          // tellVerbsPast
	tlOutletOpeners                     // outletOpeners
	tlClassNouns                        // classNouns
	tlTownPreps                         // townPreps
	tlGivenNames                        // givenNames
	tlEventNouns                        // eventNouns (any value)
	tlSportsReport                      // sportsReportWords
	tlHosting                           // hostingVerbs
	tlInstitutionHeads                  // institutionHeads (any value)
	tlSpeakVerbs                        // speakVerbs
	tlSyndicateVerbs                    // syndicateVerbs
	tlMeetVerbs                         // meetVerbs
	tlPersonPronouns                    // personPronouns
	numTokenLists
)

// tokenListWords maps a lower-case word to the bits of the tokenLists that
// hold it (a map[string]bool's word only when its value is true, as the
// map's index reads).
var tokenListWords = func() map[string]uint32 {
	sets := [numTokenLists]map[string]bool{
		tlSportsStory: sportsStoryWords, tlClubCues: clubCues, tlBodyMeeting: bodyMeetingWords,
		tlWedding: weddingVerbs, tlShowVerbs: showVerbs, tlPlayVerbs: playVerbs, tlTalkVerbs: talkVerbs,
		tlCallVerbs: callVerbs, tlTellPast: tellVerbsPast, tlOutletOpeners: outletOpeners,
		tlClassNouns: classNouns, tlTownPreps: townPreps, tlGivenNames: givenNames,
		tlSportsReport: sportsReportWords, tlHosting: hostingVerbs, tlSpeakVerbs: speakVerbs,
		tlSyndicateVerbs: syndicateVerbs, tlMeetVerbs: meetVerbs, tlPersonPronouns: personPronouns,
	}
	m := map[string]uint32{}
	for l, set := range sets {
		for w, v := range set {
			if v {
				m[w] |= 1 << l
			}
		}
	}
	for w := range eventNouns {
		m[w] |= 1 << tlEventNouns
	}
	for w := range institutionHeads {
		m[w] |= 1 << tlInstitutionHeads
	}
	return m
}()

// tokenListTable is tokenListWords as a strtable, which newExtractor reads
// for every token: a short word is found (or not) in one slot, where the
// Go map hashed it and probed a control word, a slot and the key.
var tokenListTable = strtable.New(tokenListWords)

// in reports whether the lower case of token i is in list l: the same as
// the list's map indexed by s.lower(i).
func (s *sentence) in(i int, l tokenList) bool {
	return s.lists[i]&(1<<l) != 0
}

// eventNoun returns the group of token i when its lower case is one of
// eventNouns (the map is read only for tokens marked as its words).
func (s *sentence) eventNoun(i int) (eventGroup, bool) {
	if !s.in(i, tlEventNouns) {
		return "", false
	}
	g, ok := eventNouns[s.lower(i)]
	return g, ok
}
