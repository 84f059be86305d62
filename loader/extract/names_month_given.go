package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// monthGivenName reports whether the month word opening the recogniser's
// person [start, end) of sentence si is the person's given name: a month
// that is also a given name, not a number's, that no date word stands
// before ("in", "since", "the") and where the span reads as a person's:
// a surname and a generational suffix ("by [August Busch III]"), or a
// title, a lower-case occupation or a past verb in -ed or "said" stands
// before it ("SAS President [Jan Carlzon]"; not "forward [April Brent]",
// which the tagger reads as a verb) ("analyst [June Page] said",
// "chairman [Jan Berry]", "defeated [Jan Hernych]"). A month alone before a
// capitalised word is mostly a date or a contract month: "ended April
// Four", "April Brent traded", "June Sterling was", "the February Paris
// agreement".
func (x *extractor) monthGivenName(si, start, end int, m ner.Mention) bool {
	s := &x.sents[si]
	toks := s.toks
	if m.Label != ner.Person || end-start < 2 || !ner.SeenName(toks[start].Text) || !isLetterWord(toks[start].Text) || numberWords[s.lower(start+1)] || dayNumber(toks[start+1].Text) {
		return false
	}
	if w := toks[end-1].Text; end-start == 3 && (generational(w) || len(w) >= 2 && romanNumeral(w)) {
		return true
	}
	if start == 0 || monthDateWords[s.lower(start-1)] {
		return false
	}
	return personCue(toks[start-1])
}

// personCue reports whether t, right before a name, reads as a cue that
// a person's name follows: a title, a lower-case occupation ("analyst",
// "lawyer") or a past verb in -ed or "said".
func personCue(t nlp.Token) bool {
	lw := lower(t.Text)
	return isTitleHead(t.Text) || isLowerWord(t.Text) && (occupation(t) || t.Tag == "VBD" && (strings.HasSuffix(lw, "ed") || lw == "said"))
}

// monthDateWords stand before a month that is a date: "in August", "since
// June", "early May".
var monthDateWords = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "last": true, "next": true, "this": true, "the": true,
	"early": true, "late": true, "mid": true, "during": true, "of": true, "from": true, "through": true, "by": true,
	"before": true, "after": true, "between": true, "throughout": true, "end": true, "and": true, "or": true, "to": true,
}

// monthFirm reports whether the month word opening the recogniser's span
// [start, end) of sentence si is the first word of a firm's legal name: the
// span ends in a legal form ("May Department Stores Co", "May Petroleum
// Inc"), no number follows the month and no date word stands before it
// ("in May"; "the" only before a legal form's name: "The May Department
// Stores Co", not "the September International Coffee Organization"). A
// month before a firm's name is mostly a date ("In March Toyota Motor
// Corp"), which a date word shows.
func (x *extractor) monthFirm(si, start, end int) bool {
	s := &x.sents[si]
	toks := s.toks
	if end-start < 3 || numberWords[s.lower(start+1)] || dayNumber(toks[start+1].Text) || !gazetteer.Capitalised(toks[start+1].Text) {
		return false
	}
	if start > 0 && (monthDateWords[s.lower(start-1)] && s.lower(start-1) != "the" || toks[start-1].Tag == "CD" || toks[start-1].Tag == "IN" || toks[start-1].Text == ",") {
		return false
	}
	if start > 0 && s.lower(start-1) == "the" && !legalForms[strings.TrimSuffix(s.lower(end-1), ".")] {
		return false // "the September International Coffee Organization meeting"
	}
	return firmName(x.span(si, start, end))
}
