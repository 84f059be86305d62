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
	if v, ok := partyMemo.Load(w); ok {
		h := v.(*partyHit)
		return h.o, h.ok
	}
	o, ok := readPartyOf(w)
	if len(w) <= 40 && partyMemoSize.Load() < partyMemoMax {
		if _, had := partyMemo.LoadOrStore(strings.Clone(w), &partyHit{o, ok}); !had {
			partyMemoSize.Add(1)
		}
	}
	return o, ok
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
