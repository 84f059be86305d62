package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// recognise finds the mentions of sentence si: names from the recogniser,
// then national adjectives ("Russian", "North Korean") it left out.
func (x *extractor) recognise(si int) {
	s := &x.sents[si]
	for _, m := range ner.Recognise(nlp.Sentence{Tokens: s.toks}) {
		if m.End <= m.Start || m.End > len(s.toks) {
			continue
		}
		start, end := m.Start, m.End
		// Drop a leading "the" and a trailing possessive from the span.
		for start < end && (lower(s.toks[start].Text) == "the") {
			start++
		}
		for end > start && s.toks[end-1].Tag == "POS" {
			end--
		}
		if start >= end {
			continue
		}
		typ := Other
		switch m.Label {
		case ner.Person:
			typ = Person
		case ner.Organization:
			typ = Organization
		case ner.Place:
			switch m.Class {
			case gazetteer.ClassCountry:
				typ = Country
			case gazetteer.ClassCity:
				typ = City
			default:
				typ = Place
			}
		}
		// A quoted name before an event noun names the event: “Strategic
		// Security Dialogue” talks.
		if start > 0 && end+1 < len(s.toks) && isOpenQuote(s.toks[start-1]) && isCloseQuote(s.toks[end]) {
			if _, ok := eventNouns[lower(s.toks[end+1].Text)]; ok {
				continue
			}
		}
		if typ == Other && !nameLike(s.toks[start:end]) {
			continue
		}
		text := x.span(si, start, end)
		if typ != Person && typ != Organization {
			if c, ok := gazetteer.Demonym(text); ok && !isCountryName(text) {
				_ = c
				x.addMention(si, start, end, Country, true)
				continue
			}
		}
		if typ == Person && isHonorific(lower(strings.TrimSuffix(text, "."))) {
			continue
		}
		x.addMention(si, start, end, typ, false)
	}
	// National adjectives: two words first ("North Korean"), then one.
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || !gazetteer.Capitalised(s.toks[i].Text) {
			continue
		}
		if i+1 < len(s.toks) && s.owner[i+1] < 0 && gazetteer.Capitalised(s.toks[i+1].Text) {
			if _, ok := gazetteer.Demonym(s.toks[i].Text + " " + s.toks[i+1].Text); ok {
				x.addMention(si, i, i+2, Country, true)
				i++
				continue
			}
		}
		if _, ok := gazetteer.Demonym(s.toks[i].Text); ok && !isCountryName(s.toks[i].Text) {
			x.addMention(si, i, i+1, Country, true)
		}
	}
}

// isCountryName reports whether a word is itself a country's name (some
// demonym lists include names such as "Swiss" alongside "Switzerland").
func isCountryName(s string) bool {
	_, ok := gazetteer.Country(s)
	return ok
}

func isHonorific(w string) bool { return gazetteer.IsPrefix(w) }

func isOpenQuote(t nlp.Token) bool  { return t.Tag == "``" || t.Text == "\"" }
func isCloseQuote(t nlp.Token) bool { return t.Tag == "''" || t.Text == "\"" }

// nameLike reports whether tokens read as a name rather than a date, a
// number or a weekday: some word is capitalised and not a calendar word.
func nameLike(ts []nlp.Token) bool {
	for _, t := range ts {
		lw := lower(t.Text)
		if _, ok := weekdays[lw]; ok {
			continue
		}
		if _, ok := months[strings.TrimSuffix(lw, ".")]; ok {
			continue
		}
		if gazetteer.Capitalised(t.Text) {
			return true
		}
	}
	return false
}
