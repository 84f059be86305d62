package extract

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// partyMemo holds partyOf's answers: the rules ask it of every capitalised
// adjective and proper noun (partyMembers) and of mentions' names, each
// time building three or four names and looking each up with its spelling
// variants, and the gazetteer does not change. At most partyMemoMax words
// are kept (a server reading for ever keeps no more), each a copy (not a
// view of an article's text).
var (
	partyMemo     sync.Map // word -> partyHit
	partyMemoSize atomic.Int32
)

const partyMemoMax = 1 << 16

type partyHit struct {
	o  gazetteer.OrgInfo
	ok bool
}

// partyOf returns the political party w names: the party's name or alias
// ("Labour"), or one of its members ("Republican" of "Republicans", "Tory"
// of "Tories", "Lib Dem" of "Lib Dems"), or the party of a name without its
// "Party" (readPartyOf, remembered).
func partyOf(w string) (gazetteer.OrgInfo, bool) {
	h := partyHitOf(w)
	return h.o, h.ok
}

// partyHitOf returns partyOf's answer for w as the memo holds it (a new
// one when the memo is full).
func partyHitOf(w string) *partyHit {
	if v, ok := partyMemo.Load(w); ok {
		return v.(*partyHit)
	}
	o, ok := readPartyOf(w)
	h := &partyHit{o, ok}
	if len(w) <= 40 && partyMemoSize.Load() < partyMemoMax {
		if _, had := partyMemo.LoadOrStore(strings.Clone(w), h); !had {
			partyMemoSize.Add(1)
		}
	}
	return h
}

// partyAt returns partyOf of token i's text, read once per token: the
// party rules ask it of a capitalised word two or three times (as an
// adjective, as a title's opening, as a member noun).
func (s *sentence) partyAt(i int) (gazetteer.OrgInfo, bool) {
	if s.parties == nil {
		s.parties = make([]*partyHit, len(s.toks))
	}
	h := s.parties[i]
	if h == nil {
		h = partyHitOf(s.toks[i].Text)
		s.parties[i] = h
	}
	return h.o, h.ok
}

// partyWord reports whether w names a political party's members or the
// party itself: "Republican" (of "Republicans"), "Labour".
func partyWord(w string) bool {
	_, ok := partyOf(w)
	return ok
}

// readPartyOf returns the political party w names: the party's name or alias
// ("Labour"), or one of its members ("Republican" of "Republicans", "Tory"
// of "Tories", "Lib Dem" of "Lib Dems"), or the party of a name without its
// "Party".
func readPartyOf(w string) (gazetteer.OrgInfo, bool) {
	names := []string{w, w + "s", w + " Party"}
	if b, ok := strings.CutSuffix(w, "y"); ok {
		names = append(names, b+"ies")
	}
	for _, n := range names {
		if o, ok := orgLookup(n); ok && o.Class == "PoliticalParty" {
			return o, true
		}
	}
	return gazetteer.OrgInfo{}, false
}
