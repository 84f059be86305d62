package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Capitals that say nothing. Modern pages are full of lines written in
// title case (headings of guides and tutorials, "Example 2: Change Font Size
// of Axis Text", "Soil & Transplanting") and of sentences opened by a common
// word ("Drainage is key", "Yeah, right"), and the recogniser reads their
// capitals as names. A name read only there stands when the article names it
// where capitals mean something too: in a sentence, after its first word.
// Read by shape and by how news writes a word (ner's word statistics, the
// article's own lower-case use), never by the word itself.

// dropCapitalsOnly removes the mentions read only where capitals say
// nothing: in a title-case heading or a row's label glued to the sentence
// after it (unless every word of the name is part of
// a name found in the prose, the gazetteer knows it, or it is a person's
// full name opened by a word news always capitalises), or a one-word name
// opening a sentence when news rarely capitalises the word inside a sentence
// (or has not seen it and the large dictionary writes it in lower case)
// or the article writes it in lower case, and no name found in the prose
// holds it; and a pronoun joined to its verb ("I’ve").
func (x *extractor) dropCapitalsOnly() {
	if len(x.mentions) == 0 {
		return
	}
	heading := make([]bool, len(x.sents))
	any := false
	for si := range x.sents {
		if !x.sents[si].row && titleCaseHeading(&x.sents[si], x.mentions) {
			heading[si] = true
			any = true
		}
	}
	// The words of the names read where capitals mean something.
	words := map[string]bool{}
	opening := false
	var label []bool // the mentions that are a row's label (names_glued_labels.go)
	for k := range x.mentions {
		m := &x.mentions[k]
		if heading[m.sent] {
			continue
		}
		if x.gluedLabel(m) {
			if label == nil {
				label = make([]bool, len(x.mentions))
			}
			label[k] = true
			continue
		}
		if m.end-m.start == 1 && m.start == firstWord(x.sents[m.sent].toks) {
			opening = true
			continue
		}
		for w := range strings.FieldsSeq(m.name) {
			words[w] = true
		}
	}
	if !any && !opening && label == nil && !hasContraction(x.mentions) {
		return
	}
	var lowText string // the article's words in lower case, as written, once asked
	var listed []bool  // the lines of lists of names, once asked
	listedAsked := false
	drop := make([]bool, len(x.mentions))
	n := 0
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.sure || m.demonym || m.nominal || m.typ == Event || m.bstart != 0 || m.bend != 0 {
			continue
		}
		switch {
		case m.end-m.start == 1 && contraction(m.text):
			// "I’ve", "They’d": a pronoun and its verb in one token
		case heading[m.sent] || label != nil && label[k]:
			if allWordsIn(m.name, words) || gazetteerKnows(m.name) || m.typ == Person && strings.Contains(m.name, " ") && ner.SeenName(firstField(m.name)) {
				continue // a person named in full: "Photo by Anna Kovacs/Reuters"
			}
			if !listedAsked && heading[m.sent] {
				listed, listedAsked = x.nameListLines(), true // names_list_entries.go
			}
			if heading[m.sent] && len(listed) > 0 && listed[m.sent] && x.listedName(m) {
				continue // "Saladin Ambar, Rutgers University" in a list of names
			}
		case m.end-m.start == 1 && m.start == firstWord(x.sents[m.sent].toks):
			if words[m.name] || gazetteerKnows(m.name) || strings.ContainsAny(m.name, " .&") || isAcronym(m.name) {
				continue
			}
			if !ner.RareCapital(m.name) && !unseenCommonWord(m.name) {
				if lowText == "" {
					lowText = x.text
				}
				if !writtenLower(lowText, m.name) {
					continue
				}
			}
		default:
			continue
		}
		drop[k] = true
		n++
	}
	if n > 0 {
		x.removeMentions(drop)
	}
}

// gazetteerKnows reports whether the gazetteer knows a name as a place or a body.
func gazetteerKnows(name string) bool {
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	_, ok := orgLookup(name)
	return ok
}

