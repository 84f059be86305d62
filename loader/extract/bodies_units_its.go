package extract

// A firm's unit named after "its" ("Fluor Corp said its Fluor Daniel unit
// received", "its shipping subsidiary, United States Lines Inc,", "its
// operating units, Greenville Tube Corp and MD Pneumatics Inc") or after
// its parent's name and a unit's noun ("United Technologies Corp <UTX>
// unit <Pratt and Whitney>"): the body "its" stands for, or the body named
// before the noun, is the unit's parent organisation.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// ownedUnitNouns name a firm's own part: "unit", "subsidiaries".
var ownedUnitNouns = wordSet("ownedUnitNouns")

// unitOfIts reads the mention m of an organisation in sentence si as a unit
// named after "its" or after its parent's name and a unit's noun, and
// records the parent.
func (x *extractor) unitOfIts(si int, m *mention) {
	if m.ent < 0 || m.nominal || m.demonym || x.ents[m.ent].typ != Organization {
		return
	}
	p, its := x.itsUnitParent(si, m)
	if p < 0 {
		p = x.namedUnitParent(si, m)
	}
	if p < 0 || p == m.ent || x.ents[p].typ != Organization {
		return
	}
	unit, body := lower(x.ents[m.ent].name), lower(x.ents[p].name)
	if strings.Contains(unit, body) || strings.Contains(body, unit) {
		return // "Acme" and "Acme Corp": one body
	}
	x.resolvedPronoun(si, its, p) // the evidence names the parent by "its"
	x.addFact(m.ent, vocab.PParentOrganization, p, "", si)
}

// itsUnitParent returns the body "its" stands for before the unit's mention
// m ("its Fluor Daniel unit", "its subsidiary, Westlink Inc", "its units,
// A and B") and the token of "its", or -1 and -1.
func (x *extractor) itsUnitParent(si int, m *mention) (int, int) {
	its := x.itsBefore(si, m)
	if its < 0 {
		return -1, -1
	}
	return x.itsBody(si, its), its
}

// itsBefore returns the token of the "its" that names the mention m as a
// unit, or -1.
func (x *extractor) itsBefore(si int, m *mention) int {
	s := &x.sents[si]
	toks := s.toks
	its := -1
	// "its Fluor Daniel unit": the noun after the name, not "unit of"
	if m.end < len(toks) && ownedUnitNouns[s.lower(m.end)] && (m.end+1 >= len(toks) || s.lower(m.end+1) != "of") {
		if k := x.unitModifiersBack(si, m.start); k > 0 && s.lower(k-1) == "its" {
			its = k - 1
		}
	}
	// "its subsidiary, Westlink Inc", "its operating units, A and B"
	if its < 0 {
		k, listed := x.unitListBack(si, m.start)
		if k > 0 && toks[k-1].Text == "," {
			k--
		}
		if k > 0 && ownedUnitNouns[s.lower(k-1)] && (!listed || strings.HasSuffix(s.lower(k-1), "s")) {
			if b := x.unitModifiersBack(si, k-1); b > 0 && s.lower(b-1) == "its" {
				its = b - 1
			}
		}
	}
	return its
}

// itsBody returns the body the token its of sentence si stands for, or -1.
func (x *extractor) itsBody(si, its int) int {
	s := &x.sents[si]
	toks := s.toks
	// "the debt of Chrysler Corp and its unit, Chrysler Financial Corp":
	// the body before "and", not the speaker; a parent named with no
	// name ("the parent and its units") gives none
	if its > 0 && s.lower(its-1) == "and" {
		if pm := x.mentionAt(si, its-2); pm != nil && pm.end == its-1 && pm.ent >= 0 && !pm.demonym {
			return pm.ent
		}
		return -1
	}
	// "Valero's sale of its Valero Natural Gas subsidiary": the body whose
	// possessive is the last body named before "its"; two bodies named
	// before "its" ("Seaway said Peat Marwick Ltd was appointed receiver of
	// its operating subsidiary") leave it open
	bodies := map[int]bool{}
	last := true
	for n := len(s.mentions) - 1; n >= 0; n-- {
		pm := &x.mentions[s.mentions[n]]
		if pm.start >= its || pm.ent < 0 || pm.demonym || pm.nominal || x.ents[pm.ent].typ != Organization {
			continue
		}
		if last && pm.end < len(toks) && toks[pm.end].Tag == "POS" {
			return pm.ent
		}
		last = false
		bodies[pm.ent] = true
	}
	if len(bodies) > 1 {
		return -1
	}
	if p, ok := x.clauseSubject(si, its); ok {
		return p
	}
	for b := range bodies {
		return b // "Pesch, through its Alpha Health Systems Corp unit,"
	}
	return x.leadFirm() // "Its Amoco Canada Petroleum subsidiary is ..."
}

