// Firm signals: words around a name that only a body's name fits, whatever
// its words look like ("Chelsea were", "Ask Jeeves has become the third
// leading online search firm", "Cambridge Medical Technology corp said"),
// and the names whose words are weak evidence of a person's.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmSignal reports whether the words around mention m show a body:
// a verb in the plural after a name in the singular (collectiveSubject), a
// predicate calling it a body (copulaBody), a legal form in lower case
// after it (legalWordAfter), or ", which" after it.
func (x *extractor) firmSignal(m *mention) bool {
	return x.collectiveSubject(m) || x.copulaBody(m) || x.legalWordAfter(m) || x.whichAfter(m)
}

// collectiveSubject reports whether mention m, a name in the singular, is
// the subject of a verb in the plural: teams, bands and firms take one in
// British news ("Chelsea were", "Franz Ferdinand have"), people never do.
// Not a subject joined to another ("Duff and Lampard were", "both Thatcher
// and Secretary of State Schultz have"), nor after
// "if" ("if Smith were"), a modal or "do" ("would Smith have").
func (x *extractor) collectiveSubject(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) || !pluralVerbs[s.lower(m.end)] {
		return false
	}
	if m.end+1 < len(s.toks) && (s.lower(m.end+1) == "and" || s.lower(m.end+1) == "to") {
		return false // "have and hold", "have to": no plain verb
	}
	if strings.HasSuffix(m.name, "s") && !strings.Contains(m.name, " ") {
		return false // a plural name: "the Smiths were"
	}
	// "both Thatcher and Secretary of State George Schultz have": a
	// conjunction since the last verb joins the subject to another
	for i := m.start - 1; i >= 0; i-- {
		t := s.toks[i]
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" {
			break
		}
		if w := s.lower(i); isConj(w) || w == "nor" || w == "with" {
			return false
		}
	}
	if m.start == 0 {
		return true
	}
	p := s.toks[m.start-1]
	switch w := s.lower(m.start - 1); {
	case isConj(w), w == "nor", w == ",", w == "if", w == "though", w == "wish", w == "do", w == "did", w == "does":
		return false
	case p.Tag == "MD", p.Tag == "POS":
		return false
	}
	return true
}

// pluralVerbs are the verbs in the plural that follow a collective subject.
var pluralVerbs = map[string]bool{"were": true, "are": true, "have": true, "'ve": true}

// copulaBody reports whether a predicate after mention m calls it a body:
// "Ask Jeeves has become the third leading online search firm", "X is a
// record label". The verb is a form of "be", "become" or "remain"; the
// predicate "the", "a" or "an", at most five lower-case words and a noun of
// bodies (orgNouns, not one that names people too: personNouns) that no
// noun follows.
func (x *extractor) copulaBody(m *mention) bool {
	s := &x.sents[m.sent]
	k := m.end
	copula := false
	for n := 0; n < 4 && k < len(s.toks); n++ {
		w := s.lower(k)
		if copulaVerbs[w] {
			copula = true
		} else if !copulaAux[w] {
			break
		}
		k++
	}
	if !copula || k >= len(s.toks) {
		return false
	}
	if w := s.lower(k); w != "the" && w != "a" && w != "an" {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+6; n++ {
		t := s.toks[n]
		if s.owner[n] >= 0 && !x.mentions[s.owner[n]].demonym || gazetteer.Capitalised(t.Text) && s.owner[n] < 0 {
			return false
		}
		w := s.lower(n)
		if orgNouns[w] && !personNouns[w] && t.Tag != "JJ" {
			if n+1 == len(s.toks) {
				return true
			}
			next := s.toks[n+1].Tag
			return !strings.HasPrefix(next, "NN") && next != "POS"
		}
		switch t.Tag {
		case "JJ", "JJS", "JJR", "NN", "VBN", "VBG", "CD", "RB", "RBS":
		default:
			return false
		}
	}
	return false
}

// copulaVerbs are the verbs of a predicate that says what a name is;
// copulaAux the words that may stand before or between them.
var (
	copulaVerbs = map[string]bool{"is": true, "was": true, "become": true, "became": true, "remains": true, "remained": true}
	copulaAux   = map[string]bool{"has": true, "had": true, "have": true, "now": true, "still": true, "also": true, "already": true}
)

// legalWordAfter reports whether a legal form in lower case follows
// mention m: "Cambridge Medical Technology corp said" (the wire's case cut
// the name short of it).
func (x *extractor) legalWordAfter(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) {
		return false
	}
	w := s.lower(m.end)
	if s.toks[m.end].Text != w {
		return false // capitalised: the recogniser's name would hold it
	}
	w = strings.TrimSuffix(w, ".")
	return w != "limited" && (legalForms[w] || legalSuffix[w])
}

// whichAfter reports whether ", which" follows mention m: a person is
// "who" ("Yuganskneftegas, which produces 60%"). Not after "of" or a
// possessive, where "which" may take up the phrase before the name.
func (x *extractor) whichAfter(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end+1 >= len(s.toks) || s.toks[m.end].Text != "," || s.lower(m.end+1) != "which" {
		return false
	}
	return m.start == 0 || s.lower(m.start-1) != "of" && s.toks[m.start-1].Tag != "POS"
}

// weakPersonName reports whether a name of two words or more is only weak
// evidence of a person's: it does not open with an initial, nor with a
// given name followed by a word news uses as a surname ("Lockheed Martin",
// "Ask Jeeves", "Paddy Power" are weak; "Paul A. Volcker", "Frank
// Lampard"... are weak too unless the surname list knows them, which is
// why only a firm's signal, never the name alone, retypes them).
func weakPersonName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	first = strings.TrimSuffix(first, ".")
	if len(first) <= 1 || len(first) <= 3 && first == strings.ToUpper(first) {
		return false // "J. Smith", "JRR Tolkien"
	}
	if second, _, ok := strings.Cut(rest, " "); ok && len(strings.TrimSuffix(second, ".")) == 1 {
		return false // "Paul A. Volcker"
	}
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	return !lowerIn(givenNames, first) || !lowerIn(surnames, last)
}

// numberOpener reports whether a name of two words or more whose first
// word, in lower case, is first opens with a spelled number or ordinal, as
// no person's does ("Twentieth Century Fox", "First Boston").
func numberOpener(first string) bool {
	return numberWords[first] || ordinalWords[first]
}

// ordinalWords are the spelled ordinals that open firms' names.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "twentieth": true, "twenty-first": true}

// setWord adds w to the set, made on the first word added (most articles
// add none).
func setWord(set map[string]bool, w string) map[string]bool {
	if set == nil {
		set = map[string]bool{}
	}
	set[w] = true
	return set
}
