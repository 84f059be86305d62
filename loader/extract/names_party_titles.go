package extract

// A party word opening a title before a name: "Tory leader Michael Howard's
// only fresh entry", "Liberal Democrat home affairs spokesman Mark Oaten
// said", "Conservative shadow home secretary David Davis". The recogniser
// reads the party word in mid-sentence, but not where it opens the sentence
// or is two words ("Liberal Democrat", "Lib Dem"); the word is then made a
// mention of the party, which the roles read as the person's affiliation,
// the title keeping it ("Liberal Democrat leader", as "Tory leader" in
// mid-sentence). A legislator's title ("Democratic senator") is left to
// partyMembers, whose chamber the title implies. Where the recogniser read
// the party word alone as a person's name ("Lib Dem home affairs spokesman
// Mark Oaten" opening a sentence gave a person "Lib Dem"), the party's
// mention replaces it (personPartyWord).

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// partyTitleOpening returns the number of tokens (1 or 2) of a party word
// at token i of sentence si that opens a title of up to four words ended by
// a title's head right before a person's name, or 0.
func (x *extractor) partyTitleOpening(si, i int) int {
	s := &x.sents[si]
	if s.owner[i] >= 0 && !x.personPartyWord(si, i) || nameWordBefore(s, i) || !gazetteer.Capitalised(s.toks[i].Text) || i > 0 && titleModifiers[s.lower(i-1)] {
		return 0 // "Former Conservative leader", "deputy Conservative Chairman": one title
	}
	for n := 2; n >= 1; n-- {
		if i+n >= len(s.toks) || n == 2 && (s.owner[i+1] != s.owner[i] || !gazetteer.Capitalised(s.toks[i+1].Text)) {
			continue
		}
		if o := s.owner[i]; o >= 0 && x.mentions[o].end != i+n {
			continue
		}
		o, ok := x.partyOfSpan(si, i, i+n)
		if !ok || portfolioWord(s.lower(i+n)) || !x.titleThenName(si, i+n) {
			continue
		}
		if o.Country != "" && x.partyAbroad(o.Country) { // names_party_home.go
			return 0 // "Conservative leader Constantine Mitsotakis" of Greece
		}
		return n
	}
	return 0
}

// personPartyWord reports whether token i of sentence si opens a person's
// mention of one or two words that is a party's name or its member's noun
// ("Lib Dem", "Tory"): partyTitleOpening may read it as the party.
func (x *extractor) personPartyWord(si, i int) bool {
	s := &x.sents[si]
	m := &x.mentions[s.owner[i]]
	if m.typ != Person || m.start != i || m.end > i+2 {
		return false
	}
	_, ok := x.partyOfSpan(si, i, m.end)
	return ok
}

// partyOfSpan returns partyOf of the text of tokens [i, j) of sentence si:
// a single token's answer is read once per token (sentence.partyAt).
func (x *extractor) partyOfSpan(si, i, j int) (gazetteer.OrgInfo, bool) {
	w := x.span(si, i, j)
	if s := &x.sents[si]; j == i+1 && w == s.toks[i].Text {
		return s.partyAt(i)
	}
	return partyOf(w)
}

// portfolioWord reports whether a word after a party's name makes it a
// ministry's portfolio: "Labour Minister", "Labor Secretary".
func portfolioWord(w string) bool {
	return w == "minister" || w == "ministry" || w == "secretary" || w == "department"
}

// foreignStory reports whether the country the article names most
// (countries and places by the gazetteer, national adjectives too, at least
// twice and more than any other) is another than country.
func (x *extractor) foreignStory(country string) bool {
	n := map[string]int{}
	for _, m := range x.mentions {
		if !isPlace(m.typ) {
			continue
		}
		p, ok := gazetteer.Place(m.name)
		if !ok {
			continue
		}
		c := p.Country
		if p.Class == gazetteer.ClassCountry {
			c = p.Name
		}
		if c != "" {
			n[c]++
		}
	}
	best, bestN, second := topVotes(n)
	return bestN >= 2 && bestN > second && best != country
}

// titleThenName reports whether up to four title words no mention owns,
// the last a title's head, stand from token k right before a person's
// name: "leader Charles Kennedy", "home affairs spokesman Mark Oaten".
func (x *extractor) titleThenName(si, k int) bool {
	s := &x.sents[si]
	for e := k; e < len(s.toks) && e < k+4; e++ {
		t := s.toks[e]
		if s.owner[e] >= 0 {
			return false
		}
		if legislatorTitles[strings.TrimSuffix(s.lower(e), ".")] {
			return false // "Democratic senator Barbara Mikulski": the member's title (names_party_members.go) and its chamber
		}
		if !gazetteer.Capitalised(t.Text) && t.Tag != "NN" && t.Tag != "JJ" && t.Tag != "NNS" && !isTitleHead(t.Text) {
			return false
		}
		if isTitleHead(t.Text) && e+1 < len(s.toks) {
			if m := x.mentionAt(si, e+1); m != nil && m.start == e+1 && m.typ == Person {
				return true
			}
		}
	}
	return false
}

// partyOpeningTitle reports whether the body mention om that stops a title
// read backwards is a party word that opens the title (partyOpenings): the
// title keeps it.
func (x *extractor) partyOpeningTitle(si int, om *mention) bool {
	return x.partyOpenings[[2]int{si, om.start}]
}

// knownTitleAt reports whether tokens [i, j) make a known title of two words
// or more: "Conservative shadow home secretary David Davis" holds "shadow
// home secretary", as the sentence's capital left it.
func knownTitleAt(toks []nlp.Token, i, j int) bool {
	if j-i < 2 || j-i > 5 {
		return false
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.Text)
	}
	return gazetteer.IsTitle(words...)
}
