package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A described title ("The Minnesota senator said") names a post; the
// article's own titles say who holds it. "Sen. Rudy Boschwitz" holds the
// post "the Minnesota senator" names, so the description is his and not
// the Reagan of "the Reagan administration" named after him; a title the
// article gives in other words of the same post is no other post.

// titleAbbrevs spells out the abbreviated titles a post is compared by.
var titleAbbrevs = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor",
	"pres": "president", "sec": "secretary", "secy": "secretary", "amb": "ambassador", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "adm": "admiral", "cmdr": "commander", "supt": "superintendent"}

// postWords returns the words of a title, lower case, abbreviations
// spelled out: "Sen." is "senator".
func postWords(title string) []string {
	ws := strings.Fields(strings.ToLower(title))
	for i, w := range ws {
		w = strings.TrimSuffix(w, ".")
		if full, ok := titleAbbrevs[w]; ok {
			w = full
		}
		ws[i] = w
	}
	return ws
}

// otherRanks are words that, before a post, make it another post or
// another's: "Deputy Prime Minister John Prescott" is not "the prime
// minister", nor "shadow chancellor Oliver Letwin" "the chancellor".
var otherRanks = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true,
	"shadow": true, "former": true, "ex": true, "junior": true, "under": true, "co": true, "incoming": true,
	"future": true, "late": true, "lieutenant": true, "sub": true, "second": true, "first": true}

// anyPost are words for the head of a body or nation named with them,
// whatever the post's name: "the Cuban leader" is the Cuban president.
var anyPost = map[string]bool{"leader": true, "head": true, "chief": true, "boss": true}

// samePost reports whether two titles name one post: the words of one end
// the other's ("senator", "Minnesota senator", "Sen."), not "foreign
// minister" and "prime minister", nor "deputy prime minister" and "prime
// minister".
func samePost(a, b string) bool {
	wa, wb := postWords(a), postWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}

	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if !slices.Equal(wa, wb[len(wb)-len(wa):]) {
		return false
	}
	for _, w := range wb[:len(wb)-len(wa)] {
		for _, part := range strings.Split(w, "-") {
			if otherRanks[part] {
				return false
			}
		}
	}
	return true
}

// postHolders returns the people the article gives, in so many words, a
// title of the same post as title.
func (x *extractor) postHolders(title string) []int {
	var ps []int
	for t, hs := range x.holders {
		if !samePost(t, title) {
			continue
		}
		for _, p := range hs {
			if !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
	}
	slices.Sort(ps)
	return ps
}

// otherPost reports whether the article gives person p a title of another
// post than title, and none of its own.
func (x *extractor) otherPost(p int, title string) bool {
	other := false
	for k := range x.facts {
		if k.s != p || k.p != vocab.PJobTitle {
			continue
		}
		if samePost(k.lit, title) {
			return false // "President Musharraf ... Gen Musharraf ... The Pakistani president"
		}
		other = true
	}
	return other
}

// describedGuess is a described title given to the person named before
// it, kept until every description of the article is read.
type describedGuess struct {
	p, si, start, end int
	lit               string
}

// commitGuesses gives each described title its guessed person, unless the
// article's descriptions of the same post point at different people: "the
// prime minister" read once for the person named before it and once for
// another is one post of one person the guesses cannot tell, and is given
// to no one; and a person guessed for one post holds no second ("Mr
// Blunkett ... The home secretary ... Mr Blunkett said ... The prime
// minister said" is Blair's post).
func (x *extractor) commitGuesses(gs []describedGuess) {
	for n, g := range gs {
		agree := true
		for m, h := range gs {
			if h.p != g.p && samePost(h.lit, g.lit) || m < n && h.p == g.p && !samePost(h.lit, g.lit) {
				agree = false // another's post, or the person's second
				break
			}
		}
		if agree {
			x.addFact(g.p, vocab.PJobTitle, -1, g.lit, g.si)
			x.describes(g.p, g.si, g.start, g.end, g.lit)
		}
	}
}
