package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// titledBeforeAnd returns where a body's name found by orgSpans starts when
// a title and a person's given name stand in the run before it and an
// "and" after them: "[Treasury Secretary James Baker] and Federal Reserve
// Board chairman" names a person and then the body, so the body starts
// after the "and". It returns -1 when a title and a given name stand in
// the run with no connector after them ("BP Group Treasurer Rodney
// Chase": no body's name), and j otherwise.
func titledBeforeAnd(toks []nlp.Token, j, i int) int {
	for t := j; t+1 < i; t++ {
		if !isTitleHead(toks[t].Text) || !lowerIn(givenNames, toks[t+1].Text) {
			continue
		}
		for k := t + 2; k < i; k++ {
			switch lower(toks[k].Text) {
			case "and", "&":
				return k + 1
			case "of", "for":
				return j // "Professor Samuel Moyn of Yale University": orgSpans cuts it
			}
		}
		return -1
	}
	return j
}

// titledPersonInBody splits a span the recogniser read as one body's name
// when a capitalised title and a person's given name stand inside it with
// no connector after them: "[BP Group] Treasurer [Rodney Chase]" is a body,
// a title and a person. It adds the body before the title and returns the
// person's start and mention; else start and m unchanged.
func (x *extractor) titledPersonInBody(si, start, end int, m ner.Mention) (int, ner.Mention) {
	toks := x.sents[si].toks
	if m.Label != ner.Organization || end-start < 3 {
		return start, m
	}
	for t := start; t+1 < end; t++ {
		if !gazetteer.Capitalised(toks[t].Text) || !isTitleHead(toks[t].Text) || gazetteer.IsOrgSuffix(toks[t].Text) || !lowerIn(givenNames, toks[t+1].Text) {
			continue
		}
		if hasConnector(toks[t+1 : end]) {
			return start, m
		}
		h := t // the title's first word
		for h > start && (isTitleHead(toks[h-1].Text) || lowerIn(titleModifiers, toks[h-1].Text)) {
			h--
		}
		if h > start {
			x.addMention(si, start, h, Organization, false)
		}
		m.Label, m.Class = ner.Person, ""
		return t + 1, m
	}
	return start, m
}
