package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Who "the home secretary" is: the person the article itself gives that
// title, before any guess from the sentences nearby. "Home Secretary David
// Blunkett ... Mr Blair retorted ... The home secretary has already
// admitted" is Blunkett, not Blair, the last one named.

// titleHolders maps a job title, lower case, to the people the article
// gives it in so many words ("Home Secretary David Blunkett"), read before
// any description is resolved; nil until nominalTitles asks.
type titleHolders map[string][]int

// explicitTitleHolders collects the holders of the job titles found so far.
func (x *extractor) explicitTitleHolders() titleHolders {
	h := titleHolders{}
	for _, k := range x.order {
		if k.p != vocab.PJobTitle || k.s < 0 || x.ents[k.s].typ != Person {
			continue
		}
		t := strings.ToLower(k.lit)
		if !slices.Contains(h[t], k.s) {
			h[t] = append(h[t], k.s)
		}
	}
	return h
}

// holderOf returns the person the article names with title (lower case)
// that "the TITLE" at token i of sentence si stands for, and whether the
// article decides it: its one holder, else of several the one named last
// in the sentence before i or the two before it. When none of several is
// named there, the article does not decide (the description may be of yet
// another: "the prime minister" of a story naming two foreign prime
// ministers).
func (x *extractor) holderOf(title string, si, i int) (int, bool) {
	ps := x.postHolders(title) // roles_described_posts.go: "Sen." holds "the Minnesota senator"
	switch len(ps) {
	case 0:
		return -1, false
	case 1:
		return ps[0], true
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if (s < si || m.end <= i) && slices.Contains(ps, m.ent) {
				return m.ent, true
			}
		}
	}
	return -1, false
}

// inQuotation reports whether token i of sentence si is inside a quotation
// opened in the sentence: "He says the prime minister doesn't like..." speaks
// of people the quote's speaker means, not those named around it. Quote
// marks are counted whatever their tag (a tagger may read a closing mark as
// an opening one).
func (x *extractor) inQuotation(si, i int) bool {
	open := false
	for _, t := range x.sents[si].toks[:i] {
		switch {
		case t.Tag == "``" || t.Tag == "''" || t.Text == "\"" || t.Text == "“" || t.Text == "”":
			open = !open
		}
	}
	return open
}
