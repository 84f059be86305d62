// Who a pronoun or a title stands for, and where a title before a name begins.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// personAfter reports whether a person is named in tokens [i, j).
func personAfter(x *extractor, si, i, j int) bool {
	for k := i; k < j; k++ {
		if m := x.mentionAt(si, k); m != nil && m.typ == Person {
			return true
		}
	}
	return false
}

// antecedent resolves a pronoun at token k of sentence si: he/she to the
// last person named, it to the last organisation or country named.
func (x *extractor) antecedent(si, k int, person bool) int {
	if !person && x.namelessSpeaker(si, k) {
		return -1 // "the Edelman/Dominion group ... said it has held talks"
	}
	if person {
		if e := x.cataphor(si, k); e >= 0 {
			return e // "Within hours of his final talks with Mr Thorpe, Sir Edward told"
		}
	}
	for s := si; s >= 0 && s >= si-3; s-- {
		if s < si && person && x.verbless(s) {
			continue // "Patrick Moynihan of New York, Christopher Dodd of ...": a list cut off its sentence
		}
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= k || m.ent < 0 || m.demonym || m.nominal {
				continue
			}
			t := x.ents[m.ent].typ
			if person && t == Person {
				if s == si {
					// "Funaro, who he met": not the relative's own head
					if m.end+1 < k && x.sents[si].toks[m.end].Text == "," && (lowerIs(x.sents[si].toks[m.end+1].Text, "who") || lowerIs(x.sents[si].toks[m.end+1].Text, "whom")) {
						continue
					}
					// "he was talking to Adriano on the day he met Cole": the
					// first "he"'s person
					if j := x.chainedPronoun(si, k, m); j >= 0 {
						return x.antecedent(si, j, true)
					}
					if e := x.subjectOverPossessor(si, ms[:n], m); e >= 0 {
						return e // "Kennedy is expected to attack Mr Blair's words as he begins a tour" (pronoun_possessors.go)
					}
					return m.ent
				}
				// the first person of the sentence: its subject, as a rule;
				// none when the subject is a title after an opening clause
				// that names the first (pronoun_titled_subjects.go)
				for _, k2 := range ms[:n] {
					if m2 := &x.mentions[k2]; m2.ent >= 0 && x.ents[m2.ent].typ == Person {
						if x.titledSubjectAfterOpening(s, m2) {
							return -1
						}
						return m2.ent
					}
				}
				if x.titledSubjectAfterOpening(s, m) {
					return -1
				}
				return m.ent
			}
			if !person && (t == Organization || t == Country) {
				// prefer a body that is a subject (a verb follows it: "Absa
				// has said it"), else the first body of the sentence
				toks := x.sents[s].toks
				for n2 := n; n2 >= 0; n2-- {
					m2 := &x.mentions[ms[n2]]
					if m2.ent < 0 || m2.demonym || m2.nominal || s == si && m2.start >= k || m2.end >= len(toks) || !strings.HasPrefix(toks[m2.end].Tag, "VB") && toks[m2.end].Tag != "MD" {
						continue
					}
					if t2 := x.ents[m2.ent].typ; t2 == Organization || t2 == Country {
						return m2.ent
					}
					// "Moscow has agreed to discuss ... in its talks with
					// Peking": a capital as the subject is its government
					// (pronoun_capital_subjects.go)
					if e := x.capitalSubject(m2); e >= 0 {
						return e
					}
				}
				best := m.ent
				for _, k2 := range ms[:n] {
					m2 := &x.mentions[k2]
					if m2.ent >= 0 && !m2.demonym && (x.ents[m2.ent].typ == Organization || x.ents[m2.ent].typ == Country) && (s != si || m2.start < k) {
						best = m2.ent
						break
					}
				}
				return best
			}
		}
	}
	return -1
}

// titleLeft returns where the title in front of a person's name at token
// start begins ("U.S. Secretary of State George Shultz"), or start when
// there is none or typ is not Person.
func (x *extractor) titleLeft(si, start int, typ EntityType) int {
	if typ != Person {
		return start
	}
	s := &x.sents[si]
	toks := s.toks
	k := start
	head := false
scan:
	for k > 0 && start-k < 8 {
		t := toks[k-1]
		lw := lower(strings.TrimSuffix(t.Text, "."))
		if o := s.owner[k-1]; o >= 0 {
			m := &x.mentions[o]
			if m.typ == Person || m.ent < 0 {
				break
			}
			k = m.start
			continue
		}
		switch {
		case isTitleHead(t.Text):
			head = true
		case isHonorific(lw), titleModifiers[lw] && gazetteer.Capitalised(t.Text):
		case lw == "of" && k < start && gazetteer.Capitalised(toks[k].Text):
		case bodyNouns[lw] && (t.Tag == "NN" || t.Tag == "JJ") && k < start && isTitleHead(toks[k].Text):
			// "board member Susan Park": the body's noun before its title,
			// also when the tagger reads it as an adjective ("council/JJ
			// member Tom Brown")
		case gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
		default:
			break scan
		}
		k--
	}
	if !head {
		return start
	}
	return k
}

// titledName reports whether a title with a head and then a person's name
// start at token k: "[U.S.] Trade Representative Michael Smith".
func (x *extractor) titledName(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	head := false
	for n := k; n < len(toks) && n < k+6; n++ {
		if o := s.owner[n]; o >= 0 {
			return head && x.mentions[o].typ == Person && x.mentions[o].start == n
		}
		t := toks[n]
		switch {
		case isTitleHead(t.Text):
			head = true
		case gazetteer.Capitalised(t.Text) && strings.HasPrefix(t.Tag, "NNP"):
		default:
			return false
		}
	}
	return false
}

// namelessSpeaker reports whether the pronoun at token k of sentence si is
// what a speaker with no name said of itself: "the Edelman/Dominion group,
// which has litigation pending, also said it has held talks", where "it"
// is the group, not the last body named.
func (x *extractor) namelessSpeaker(si, k int) bool {
	toks := x.sents[si].toks
	v := k - 1
	if v >= 0 && lowerIs(toks[v].Text, "that") {
		v--
	}
	if v < 1 || !lowerIn(speechVerbs, toks[v].Text) || !strings.HasPrefix(toks[v].Tag, "VB") {
		return false
	}
	p := v - 1
	for p >= 0 && (toks[p].Tag == "RB" || toks[p].Tag == "MD" || strings.HasPrefix(toks[p].Tag, "VB") && p < v-1) {
		p--
	}
	// past ", which has litigation pending against Burlington,"
	if p >= 0 && toks[p].Text == "," {
		var led []int
		if q, ok := x.skipClause(si, p, &led); ok {
			p = q - 1
		}
	}
	if p >= 0 && x.sents[si].owner[p] >= 0 {
		// "The pilots union that has bid ... from UAL Inc said it"
		// (pronoun_relative_speakers.go)
		return x.relativeClauseSpeaker(si, p)
	}
	if p < 0 {
		return false
	}
	if toks[p].Tag != "NN" && toks[p].Tag != "NNS" {
		return false
	}
	// a name no recogniser took in the noun phrase: "the Edelman/Dominion
	// group" (not "the company", which is the one the story is about)
	for q := p - 1; q >= 0 && q >= p-4 && x.sents[si].owner[q] < 0 && toks[q].Tag != "DT" && toks[q].Text != ","; q-- {
		if gazetteer.Capitalised(toks[q].Text) && q > 0 {
			return true
		}
	}
	return false
}
