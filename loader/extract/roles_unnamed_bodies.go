package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A body's name the recogniser missed is no part of the title before it:
// "Ken Kutaragi, Chief Operating Officer of Sony," holds "Chief Operating
// Officer", "Christopher Sibson, secretary general of IPMA," "secretary
// general". A careful reader writes the post, the body being the
// affiliation; a title with the body's name in it ("chairman of Time") is
// a name's piece read as a title. A post's field of work after "of"
// ("Vice President of Finance", "Professor of Economics", "Secretary of
// State") is written capitalised but is no name: news writes those words
// in lower case too (ner.NameWord), and data/portfolioNouns.txt lists them.

// titleLast returns where the title of an apposition whose head is token
// head of sentence s, read up to token last, ends: after the head when the
// words after it do not go on with it ("of state", "for Europe"), and,
// when no body was read after it (unnamed), before an unrecognised body
// ("Chief Operating Officer of Sony,").
func titleLast(s *sentence, head, last int, unnamed bool) int {
	toks := s.toks
	if last > head+1 && !titleContinues(toks[head+1:last]) && !chiefOf(toks[head], toks[head+1:last]) && !tradeAfterRank(toks, head, last) {
		return head + 1
	}
	if unnamed {
		return unnamedBodyCut(s, head, last)
	}
	return last
}

// tradeAfterRank reports whether the words after a title's head, up to
// where the title was read, are lower-case modifiers ending in an agent
// noun: the head was a rank before the trade ("chief corporate trader",
// "chief mobile technology evangelist"), and the title is all of them. Not
// after another title word ("chief executive offcer": a misspelt officer).
func tradeAfterRank(toks []nlp.Token, head, last int) bool {
	ts := toks[head+1 : last]
	if len(ts) == 0 || len(ts) > 4 || head > 0 && isTitleHead(toks[head-1].Text) {
		return false
	}
	for _, t := range ts {
		if !lowerWord(t.Text) || !(t.Tag == "NN" || t.Tag == "JJ") {
			return false
		}
	}
	return occupation(ts[len(ts)-1])
}

// unnamedBodyCut returns where the title whose head is token head of
// sentence s, read up to token last, ends before an unrecognised body: the
// first "of", "for" or "at" followed by a name's word (unnamedBody) that a
// lower-case word does not follow ("for European publishing", "of TV show
// Later": a field or a work), else last. An office's "for" is its seat:
// "MP for Witney" keeps it.
func unnamedBodyCut(s *sentence, head, last int) int {
	for k := head + 1; k+1 < last; k++ {
		w := s.lower(k)
		if w != "of" && w != "for" && w != "at" {
			continue
		}
		if w == "for" && officeHeads[s.lower(head)] {
			continue
		}
		if k+2 < last && lowerWord(s.toks[k+2].Text) {
			continue
		}
		if s.owner[k+1] < 0 && unnamedBody(s.toks[k+1].Text) {
			return k
		}
	}
	return last
}

// unnamedBody reports whether w, after a title's "of", opens a body's name:
// an acronym ("IPMA", "AOL UK", "M&S") or a word news writes capitalised
// almost always ("Sony", "Interallianz"), and neither a field of work, a
// title's word, a place nor a nation's adjective.
func unnamedBody(w string) bool {
	lw := lower(w)
	if !gazetteer.Capitalised(w) || portfolioNouns[lw] || titleModifiers[lw] || isTitleHead(w) || isHonorific(lw) {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	if _, ok := gazetteer.Place(w); ok {
		return false // "head of Asia", "minister for Wales": a region's post
	}
	if _, ok := demonym(w); ok {
		return false
	}
	return len(w) > 1 && isAcronym(w) || ner.NameWord(w)
}
