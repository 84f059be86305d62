package extract

// What closes an apposition's title right after its body when no comma
// does (issue 11): a relative clause on the body ("Mike Newton, a
// spokesperson for the BSA which commissioned the survey"), the speaker's
// verb where the comma was left out ("Matt Williams, a fund manager at
// Perpetual Trustees said"), and the firm's trade read before the body's
// name ("a football specialist at accountancy firm Grant Thornton").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodyClauseCloses reports whether token end of sentence s, right after the
// body of an apposition's title, closes the apposition: "which" opening a
// relative clause on the body, or a verb of speech.
func bodyClauseCloses(s *sentence, end int) bool {
	if end >= len(s.toks) {
		return false
	}
	w := s.lower(end)
	return w == "which" || speechVerbs[w] && strings.HasPrefix(s.toks[end].Tag, "VB")
}

// tradeBeforeBody returns where the body's name starts after one to three
// words of its trade ending in a firm's noun at token k of sentence si
// ("accountancy firm Grant Thornton", "security firm Symantec", "Sydney
// brokerage house Rivkin James Capel Ltd", a place's name or a national
// adjective first: "French sugar producer Beghin-Say"), or k.
func (x *extractor) tradeBeforeBody(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	m := k
	for m < len(toks) && m < k+4 {
		if o := s.owner[m]; o >= 0 {
			om := &x.mentions[o]
			if !isPlace(om.typ) && !om.demonym || m > k {
				break
			}
			m = om.end // "Sydney brokerage house", "French sugar producer", "US telecoms firm"
			continue
		}
		if gazetteer.Capitalised(toks[m].Text) || toks[m].Tag != "NN" && toks[m].Tag != "JJ" && toks[m].Tag != "NNS" { // "electronics group"
			break
		}
		m++
	}
	if m == k || m >= len(toks) || s.owner[m-1] >= 0 || !orgNouns[s.lower(m-1)] {
		return k
	}
	if om := x.mentionAt(si, m); om != nil && om.start == m && om.typ == Organization && !om.nominal {
		return m
	}
	return k
}

// speechCloses reports whether token end of sentence s is a verb of speech
// right after a title's head, where the comma was left out: "Stephen
// Vastagh, ITC investigator said".
func speechCloses(s *sentence, end int) bool {
	return end < len(s.toks) && speechVerbs[s.lower(end)] && strings.HasPrefix(s.toks[end].Tag, "VB")
}

// nameOpensClause reports whether the name ending at token end of sentence
// si opens its clause (the sentence's start, or after a comma, a quote, a
// colon or a verb of speech): "Stephen Vastagh, an ITC investigator said"
// is Vastagh's post, "replacing Carlos Romo Leroux, a CEPE spokesman said"
// the unnamed speaker's.
func (x *extractor) nameOpensClause(si, end int) bool {
	m := x.mentionAt(si, end-1)
	if m == nil {
		return false
	}
	if m.start == 0 {
		return true
	}
	s := &x.sents[si]
	switch w := s.lower(m.start - 1); w {
	case ",", "\"", "``", "''", ":", "however":
		return true
	default:
		return speechVerbs[w]
	}
}

// presentAdverbs before a title's head say the post is held now and are no
// part of it: "Phil Redmond, now chairman of Mersey TV,".
var presentAdverbs = map[string]bool{"now": true, "currently": true}

// pastPresentAdverb returns the token after a present adverb at token j of
// sentence s when a title's head follows it, else j.
func pastPresentAdverb(s *sentence, j int) int {
	if j+1 < len(s.toks) && presentAdverbs[s.lower(j)] && isTitleHead(s.toks[j+1].Text) {
		return j + 1
	}
	return j
}

// bodyTradeTails are nouns of a firm's trade, besides orgNouns, that end
// the words after a body's name naming what kind of body it is: "the D.A.
// Davidson brokerage", "the Brookings Institution think tank".
var bodyTradeTails = wordSet("bodyTradeTails")

// tradeAfterBody returns the token after one to three lower-case words of
// a firm's trade ending in a body's noun that follow the organisation
// mention mi, ending at token end, when "the" opens the mention ("a
// managing director at the D.A. Davidson brokerage,", "an analyst at the
// Piper Sandler investment bank"), else end.
func (x *extractor) tradeAfterBody(si, mi, end int) int {
	m := &x.mentions[mi]
	if m.typ != Organization {
		return end
	}
	return x.tradeWordsAfter(m, end)
}

// tradeWordsAfter returns the token after one to three lower-case words of
// a firm's trade ending in a body's noun (orgNouns, bodyTradeTails) at
// token end, right after mention m, when "the" opens the mention: "the D.A.
// Davidson brokerage", "the Brookings Institution think tank"; else end.
// Not a noun that names another body dealing with it or part of it ("the
// Acme subsidiary", "the Acme rival"), nor a brand ("the Xbox brand").
func (x *extractor) tradeWordsAfter(m *mention, end int) int {
	s := &x.sents[m.sent]
	if m.start < 1 || s.lower(m.start-1) != "the" {
		return end
	}
	for k := end; k < len(s.toks) && k < end+3; k++ {
		t := s.toks[k]
		if s.owner[k] >= 0 || gazetteer.Capitalised(t.Text) || !tradeWordTags[t.Tag] {
			return end
		}
		w := s.lower(k)
		if subsidiaryNouns[w] || otherBodyNouns[w] || personNouns[w] || w == "brand" {
			return end
		}
		if t.Tag == "NN" && (orgNouns[w] || bodyTradeTails[w] || firmTradeNouns[w]) && (k+1 >= len(s.toks) || s.toks[k+1].Tag != "NN" && s.toks[k+1].Tag != "NNS") {
			return k + 1
		}
	}
	return end
}

// tradeWordTags are the tags of the words of a trade after a body's name:
// nouns and adjectives, and the verb the tagger reads in "think tank".
var tradeWordTags = map[string]bool{"NN": true, "JJ": true, "VBP": true, "VB": true}

// firmTradeNouns end the words of a trade after "the" and a name that make
// the name a firm's (firmTradeAfter): "the D.A. Davidson brokerage", "the
// Manila Bulletin newspaper"; not nouns that follow places and parts of
// names too ("the Old Trafford club", "the U.K. Central bank", "the Midwest
// Stock exchange").
var firmTradeNouns = wordSet("firmTradeNouns")

// firmTradeAfter reports whether words of a firm's trade ending in one of
// firmTradeNouns follow mention m, which "the" opens: "at the Piper Sandler
// investment bank" reads Piper Sandler as a firm.
// Only after a preposition: "The South Yorkshire company said", "The High
// Street retailer" name a firm by its region or its trade.
func (x *extractor) firmTradeAfter(m *mention) bool {
	if m.start < 2 || x.sents[m.sent].toks[m.start-2].Tag != "IN" {
		return false
	}
	e := x.tradeWordsAfter(m, m.end)
	return e > m.end && firmTradeNouns[x.sents[m.sent].lower(e-1)]
}
