package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// An acronym between an adjective and a common noun is a thing's name used
// as a modifier: "tremendous CPU load", "a mobile-enabled EKG device", "easy
// DIY costumes". News writes a body's acronym before a noun after an article
// ("an IBM spokesman") or an ordinal ("her first WTA title"), and, when it
// does after a quality ("speculative EMS pressure", "the third annual OMB
// report"), also writes it as a body's name: alone after "the" ("to
// stabilise the EMS"), in brackets after the body's full name ("Office of
// Management and Budget (OMB)") or before a title ("OMB Deputy Director").
// So an acronym the page writes after a quality and before a noun, and never
// as a body's name, is a thing; a body the page also shows with a
// possessive or a verb of speech stays (dropThingAcronyms).

// qualityBefore reports whether t is an adjective in lower case that
// qualifies a thing: "tremendous", "mobile-enabled"; not "The", a heading's
// capital, a comparative or superlative ("the biggest IBM plant"), nor an
// ordinal or a word that picks one of a kind ("first", "next", "same").
func qualityBefore(t nlp.Token) bool {
	return t.Tag == "JJ" && isLowerWord(t.Text) && isLetterWord(t.Text) && !pickingWords[t.Text]
}

// pickingWords are the adjectives that pick one of a kind rather than
// qualify it.
var pickingWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true,
	"next": true, "previous": true, "only": true, "same": true, "other": true, "former": true,
	"own": true, "such": true, "certain": true, "main": true, "sole": true, "whole": true,
}

// qualified reports whether the page writes the acronym as a quality's
// thing and never as "the" body alone.
func (u *acronymUse) qualified() bool {
	return u.quality > 0 && u.definite == 0
}

// bodyUse reports whether the acronym at token i of s stands as a body's
// name: alone after "the" (not before a noun it modifies), in brackets
// after a capitalised word, or before a title.
func bodyUse(s *sentence, i int) bool {
	toks := s.toks
	switch {
	case i > 0 && s.lower(i-1) == "the" && !modifies(toks, i):
		return true
	case i > 1 && i+1 < len(toks) && toks[i-1].Text == "(" && toks[i+1].Text == ")" && gazetteer.Capitalised(toks[i-2].Text):
		return true
	}
	return i+1 < len(toks) && gazetteer.Capitalised(toks[i+1].Text) && isTitleHead(toks[i+1].Text)
}
