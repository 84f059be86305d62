// Makers named before their products. Reviews and lists of gadgets write a
// product as its maker's one-word name and what it is ("the Acme pocket
// calculator", "a Zorba model", "the Quill remote control") or its model
// ("the Acme 300", "the Zorba QX-7", "the Quill PocketPad"). The recogniser
// reads the maker as a person or a thing, or misses it, and runs it into
// the model's name ("Acme Net Pad" as a person's). A name the article
// writes that way is a firm's wherever the article writes it ("Acme's
// third entry"), and a name it opens whose other words are a product's
// is the maker alone.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// gadgetNouns are the nouns of things firms make and sell
// (data/gadgetNouns.txt); gadgetNeeds, more of them with the word that
// must stand right before each (data/gadgetNeeds.txt).
var (
	gadgetNouns = wordSet("gadgetNouns")
	gadgetNeeds = wordMap("gadgetNeeds")
)

// productMakers types as organisations the one-word names the article
// writes as a product's maker (productMakerWords), adding the ones the
// recogniser missed where they stand before a gadget's noun, and cuts a
// longer name a maker's name opens to the maker alone when the rest is a
// product's: a model (a code or a word with a capital inside), a name
// before a gadget's noun, or any name the recogniser read as a person's or
// a thing's. Not a name with a body's word, nor one a gazetteer knows.
func (x *extractor) productMakers() {
	makers, adds := x.productMakerWords()
	if len(makers) == 0 {
		return
	}
	for _, sp := range adds {
		x.addMention(sp.si, sp.i, sp.j, Organization, false)
	}
	var drop []bool
	var parts []mentionPart
	for k := range x.mentions {
		m := &x.mentions[k]
		if !makerCandidate(m) {
			continue
		}
		s := &x.sents[m.sent]
		if !makers[s.toks[m.start].Text] {
			continue
		}
		if m.end-m.start == 1 {
			m.typ = Organization
			continue
		}
		if !x.productRest(s, m) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		parts = append(parts, mentionPart{m.sent, m.start, m.start + 1, Organization})
	}
	if drop != nil {
		x.splitMentions(drop, parts)
	}
}

// makerCandidate reports whether mention m may name a maker or open with
// one: no place a gazetteer knows, demonym, description, event or part of
// a token.
func makerCandidate(m *mention) bool {
	switch m.typ {
	case Event:
		return false
	case Place, Country, City:
		if _, known := gazetteer.Place(m.name); known {
			return false
		}
	}
	return !m.demonym && !m.nominal && m.bend == 0
}

// productRest reports whether the words of mention m after its first are
// a product's: not a body's name (a body's word, a legal form, a name a
// gazetteer knows), and a model, or a name before a gadget's noun, or read
// as a person's or a thing's.
func (x *extractor) productRest(s *sentence, m *mention) bool {
	if orgWord(s.toks[m.start:m.end]) || gazetteerKnows(m.name) || legalForms[lower(strings.TrimSuffix(s.toks[m.end-1].Text, "."))] {
		return false
	}
	for _, t := range s.toks[m.start+1 : m.end] {
		if !gazetteer.Capitalised(t.Text) && !modelCode(t.Text) {
			return false
		}
	}
	if m.typ != Organization {
		return true
	}
	return m.end-m.start == 2 && (modelCode(s.toks[m.start+1].Text) || camelModel(s.toks[m.start+1].Text)) || gadgetAfter(s, m.end)
}

// productMakerWords returns the one-word names the article writes as a
// product's maker, and the spans of those the recogniser missed: a
// capitalised word before a gadget's noun (gadgetAfter), alone or opening
// a name, or opening a name of two words whose second is a model: a code
// the article also writes the word alone beside, or a word with a capital
// inside. Not a word a sentence opens, nor one shown a person's.
func (x *extractor) productMakerWords() (map[string]bool, []tokenSpan) {
	var makers map[string]bool
	var adds []tokenSpan
	var people, alonePeople map[string]bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for i := 1; i < len(s.toks); i++ {
			w := s.toks[i].Text
			if !makerWord(w) {
				continue
			}
			var m *mention
			if o := s.owner[i]; o >= 0 {
				if m = &x.mentions[o]; m.start != i || !makerCandidate(m) {
					continue
				}
			}
			if people == nil {
				people, alonePeople = x.personEvidence(), x.oneWordPeople()
			}
			if m != nil && m.typ == Person && (people[w] || people[m.name] || lowerIn(givenNames, w)) {
				continue
			}
			if !x.makerAt(s, i, m, alonePeople) {
				continue
			}
			if m == nil {
				adds = append(adds, tokenSpan{si, i, i + 1})
			}
			if makers == nil {
				makers = map[string]bool{}
			}
			makers[w] = true
		}
	}
	return makers, adds
}

