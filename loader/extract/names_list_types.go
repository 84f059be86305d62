package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// listBodies types as bodies the names a list of bodies holds that the
// recogniser read as unknown places or as people: news lists like with
// like ("guaranteed by the Belgian utilities, Intercom, Ebes and Unerg",
// "Societe Generale, Bankers Trust and Chase Investment Bank would place
// the paper", "links with Surgutneftegas or even Gazprom"). A list is
// names joined by commas, "and", "or" or "&" (an adverb may follow the
// conjunction: "or even"). It is a list of bodies when one of its names
// is a body the rules are sure of (a context, the gazetteer, a firm's
// ending) or two are bodies, and no name in it is a known place, a person
// the article shows is one, or a place read as such after a preposition
// of place ("plants in Baytown and Beaumont"). What it retypes: a
// one-word place no gazetteer knows, and a person's name (when the list
// holds two bodies, no other person and a conjunction) the article never
// shows is a person's and that opens with no given name ("Bill Gates"); not
// a town before its state ("Sanderson Farms Inc, Laurel, Miss."). The mention is
// then sure of its type, so the name's other mentions follow it
// (voteTypes).
func (x *extractor) listBodies() {
	var people map[string]bool
	x.eachList(2, func(si int, list []int) {
		if !x.bodyList(si, list) {
			return
		}
		if people == nil {
			people = x.personEvidence()
		}
		x.retypeListed(list, people)
	})
}

// eachList calls fn with each list of at least min names of the article's
// prose sentences (not table rows), in order: the sentence and the list's
// mentions (listAt).
func (x *extractor) eachList(min int, fn func(si int, list []int)) {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || len(s.mentions) < min {
			continue
		}
		for i := 0; i < len(s.mentions); {
			list := x.listAt(si, i)
			i += len(list)
			if len(list) >= min {
				fn(si, list)
			}
		}
	}
}

// listAt returns the mentions of the list of names that starts at the
// i-th mention of sentence si (at least that mention).
func (x *extractor) listAt(si, i int) []int {
	s := &x.sents[si]
	list := []int{s.mentions[i]}
	for j := i + 1; j < len(s.mentions); j++ {
		a, b := &x.mentions[s.mentions[j-1]], &x.mentions[s.mentions[j]]
		if !listJoin(s, a.end, b.start) {
			break
		}
		list = append(list, s.mentions[j])
	}
	return list
}

// listJoin reports whether tokens [i, j) of s join two names of a list:
// ",", "and", "or", "&", ", and", "or even".
func listJoin(s *sentence, i, j int) bool {
	if j <= i || j-i > 3 {
		return false
	}
	conj := false
	for k := i; k < j; k++ {
		w := s.lower(k)
		switch {
		case w == "," && k == i:
		case isConj(w) && !conj:
			conj = true
		case conj && s.toks[k].Tag == "RB" && k == j-1:
		default:
			return false
		}
	}
	return true
}

// bodyList reports whether the list (mention indices, in sentence si) is a
// list of bodies (listBodies).
func (x *extractor) bodyList(si int, list []int) bool {
	first := &x.mentions[list[0]]
	if first.start > 0 && (placePreps[x.sents[si].lower(first.start-1)] || x.sents[si].lower(first.start-1) == "to") {
		return false
	}
	sure, bodies, people := x.bodiesBefore(si, first.start), 0, 0
	for _, k := range list {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 {
			return false
		}
		switch m.typ {
		case Organization:
			bodies++
			if _, ok := orgLookup(m.name); ok || m.sure || firmName(m.name) {
				sure = true
			}
		case Country, City:
			return false
		case Place:
			if _, ok := gazetteer.Place(m.name); ok || m.sure {
				return false
			}
		case Person:
			people++
		}
	}
	return sure || bodies >= 2
}

// conjoined reports whether a conjunction joins two names of the list: "X,
// Y and Z" is a list, "the Brazilian Coffee Institute, IBC, Jorio Dauster
// said" is a body and a person after it.
func (x *extractor) conjoined(list []int) bool {
	for k := 1; k < len(list); k++ {
		a, b := &x.mentions[list[k-1]], &x.mentions[list[k]]
		for i := a.end; i < b.start; i++ {
			if isConj(x.sents[a.sent].lower(i)) {
				return true
			}
		}
	}
	return false
}

// bodiesBefore reports whether bodies' noun in the plural introduces the
// list that starts at token i of sentence si: "the Belgian utilities,
// Intercom, Ebes and Unerg", "carmakers such as Ford and Fiat". Not a noun
// that names people too (personNouns: "producers").
func (x *extractor) bodiesBefore(si, i int) bool {
	s := &x.sents[si]
	k := i - 1
	switch {
	case k >= 1 && s.lower(k) == "as" && s.lower(k-1) == "such":
		k -= 2
	case k >= 0 && (s.lower(k) == "including" || s.lower(k) == "like" || s.lower(k) == ","):
		k--
	}
	if k < 0 || s.toks[k].Tag != "NNS" || gazetteer.Capitalised(s.toks[k].Text) {
		return false
	}
	w := s.lower(k)
	for _, one := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "es")} {
		if one != w && orgNouns[one] && !personNouns[one] {
			return true
		}
	}
	return false
}

// retypeListed retypes the names of a list of bodies read as unknown places
// or as people (listBodies); people holds the names the article shows are
// people's.
func (x *extractor) retypeListed(list []int, people map[string]bool) {
	bodies, persons := 0, 0
	for _, k := range list {
		switch x.mentions[k].typ {
		case Organization:
			bodies++
		case Person:
			persons++
		}
	}
	for _, k := range list {
		m := &x.mentions[k]
		switch {
		case m.typ == Place && m.end-m.start == 1 && !x.townOfArea(m) && !stateAfter(&x.sents[m.sent], m.end): // not "Sanderson Farms Inc, Laurel, Miss."
		case m.typ == Person && persons == 1 && bodies >= 2 && x.conjoined(list) && !people[m.name] && !x.titled(m) && !lowerIn(givenNames, strings.Fields(m.name)[0]):
		default:
			continue
		}
		m.typ, m.sure = Organization, true
	}
}

// stateAfter reports whether a comma and a state's abbreviation ("Miss.",
// "Tenn.", "Ill.") follow token i of s: a town's name before them.
func stateAfter(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].Text != "," {
		return false
	}
	w := s.toks[i+1].Text
	if i+2 < len(s.toks) && s.toks[i+2].Text == "." {
		w += "."
	}
	return len(w) >= 3 && len(w) <= 6 && strings.HasSuffix(w, ".") && gazetteer.Capitalised(w) && !strings.ContainsAny(w[:len(w)-1], ".")
}
