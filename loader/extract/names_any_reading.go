package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmsOfAnyReading types as an organisation every mention of a name the
// article treats as a firm in some sentence, whatever the recogniser read
// it as. firmsByContext reads the cues around the mentions read as people;
// a name the model read as a thing in one sentence and a person or a place
// in others ("at US telecoms firm WorldCom", "WorldCom's problems",
// "WorldCom emerged") was left to the vote of those raw readings. A strong
// cue around any one mention decides: a firm's noun before it ("telecoms
// firm X"), a deal ("shares in X", "a stake in X"), a workplace ("an
// analyst at X"), or a firm's word after a name not read as a place nor
// opening with a given name ("X shares", "X's chief executive"; a place's
// plant and a person's bid are theirs). Not when a mention shows a person
// (a title before it that is not its noun's, "fellow X board member"; an
// honorific, "he" or "she" after it, an apposition's title or age, an
// occupation before it), nor when another rule is sure of another type,
// nor a place or body the gazetteer knows. The weaker cues of firmCueNear
// (a list beside a body, "at" after any agent noun) are left out: on the
// BBC corpus they retyped as many places and people as firms.
func (x *extractor) firmsOfAnyReading() {
	firm := map[string]bool{}
	keep := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal {
			continue
		}
		if m.typ == Event || m.sure && m.typ != Organization || x.personCue(m) {
			keep[m.name] = true
			continue
		}
		if x.firmNoun(m) || x.dealCue(m) || x.workplaceCue(m) || m.typ != Place && m.typ != City && !givenOpener(m.name) && x.firmWordAfter(m) {
			firm[m.name] = true
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.typ == Organization || !firm[m.name] || keep[m.name] || knownPlaceOrBody(m.name) {
			continue
		}
		m.typ = Organization
	}
}

// personCue reports whether the words around mention m show a person: a
// title or honorific before it or in its text, "he" or "she" after it, an
// apposition's title or age, an occupation before it.
func (x *extractor) personCue(m *mention) bool {
	return x.titled(m) && !x.qualifiesNoun(m) || x.honorificText(m) || x.pronounAfter(m) || x.appositionTitle(m) || x.occupationBefore(m)
}

// knownPlaceOrBody reports whether the gazetteer knows name as a place or
// a body.
func knownPlaceOrBody(name string) bool {
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	_, ok := orgLookup(name)
	return ok || strings.TrimSpace(name) == ""
}

// qualifiesNoun reports whether mention m qualifies the noun or title after it
// ("fellow WorldCom board member"): a title before it is that noun's.
func (x *extractor) qualifiesNoun(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) || gazetteer.Capitalised(s.toks[m.end].Text) {
		return false
	}
	t := s.toks[m.end]
	return t.Tag == "NN" || t.Tag == "NNS" || isTitleHead(t.Text)
}

// shouted reports whether text has no lower-case letter.
func shouted(text string) bool {
	return strings.ToUpper(text) == text
}

// givenOpener reports whether name, of several words, opens with a given
// name ("Asher Edelman"): the cues around it tell less than its shape.
func givenOpener(name string) bool {
	first, _, n := edgeFields(name)
	return n > 1 && lowerIn(givenNames, first)
}

// firmWordAfter reports whether a word only a firm has follows mention m
// or its "'s": "Pfizer shares", "Guidant's shareholders", "Ford's chief
// executive". Not the words places and people have too (firmAfter's
// "customers", "workers", "plant": "Far East customers", "the Ocean City
// plant").
func (x *extractor) firmWordAfter(m *mention) bool {
	s := &x.sents[m.sent]
	k := m.end
	if k < len(s.toks) && s.toks[k].Tag == "POS" {
		return k+1 < len(s.toks) && firmOnlyOwned[s.lower(k+1)]
	}
	return k < len(s.toks) && firmOnlyAfter[s.lower(k)]
}

// firmOnlyAfter and firmOnlyOwned are the words of firmAfter and firmOwned
// that name what only a firm has.
var (
	firmOnlyAfter = map[string]bool{"shares": true, "stock": true, "shareholders": true, "profits": true, "profit": true, "earnings": true, "turnover": true, "takeover": true, "subsidiary": true}
	firmOnlyOwned = map[string]bool{"shares": true, "stock": true, "shareholders": true, "chief": true, "boss": true, "chairman": true, "ceo": true, "stake": true, "headquarters": true, "management": true}
)
