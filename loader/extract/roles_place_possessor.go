package extract

// A place that only modifies what a person serves is not where the person
// belongs: "Hans Reckers, a board member of Germany's central bank, the
// Bundesbank," serves the bank (the body named after the comma), not
// Germany; "Rene Rivkin, head of Sydney brokerage house" does not live in
// Sydney by those words: the brokerage is there.

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// possessedBody returns the affiliation for an apposition's place mention
// a ("of Germany's central bank"): when a possessive follows the place,
// the body named after the possessed words and a comma (", the
// Bundesbank,") or the organisation right after the possessive. Else, and
// where a title follows the possessive ("the UAE's Minister of State"), a.
func (x *extractor) possessedBody(si, a int) int {
	s := &x.sents[si]
	pm := &x.mentions[a]
	if pm.ent < 0 || !isPlace(x.ents[pm.ent].typ) || pm.end+1 >= len(s.toks) || !possessiveToken(s.toks[pm.end]) {
		return a
	}
	k := pm.end + 1
	for t := k; t < len(s.toks) && t < k+4 && s.owner[t] < 0 && s.toks[t].Text != ","; t++ {
		if isTitleHead(s.toks[t].Text) {
			return a // "Afghanistan's envoy to the United Nations": the place's own post
		}
	}
	if om := x.mentionAt(si, k); om != nil && om.start == k && om.typ == Organization {
		return s.owner[k]
	}
	for ; k < len(s.toks) && k < pm.end+5 && s.owner[k] < 0 && !gazetteer.Capitalised(s.toks[k].Text) && s.toks[k].Text != ","; k++ {
	}
	if k+2 < len(s.toks) && s.toks[k].Text == "," && s.lower(k+1) == "the" {
		if om := x.mentionAt(si, k+2); om != nil && om.start == k+2 && om.typ == Organization && (om.end >= len(s.toks) || closes(s.toks[om.end])) {
			return s.owner[k+2]
		}
	}
	return a
}

// placeModifies reports whether the town mention tm, after the person's
// mention hm, is no head of its phrase but modifies the noun or the name
// after it ("Rene Rivkin, head of Sydney brokerage house", "Owen Evans of
// Sydney broker Meares and Philips Ltd"): where the firm is, no one's
// home. A country stays: "Mette Mogstad of Norway vice chairman", "one of
// America's most decorated athletes".
func (x *extractor) placeModifies(s *sentence, hm, tm *mention) bool {
	if tm.end >= len(s.toks) || tm.start < hm.end || tm.ent < 0 || x.ents[tm.ent].typ != City {
		return false // "US sprinter Marion Jones": the place before the person describes the person
	}
	t := s.toks[tm.end]
	return t.Tag == "NN" || t.Tag == "NNS" || s.owner[tm.end] >= 0
}

// placeOwnsBody reports whether the place mention tm, after the person's
// mention hm, is the possessor of the body the person serves ("Wladyslaw
// Baka, head of Poland's National Bank", "manager of Colombia's coffee
// growers' federation", "Arthur Krumper of Munich's Ifo institute"): the
// body is there; where the person lives the words do not say. The body is
// an organisation's name or a body's noun (bodyNouns) within five words of
// the possessive, before a comma or a dash; "one of America's most decorated
// athletes" stays a home.
func (x *extractor) placeOwnsBody(s *sentence, hm, tm *mention) bool {
	if tm.start < hm.end || tm.end+1 >= len(s.toks) || !possessiveToken(s.toks[tm.end]) {
		return false
	}
	for k := tm.end + 1; k < len(s.toks) && k <= tm.end+5; k++ {
		if t := s.toks[k]; !possessiveToken(t) && t.Text != "'" && !strings.ContainsFunc(t.Text, unicode.IsLetter) && !strings.ContainsFunc(t.Text, unicode.IsDigit) {
			return false // a comma, a dash: "one of Japan's 23,000 centenarians - a club"
		}
		if o := s.owner[k]; o >= 0 {
			return x.mentions[o].typ == Organization
		}
		if bodyNouns[s.lower(k)] {
			return true
		}
	}
	return false
}
