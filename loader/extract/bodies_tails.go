package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A body named in full and then by its last words: "Congressional
// Progressive Caucus" ... "the Progressive Caucus", "Hospital Authority of
// Jamaica" is not one (the tail must end the name). The words alone are
// the body the article named in full, unless a gazetteer knows them as a
// body of their own ("Democratic Party" after "Social Democratic Party").

// bodyTailAliases aliases the key of each organisation's name of two words
// or more that ends exactly one longer organisation's name of the article,
// one with no conjunction, to that organisation's key, when the words
// before it open a name (properPrefix) or the article writes the longer
// name after "the" (theLed); not a name an acronym in brackets names, nor
// one followed by a place of its own.
func (x *extractor) bodyTailAliases(r *keying, alias map[string]string) {
	named := map[string]bool{} // keys an acronym in brackets names
	for _, key := range alias {
		named[key] = true
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || !strings.Contains(m.name, " ") || x.namedByBody(k) || r.keys[k] == "" {
			continue
		}
		if _, known := orgLookup(m.name); known || lowerIn(legalForms, strings.TrimSuffix(firstField(m.name), ".")) {
			continue // a body of its own, or a firm's legal form ("Co Inc")
		}
		if _, ok := alias[r.keys[k]]; ok || named[r.keys[k]] || x.ownPlaceAfter(m) {
			continue // an acronym names it, or its own place: a body of its own
		}
		var found string
		n := 0
		led := false // a mention of the longer name follows "the"
		for k2 := range x.mentions {
			m2 := &x.mentions[k2]
			if m2.typ != Organization || x.namedByBody(k2) || !strings.HasSuffix(m2.name, " "+m.name) || r.keys[k2] == r.keys[k] || joinedNames(m2.name) || otherKindOfBank(m2.name, m.name) {
				continue
			}
			if r.keys[k2] != found {
				found = r.keys[k2]
				n++
			}
			led = led || x.theLed(m2)
		}
		if n == 1 && (led || properPrefix(strings.TrimSuffix(r.canon[found], " "+m.name), strings.TrimSuffix(found[2:], " "+m.name))) {
			alias[r.keys[k]] = found
		}
	}
}

// ownPlaceAfter reports whether mention m is followed by "in" or "at" and a
// place: "the Appeal Court in Luxembourg" is not the "Business Appeal
// Court in The Hague" the article named before.
func (x *extractor) ownPlaceAfter(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end+1 >= len(s.toks) || s.toks[m.end].Text != "in" && s.toks[m.end].Text != "at" {
		return false
	}
	o := s.owner[m.end+1]
	return o >= 0 && isPlace(x.mentions[o].typ)
}

// otherKindOfBank reports whether the longer name adds, just before a
// bank's name of its own ("Bank of Ceylon"), a word that says what kind of
// bank it is (data/bankKindWords.txt): "Central Bank of Ceylon", "Royal
// Bank of Scotland", "Federal Reserve Bank of New York" are other banks.
func otherKindOfBank(longer, tail string) bool {
	if !strings.HasPrefix(tail, "Bank of ") {
		return false
	}
	before := strings.Fields(strings.TrimSuffix(longer, " "+tail))
	return len(before) > 0 && lowerIn(bankKindWords, before[len(before)-1]) || len(before) > 1 && lowerIn(bankKindWords, before[len(before)-2])
}

// bankKindWords say what kind of bank a bank is (data/bankKindWords.txt).
var bankKindWords = wordSet("bankKindWords")

// theLed reports whether mention m follows "the" inside its sentence, so
// that the capitalised words it opens with are the name's own and not
// words of the sentence the recogniser swept in: "members of the House
// Budget Committee" ... "the Budget Committee chairman".
func (x *extractor) theLed(m *mention) bool {
	s := &x.sents[m.sent]
	return m.start > 0 && s.toks[m.start-1].Text == "the" && !s.row && !s.shouts()
}

// joinedNames reports whether a body's name holds a conjunction, so may be
// two names the recogniser ran together ("Shearson and American Express",
// "Standard Chartered Bank and Union Bancorp"): its last words are no
// short form of it.
func joinedNames(name string) bool {
	for w := range strings.FieldsSeq(name) {
		switch lower(w) {
		case "and", "&", "und", "et", "y", "or":
			return true
		}
	}
	return false
}

// properPrefix reports whether the words a longer body's name puts before
// the short one make a name's opening, not a sentence's words the
// recogniser swept in ("Although Bank of Japan", "International Nabisco
// Brands", "Love Will Tear Us Apart by Joy Division"): no word in lower
// case, and a place, a people, a known body, or a first word that is no
// dictionary word ("Hoechst Celanese", "Belgian National Bank", "New York
// Stock Exchange"). Either spelling may hold it (the canonical name or the
// name as written).
func properPrefix(prefixes ...string) bool {
	for _, p := range prefixes {
		f := strings.Fields(p)
		if len(f) == 0 {
			continue
		}
		lowerWord := false
		for _, w := range f {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lowerWord = true
			}
		}
		if lowerWord {
			continue
		}
		if _, ok := gazetteer.Place(p); ok {
			return true
		}
		if _, ok := demonym(p); ok {
			return true
		}
		if _, ok := orgLookup(p); ok {
			return true
		}
		if _, ok := demonym(f[0]); ok {
			return true
		}
		if !dictionaryWord(lower(strings.TrimSuffix(f[0], "."))) {
			return true
		}
	}
	return false
}