// clauseSubject returns the body that is the subject of the clause holding
// the token its ("Acme Corp said its", "RJR completed the sale of its"),
// reading "it" and "the company" as the body named as a subject before them
// in the sentence, else the article's lead firm ("the company said it
// engaged Tucker, Anthony to seek purchasers of its operating units"); -1
// when the subject is a person ("Sandaratne said the bank may sell its").
// It reports false when no subject is found.
func (x *extractor) clauseSubject(si, its int) (int, bool) {
	s := &x.sents[si]
	toks := s.toks
	pronoun := false
	for k := its - 1; k >= 0; k-- {
		if o := s.owner[k]; o >= 0 {
			pm := &x.mentions[o]
			k = pm.start
			if !x.verbAfter(si, pm.end) || pm.ent < 0 || pm.demonym {
				continue
			}
			if pm.nominal {
				pronoun = true // "the company said": read as "it"
				continue
			}
			switch x.ents[pm.ent].typ {
			case Organization:
				return pm.ent, true
			case Person:
				return -1, true
			}
			continue
		}
		w := s.lower(k)
		if (w == "it" || firmWords[w] && k > 0 && s.lower(k-1) == "the") && toks[k].Tag != "POS" && x.verbAfter(si, k+1) {
			pronoun = true
		}
	}
	if pronoun {
		return x.leadFirm(), true
	}
	return -1, false
}

// verbAfter reports whether a verb (past a firm's ticker) is token k of
// sentence si.
func (x *extractor) verbAfter(si, k int) bool {
	toks := x.sents[si].toks
	if k < len(toks) && tickerToken(toks[k].Text) {
		k++
	}
	return k < len(toks) && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD")
}

// leadFirm returns the organisation whose name opens the article's first
// sentence after its headline as its subject ("Littlefield, Adams and Co
// said it is ...", "Bevis Industries Inc, which has been seeking to be
// acquired, said"), which "it" and "the company" stand for in a company's
// story; or -1.
func (x *extractor) leadFirm() int {
	si := 0
	if len(x.sents) > 1 && x.headlineLike(0) {
		si = 1
	}
	if si >= len(x.sents) || len(x.sents[si].mentions) == 0 {
		return -1
	}
	s := &x.sents[si]
	m := &x.mentions[s.mentions[0]]
	if m.start > 1 || m.ent < 0 || m.demonym || m.nominal || x.ents[m.ent].typ != Organization {
		return -1
	}
	if !x.verbAfter(si, m.end) && !(m.end < len(s.toks) && s.toks[m.end].Text == ",") {
		return -1
	}
	return m.ent
}

// namedUnitParent returns the body named right before a unit's noun that
// comes before the unit's mention m, past the body's ticker: "United
// Technologies Corp <UTX> unit <Pratt and Whitney>"; or -1.
func (x *extractor) namedUnitParent(si int, m *mention) int {
	s := &x.sents[si]
	toks := s.toks
	k := m.start - 1
	if k < 1 || !ownedUnitNouns[s.lower(k)] || strings.HasSuffix(s.lower(k), "s") {
		return -1
	}
	k--
	if tickerToken(toks[k].Text) && k > 0 {
		k--
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.end != k+1 || pm.ent < 0 || pm.nominal || pm.demonym || pm.bend > 0 {
		return -1
	}
	return pm.ent
}

// unitModifiersBack returns where the words before a unit's name or noun at
// token k begin: lower-case modifiers ("wholly-owned", "97.7-pct owned",
// "shipping", "new"), a national adjective ("Canadian") and a place's
// compound ("Alberta-based"), four at most.
func (x *extractor) unitModifiersBack(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	for n := 0; n < 4 && k > 0; n++ {
		t := toks[k-1]
		if o := s.owner[k-1]; o >= 0 {
			if !x.mentions[o].demonym {
				break
			}
			k = x.mentions[o].start
			continue
		}
		lw := s.lower(k - 1)
		if lw == "its" {
			break
		}
		compound := strings.HasSuffix(lw, "-based") || strings.HasSuffix(lw, "-owned")
		if gazetteer.Capitalised(t.Text) && !compound || !(strings.HasPrefix(t.Tag, "JJ") || t.Tag == "VBN" || t.Tag == "VBG" || t.Tag == "NN" || t.Tag == "CD" || t.Tag == "RB" || compound) {
			break
		}
		k--
	}
	return k
}

// unitListBack returns where a list of bodies that the mention m closes
// begins ("A, B and C"), and whether m follows another body of it.
func (x *extractor) unitListBack(si, k int) (int, bool) {
	s := &x.sents[si]
	listed := false
	for n := 0; n < 6 && k > 1; n++ {
		if w := s.lower(k - 1); w != "," && w != "and" {
			break
		}
		pm := x.mentionAt(si, k-2)
		if pm == nil || pm.end != k-1 || pm.ent < 0 || x.ents[pm.ent].typ != Organization {
			break
		}
		k, listed = pm.start, true
	}
	return k, listed
}

// tickerToken reports whether a token is a stock ticker in angle brackets,
// as Reuters writes one after a firm's name: "<UTX>", "<ERIC.ST>".
func tickerToken(w string) bool {
	if len(w) < 3 || w[0] != '<' || w[len(w)-1] != '>' {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		if c := w[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' && i > 1) {
			return false
		}
	}
	return true
}