func allWordsIn(name string, words map[string]bool) bool {
	for w := range strings.FieldsSeq(name) {
		if !words[w] {
			return false
		}
	}
	return true
}

// writtenLower reports whether text holds the capitalised word w in lower
// case as a word of its own ("drainage" for "Drainage").
func writtenLower(text, w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	return hasWord(text, string(unicode.ToLower(r[0]))+string(r[1:]))
}

// hasWord reports whether text holds w as a whole word: no letter or digit
// just before or after it.
func hasWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || !wordByte(text[j-1])) && (e == len(text) || !wordByte(text[e])) {
			return true
		}
		i = j + 1
	}
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// firstWord returns the index of a sentence's first word: after opening
// quotes, brackets, bullets, list numbers ("1.", "-", "•") and clock
// times ("8:00 AM").
func firstWord(toks []nlp.Token) int {
	for i, t := range toks {
		if !isPunct(t.Text) && !numeric(t) && !(i > 0 && numeric(toks[i-1]) && meridiem(t.Text)) {
			return i
		}
	}
	return -1
}

// titleCaseHeading reports whether a sentence is a heading written in title
// case: it does not end as prose does, at least two of its words of four
// letters or more are capitalised ("Example 2: Change
// Font Size of Axis Text", "Soil & Transplanting") and at most one in four
// is not ("Man Charged with Murder"). A line of people's names alone ("Jane
// Doe, John Roe": opened by words news always capitalises) is no heading.
func titleCaseHeading(s *sentence, ms []mention) bool {
	if endsProse(s.toks) {
		return false
	}
	caps, low, other := 0, 0, 0
	for i, t := range s.toks {
		if o := s.owner[i]; o < 0 || ms[o].typ != Person || !ner.SeenName(firstField(ms[o].name)) {
			if letters(t.Text) && gazetteer.Capitalised(t.Text) {
				other++
			}
		}
		if len(t.Text) < 4 || !letters(t.Text) {
			continue
		}
		if gazetteer.Capitalised(t.Text) {
			caps++
		} else {
			low++
		}
	}
	return caps >= 2 && low*4 <= caps && other > 0
}

func letters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// dropMentionsIf drops the mentions for which drop reports true, renumbering
// the others; it changes nothing when none is dropped.
func (x *extractor) dropMentionsIf(drop func(m *mention) bool) {
	var marked []bool
	for k := range x.mentions {
		if drop(&x.mentions[k]) {
			if marked == nil {
				marked = make([]bool, len(x.mentions))
			}
			marked[k] = true
		}
	}
	if marked != nil {
		x.removeMentions(marked)
	}
}

// removeMentions drops the mentions marked in drop, renumbering the others
// in the sentences that hold them.
func (x *extractor) removeMentions(drop []bool) {
	idx := make([]int, len(x.mentions))
	kept := x.mentions[:0]
	for k := range x.mentions {
		if drop[k] {
			idx[k] = -1
			continue
		}
		idx[k] = len(kept)
		kept = append(kept, x.mentions[k])
	}
	x.mentions = kept
	for si := range x.sents {
		s := &x.sents[si]
		for i, o := range s.owner {
			if o >= 0 {
				s.owner[i] = idx[o]
			}
		}
		ms := s.mentions[:0]
		for _, o := range s.mentions {
			if idx[o] >= 0 {
				ms = append(ms, idx[o])
			}
		}
		s.mentions = ms
	}
}

func firstField(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// contraction reports whether a token is a short word and a verb joined by an
// apostrophe, which the tokenizer leaves whole: "I’ve", "They’d", "I'd".
func contraction(w string) bool {
	for _, ap := range [...]string{"'", "’"} {
		i := strings.LastIndex(w, ap)
		if i <= 0 || i > 4 {
			continue
		}
		switch lower(w[i+len(ap):]) {
		case "ve", "d", "ll", "re", "m":
			return letters(w[:i])
		}
	}
	return false
}

func hasContraction(ms []mention) bool {
	for k := range ms {
		if ms[k].end-ms[k].start == 1 && contraction(ms[k].text) {
			return true
		}
	}
	return false
}
