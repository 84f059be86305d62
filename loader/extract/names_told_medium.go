package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// finiteTags are the tags of a verb that opens a clause with the words
// before it as its subject: "Liverpool were", "Sandoz would".
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// toldMediumCut cuts a news medium the gazetteer knows off the front of a
// name the recogniser read right after a form of "tell", when a finite verb
// follows the name: in "Gerrard told the BBC Liverpool were unlikely to
// win", "told Reuters Sandoz would buy" the medium is who was told and the
// words after it are the subject of what was said, not part of the
// medium's name ("BBC Liverpool" made every later "Liverpool" of the
// article, the club, the broadcaster's). The medium becomes a mention of
// its own; m comes back as the rest, labelled a place or a body when a
// gazetteer knows it. "told BBC Radio 4 he was", "told Reuters in" keep
// their names: no verb follows them; so does a medium's name a gazetteer
// knows whole ("told the BBC News website the party ...").
func (x *extractor) toldMediumCut(si int, m ner.Mention) ner.Mention {
	s := &x.sents[si]
	toks := s.toks
	if m.End-m.Start < 2 || m.End >= len(toks) || !finiteTags[toks[m.End].Tag] {
		return m
	}
	first := m.Start
	if s.lower(first) == "the" {
		first++
	}
	v := m.Start - 1
	if v >= 0 && s.lower(v) == "the" {
		v--
	}
	if v < 0 || !s.in(v, tlTellPast) || !strings.HasPrefix(toks[v].Tag, "VB") {
		return m
	}
	if _, known := orgLookup(x.span(si, first, m.End)); known || outletNouns[toks[m.End].Text] {
		return m // "told the BBC News website the party": a medium's whole name
	}
	for p := m.End - 1; p > first; p-- { // the longest medium's name first
		o, ok := orgLookup(x.span(si, first, p))
		if !ok || o.Class != "NewsMediaOrganization" {
			continue
		}
		rest := p
		if s.lower(rest) == "the" {
			rest++
		}
		if rest >= m.End || !gazetteer.Capitalised(toks[rest].Text) {
			return m
		}
		if k := x.addMention(si, first, p, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
		m.Start, m.Class = rest, ""
		name := x.span(si, rest, m.End)
		if _, ok := gazetteer.Place(name); ok {
			m.Label = ner.Place
		} else if _, ok := orgLookup(name); ok {
			m.Label = ner.Organization
		}
		return m
	}
	return m
}
