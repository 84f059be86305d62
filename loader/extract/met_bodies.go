// Bodies named through their people (met.go): a body that only modifies its
// officials, a title or a noun of people is no party to met.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// throughPeople reports whether an organisation's mention names the body of
// a person named beside it rather than a party of its own: the object of a
// title ("the head of the socialist CFDT union federation, Edmond Maire",
// "Chairman of the Federal Reserve Board") or the modifier of a title before
// a name ("IMF Managing Director Michel Camdessus").
func (x *extractor) throughPeople(m *mention) bool {
	if m.bend > 0 {
		return false
	}
	toks := x.sents[m.sent].toks
	k := m.start - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k--
	}
	// "Chairman of the Federal Reserve Board", "representatives of Citibank"
	if k >= 1 && lowerIs(toks[k].Text, "of") && (isTitleHead(toks[k-1].Text) || peopleNoun1(toks[k-1].Text)) {
		return true
	}
	k = m.end
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	n := k
	for k < len(toks) && k < n+4 && (isTitleHead(toks[k].Text) || lowerIn(titleModifiers, toks[k].Text)) {
		k++
	}
	if k == n {
		return false
	}
	p := x.mentionAt(m.sent, k)
	return p != nil && p.start == k && p.typ == Person
}

// membersName reports whether an organisation's mention is the plural that
// names its members, not the body: "Republicans" for the Republican Party,
// "Tories" for the Conservatives.
func (x *extractor) membersName(e *entity, m *mention) bool {
	if m.bend > 0 || m.end-m.start != 1 {
		return false
	}
	w := x.sents[m.sent].toks[m.start].Text
	if !strings.HasSuffix(w, "s") || strings.EqualFold(w, e.name) {
		return false
	}
	for f := range strings.FieldsSeq(e.name) {
		if strings.EqualFold(f, w) {
			return false
		}
	}
	return true
}

// pastOwnAcronym returns where the words after body mention m go on past
// the body's own other name between commas ("The National Association of
// Wheat Growers, NAWG, board of directors"): k itself when there is none.
// For the acronym itself, it is the token after its closing comma.
func (x *extractor) pastOwnAcronym(m *mention, k int) int {
	s := &x.sents[m.sent]
	toks := s.toks
	if k+2 < len(toks) && toks[k].Text == "," {
		if o := x.mentionAt(m.sent, k+1); o != nil && o.start == k+1 && o.ent == m.ent && o.end < len(toks) && toks[o.end].Text == "," {
			return o.end + 1
		}
	}
	if m.start >= 2 && k+1 < len(toks) && toks[k].Text == "," && toks[m.start-1].Text == "," {
		if o := x.mentionAt(m.sent, m.start-2); o != nil && o.end == m.start-1 && o.ent == m.ent {
			return k + 1
		}
	}
	return k
}

// modifiesPeople reports whether a mention is one of a list of modifiers of
// a noun for people: "the U.S., Japanese and European Community (EC) trade
// ministers", "French and West German officials".
func (x *extractor) modifiesPeople(m *mention) bool {
	if m.bend > 0 {
		return false
	}
	toks := x.sents[m.sent].toks
	k := m.end
	for k < len(toks) {
		if o := x.mentionAt(m.sent, k); o != nil && o.start == k {
			k = o.end
			continue
		}
		w := toks[k].Text
		if lw := lower(w); lw == "," || lw == "and" || lw == "or" || lw == "(" || lw == ")" ||
			k > 0 && toks[k-1].Text == "(" && strings.ToUpper(w) == w { // "(EC)"
			k++
			continue
		}
		break
	}
	if k == m.end {
		return false // a modifier on its own is standsAlone's to judge
	}
	head := -1
	for ; k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS"); k++ {
		head = k
	}
	if head < 0 {
		return false
	}
	w := lower(toks[head].Text)
	return peopleNouns[w] || isTitleHead(strings.TrimSuffix(w, "s"))
}

// groupNouns are the groups a body sends, which stand for it: "a UN team",
// "an IMF mission".
var groupNouns = wordSet("groupNouns")

// peopleNoun1 reports whether a word is a plural noun for people:
// "officials", "representatives", "ministers", "bankers".
func peopleNoun1(w string) bool {
	lw := lower(w)
	return peopleNouns[lw] || lw == "members" || strings.HasSuffix(lw, "s") && isTitleHead(strings.TrimSuffix(lw, "s")) || peopleLike(lw)
}

// orgModifier reports whether an organisation's mention modifies a noun
// rather than naming a party: a thing of the body ("a World Bank fund", "a
// long-standing ADB invitation") or its people, maybe after a list of
// bodies ("World Bank and IMF officials", "Senate and Democratic leaders",
// "EC farm ministers", "Group of Seven (G-7) Finance Ministers").
func (x *extractor) orgModifier(m *mention) bool {
	if m.bend > 0 {
		return false
	}
	toks := x.sents[m.sent].toks
	k := m.end
	if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
		k += 3 // "Group of Seven (G-7)"
	}
	k = x.pastOwnAcronym(m, k)
	// "GCC central bank governors": past lower-case adjectives
	if n := k; n < len(toks) && toks[n].Tag == "JJ" && !gazetteer.Capitalised(toks[n].Text) {
		for n < len(toks) && n < k+3 && toks[n].Tag == "JJ" && !gazetteer.Capitalised(toks[n].Text) {
			n++
		}
		head := -1
		for ; n < len(toks) && n < k+6 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS") && !gazetteer.Capitalised(toks[n].Text); n++ {
			head = n
		}
		if head >= 0 && peopleNoun1(toks[head].Text) {
			return true
		}
	}
	if k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && !gazetteer.Capitalised(toks[k].Text) {
		// but for a body's own group ("a UN team led by Jan Eliasson")
		if _, ok := lowerHas(eventNouns, toks[k].Text); !ok && !lowerIn(groupNouns, toks[k].Text) {
			return true // "a World Bank fund", "EC farm ministers"
		}
	}
	// past a list of names and modifiers to the head noun
	listed := false
	for k < len(toks) {
		if o := x.mentionAt(m.sent, k); o != nil && o.start == k && listed {
			k = o.end
			continue
		}
		if w := lower(toks[k].Text); w == "," || isConj(w) {
			listed = true
			k++
			continue
		}
		break
	}
	// the last noun of adjectives and nouns ("Democratic leaders active in")
	head := -1
	for n := k; n < len(toks) && n < k+4 && x.sents[m.sent].owner[n] < 0; n++ {
		if strings.HasPrefix(toks[n].Tag, "NN") {
			head = n
		} else if toks[n].Tag != "JJ" || head >= 0 {
			break
		}
	}
	if head < 0 || !listed && k == m.end && !gazetteer.Capitalised(toks[head].Text) {
		return false
	}
	return peopleNoun1(toks[head].Text)
}

// bracketed reports whether a mention is alone in brackets: "the European
// Community (EC)".
func (x *extractor) bracketed(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.bend == 0 && m.start > 0 && m.end < len(toks) && toks[m.start-1].Text == "(" && toks[m.end].Text == ")"
}