// makerAt reports whether capitalised word i of s, mention m's first (nil
// when the recogniser missed it), is written as a product's maker: before
// a gadget's noun or "model", alone (missed or as m); or opening m of two
// words whose second is a model's: a code before a product's noun
// (data/productAfterNouns.txt) or a gadget's, or a code after a word the
// article also writes alone as a person's name (people), or a word with a
// capital inside, not in a name read as a person's. Not a demonym, a word
// news writes in lower case, nor one after another name's word ("Cap
// Haitien") or in apposition to a noun ("communications firm Zorba
// PocketCom"), nor after a possessive: "its Quillo phones", "Acme's
// handheld PocketPad console" name the possessor's product.
func (x *extractor) makerAt(s *sentence, i int, m *mention, people map[string]bool) bool {
	w := s.toks[i].Text
	if _, dem := demonym(w); dem || ner.RareCapital(w) || afterNameWord(s, i) || afterPossessive(s, i) || apposed(s, i) {
		return false
	}
	if m == nil && !strings.HasPrefix(s.toks[i].Tag, "NNP") {
		return false // "a leading Eastern car maker": an adjective
	}
	if camelModel(w) {
		return false // "PocketPad": the product's own name
	}
	if m == nil || m.end == i+1 {
		return gadgetAfter(s, i+1) || modelAfter(s, i)
	}
	if m.end != i+2 {
		return false
	}
	next := s.toks[i+1].Text
	if modelCode(next) {
		return gadgetAfter(s, i+2) || productNounAt(s, i+2) || people[w]
	}
	return m.typ != Person && camelModel(next) && !lowerIn(givenNames, w)
}

// productNounAt reports whether token j of s is a product's noun
// (productAfterNouns) that ends its noun phrase: "747 jet", "386 computer".
func productNounAt(s *sentence, j int) bool {
	if j >= len(s.toks) || !productAfterNouns[s.toks[j].Text] || !strings.HasPrefix(s.toks[j].Tag, "NN") {
		return false
	}
	return j+1 == len(s.toks) || !strings.HasPrefix(s.toks[j+1].Tag, "NN")
}

// apposed reports whether a common noun in lower case stands right before
// token i of s: the name is in apposition to it ("firm Zorba").
func apposed(s *sentence, i int) bool {
	p := s.toks[i-1]
	return strings.HasPrefix(p.Tag, "NN") && p.Text == lower(p.Text) && letters(p.Text)
}

// modelAfter reports whether "model" follows token i of s and a
// determiner precedes it ("a Zorba model"): a product's own name stands
// there after an adjective, a year or another name ("a new Quillo model",
// "1986 Quillo models", "Tempo and Quillo models").
func modelAfter(s *sentence, i int) bool {
	return i+1 < len(s.toks) && s.lower(i+1) == "model" && s.toks[i-1].Tag == "DT" && (i+2 == len(s.toks) || !strings.HasPrefix(s.toks[i+2].Tag, "NN"))
}

// afterNameWord reports whether a capitalised word, not a determiner,
// stands right before token i of s.
func afterNameWord(s *sentence, i int) bool {
	p := s.toks[i-1]
	return letters(p.Text) && gazetteer.Capitalised(p.Text) && p.Tag != "DT"
}

// afterPossessive reports whether a possessive stands before token i of s
// with only modifiers between: words in lower case, numbers, codes.
func afterPossessive(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if t.Tag == "PRP$" || possessiveToken(t) {
			return true
		}
		if t.Text != lower(t.Text) && !modelCode(t.Text) && !strings.ContainsAny(t.Text, "0123456789") || !letters(t.Text) && !strings.ContainsAny(t.Text, "0123456789/-") {
			return false
		}
	}
	return false
}

// makerWord reports whether w may be a maker's one-word name: letters, a
// capital first and a lower-case letter after.
func makerWord(w string) bool {
	return len(w) >= 2 && letters(w) && gazetteer.Capitalised(w) && strings.ToUpper(w) != w
}

// gadgetAfter reports whether the tokens of s from j are at most three
// lower-case nouns or adjectives (or the word the noun needs, whatever its
// tag) ending in a gadget's noun (gadgetNouns)
// that ends its noun phrase: "pocket calculator", "quartz digital watch".
func gadgetAfter(s *sentence, j int) bool {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		t := s.toks[k]
		if t.Text != lower(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) && !neededBefore(s, k) {
			return false
		}
		if t.Text == "compatible" || t.Text == "based" {
			return false // "Zorba compatible printers": a standard's name
		}
		need := gadgetNeeds[t.Text]
		if !gadgetNouns[t.Text] && need == "" || !strings.HasPrefix(t.Tag, "NN") || need != "" && (k == j || s.toks[k-1].Text != need) {
			continue
		}
		return k+1 == len(s.toks) || !strings.HasPrefix(s.toks[k+1].Tag, "NN")
	}
	return false
}

// neededBefore reports whether token k of s is the word the gadget's noun
// after it needs, tagged as it may be ("remote" in "remote control").
func neededBefore(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	need := gadgetNeeds[s.toks[k+1].Text]
	return need != "" && need == s.toks[k].Text
}

// modelCode reports whether w is a model's code: capitals and digits
// ("QX-7", "16E") or three digits ("300"): not a year ("1983") nor a
// minute or a score ("87").
func modelCode(w string) bool {
	digits, other := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r) || r == '-':
			other++
		default:
			return false
		}
	}
	return digits > 0 && (other > 0 || digits == 3)
}

// camelModel reports whether w is a model's name with a capital inside
// after its third letter ("PocketPad", "NetMD"), not a name's particle
// ("MacDonald", "VanDam", "FitzGerald"), a legal form ("KGaA") nor a body's
// word glued to another ("RepublicBank").
func camelModel(w string) bool {
	if len(w) < 5 || !letters(w) || !gazetteer.Capitalised(w) {
		return false
	}
	for _, p := range []string{"Mac", "Van", "Fitz", "Von", "Della", "Dela"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	if lowerIn(legalForms, w) || gazetteer.IsOrgSuffix(w) {
		return false // "KGaA"
	}
	rs := []rune(w)
	for i := 3; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			hump := string(rs[i:])
			return !gazetteer.IsOrgHead(hump) && !gazetteer.IsOrgSuffix(hump) // not "RepublicBank"
		}
	}
	return false
}
