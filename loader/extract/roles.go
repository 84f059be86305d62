package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// role is a job title and affiliation read next to a person's name.
type role struct {
	title  string // as written, singular
	affil  int    // mention index of the affiliation, or -1
	plural bool   // "Presidents Joe Biden and Vladimir Putin"
	occ    bool   // an occupation known by its shape ("a teacher"): no title word needed
}

// roles finds job titles and affiliations: before the name ("State
// Department spokesman Ned Price", "Russian Deputy Foreign Minister Sergei
// Ryabkov") and in appositions ("Wendy Sherman, the US deputy secretary of
// state," "Barber Conable, president of the World Bank,").
func (x *extractor) roles() {
	for si := range x.sents {
		s := &x.sents[si]
		var last *role // role of the previous person, for "Presidents A and B"
		lastEnd := -1
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.typ != Person || m.ent < 0 || cutAtBracket(s.toks, m) || initialCut(s.toks, m) || firmNameGoesOn(s.toks, m.end) || bodyHeadBefore(s, m) {
				continue
			}
			x.basedPerson(si, m)                   // roles_based.go: "Pakistan-based developer Ammar Askar"
			r, ok := x.titleBeforeWeb(si, m.start) // roles_web.go
			if ok && x.titleRefused(si, m, r) {
				ok = false // roles_careful.go
			}
			if ok {
				x.joinedTitleBefore(si, m.start, &r) // roles_joined_before.go: "Whole Foods co-founder and CEO John Mackey"
			}
			if !ok && last != nil && last.plural && m.start == lastEnd+1 && isAnd(s.toks[lastEnd].Text) {
				r, ok = *last, true
			}
			if !ok {
				r, ok = x.appositionWeb(si, m.end)
				if ok && r.affil >= 0 {
					r.affil = x.possessedBody(si, r.affil) // roles_place_possessor.go: "a board member of Germany's central bank"
				}
			} else if r.affil < 0 && !r.plural {
				// "Professor Gordon Shirley, Chief Executive Officer of
				// the Port Authority of Jamaica,": a second post after the
				// name.
				if r2, ok2 := x.appositionWeb(si, m.end); ok2 {
					x.addRole(m.ent, r2, si)
				}
			}
			// "Minister of Tourism, the Hon. Edmund Bartlett": the forms of
			// address before the name are no part of the title
			lead := rankBefore(s.toks, m)
			if !ok && lead > 1 && s.toks[lead-1].Text == "," {
				// "Bahrain's Finance Minister, Ibrahim Abdul-Karim"
				if r2, ok2 := x.titleBefore(si, lead-1); ok2 && !x.pluralForOne(si, lead-1, m, r2) && (r2.affil >= 0 || x.definiteTitle(si, lead-1, r2.title)) {
					r, ok = r2, true
				} else if pm := x.mentionAt(si, lead-2); pm != nil && pm.start >= 2 {
					// "European Union ambassador to the WTO, Carlo Trojan"
					p := pm.start - 1
					if lowerIs(s.toks[p].Text, "the") {
						p--
					}
					if p > 0 && (lowerIs(s.toks[p].Text, "to") || lowerIs(s.toks[p].Text, "of") || lowerIs(s.toks[p].Text, "at")) {
						if r2, ok2 := x.titleBefore(si, p); ok2 && r2.affil >= 0 {
							r, ok = r2, true
						}
					}
				}
			}
			if !ok && lead > 2 && s.toks[lead-1].Text == "," {
				r, ok = x.frontedTitle(si, lead-1)
			} else if ok && lead > 2 && s.toks[lead-1].Text == "," {
				r = x.longerFronted(si, lead-1, r) // roles_employers.go: "The chief marketing officer of Acme,"
			}
			if !ok && lead > 2 && s.toks[lead-1].Text == "," {
				r, ok = x.titleOfBodyComma(si, lead-1) // roles_local.go
			}
			// "Ambassador Stefan Johannesson of Iceland"
			if ok && m.end+1 < len(s.toks) && lowerIs(s.toks[m.end].Text, "of") {
				if pm := x.mentionAt(si, m.end+1); pm != nil && pm.start == m.end+1 && pm.ent >= 0 && !pm.demonym && !townOfState(s, pm) {
					if t := x.ents[pm.ent].typ; t == Country || t == Organization {
						r.affil = s.owner[m.end+1]
					}
				}
			}
			// "David Reay from Edinburgh University likens"
			if a := x.fromBody(si, m); a >= 0 && (!ok || r.affil < 0) {
				if ok {
					r.affil = a
				} else {
					x.addRole(m.ent, role{affil: a}, si)
				}
			}
			if ok && r.affil >= 0 && !r.plural {
				x.possessedUnitRole(si, m.ent, r.affil) // roles_possessed_units.go: "a trader at Acme Corp's Bolt Securities"
			} else if a := x.fromBody(si, m); a >= 0 {
				x.possessedUnitRole(si, m.ent, a) // "Michael Reed, Ph.D., of Columbia University's Zuckerman Institute"
			}
			if ok && r.affil < 0 && !r.plural {
				r.affil = x.placeNounOwner(si, m) // roles_place_nouns.go: "the country's finance minister"
			}
			if ok {
				x.addRole(m.ent, r, si)
				x.itsAffiliation(si, m, r)                  // roles_its_bodies.go: "Acme said its chairman John Smith"
				x.impliedAffiliation(m.ent, si, m.start, r) // roles_bodies.go
				x.seatBeforeParty(m.ent, si, r)             // roles_party_seats.go: "Nebraska Republican Rep."
				if r2, ok2 := x.secondPost(si, m.end); ok2 && !r.plural {
					x.addRole(m.ent, r2, si) // roles_second_post.go: "a fellow at X and a co-founder of Y"
				}
				rr := r
				last = &rr
			} else {
				last = nil
			}
			lastEnd = x.seatEnd(si, m.end) // titles_plural_abbrev.go: "Sens. A of New York, B of Maine"
		}
		x.clauseRoles(si) // roles_web_clauses.go
	}
	x.nominalTitles()
	x.partyTagFacts() // roles_party_tags.go: "Sen. Tom Harkin (D-Iowa)"
}

// cutAtBracket reports whether a person's name stops at a closing bracket
// with the rest of the name after it: "(General Motors chairman Roger)
// Smith", the wire's words added inside a quote. The name is cut; no role
// is read for the fragment.
func cutAtBracket(toks []nlp.Token, m *mention) bool {
	k := m.end
	return k+1 < len(toks) && toks[k].Text == ")" && gazetteer.Capitalised(toks[k+1].Text) && toks[k+1].Tag == "NNP"
}

func isAnd(w string) bool { return w == "and" || w == "&" || w == "," }

func (x *extractor) addRole(person int, r role, si int) {
	// "his German counterpart Hans Eichel": a relation, no job
	if lt := lower(r.title); lt == "counterpart" || strings.HasSuffix(lt, " counterpart") {
		r.title = ""
	}
	written := r.title
	if r.title != "" {
		t, ok := readerTitle(x.nationalPostTitle(r.title, r.affil)) // titles.go: "" when it is none; roles_national_posts.go: "U.S. Attorney"
		if !ok && r.occ {
			t = occupationTitle(r.title) // roles_modern.go
		}
		if t == "" && x.bodyFellow(r) {
			t = "fellow" // roles_fellows.go
		}
		r.title = t
	}
	if r.title != "" && x.partyMembership(r.title, r.affil) {
		r.title = "" // titles_party_members.go: "CDU member Hans Tietmeyer"
	}
	if r.title != "" {
		x.addFact(person, vocab.PJobTitle, -1, r.title, si)
	}
	if r.affil >= 0 && cutShort(&x.sents[x.mentions[r.affil].sent], &x.mentions[r.affil]) {
		r.affil = -1 // "head of Girozentrale und Bank [der ...]": a fragment
	}
	if r.affil >= 0 && contestWon(&x.sents[x.mentions[r.affil].sent], &x.mentions[r.affil]) {
		r.affil = -1 // "US Open champion": a tournament won (affiliation_limits.go)
	}
	if r.affil >= 0 && (x.notABody(x.mentions[r.affil].sent, &x.mentions[r.affil]) || x.compoundDemonym(r.affil) || x.partySpokesmanFor(r.affil)) {
		r.affil = -1 // "Korean trade minister", "House Republican leader" (affiliation_objects.go)
	}
	if r.affil >= 0 && x.filmTitled(r.affil, written) {
		r.affil = -1 // affiliation_films.go: "Cold Mountain director Anthony Minghella"
	}
	if r.affil >= 0 && (x.placeNamedDemonym(r.affil) || x.teamNamedDemonym(r.affil) && !officeTitle(written)) {
		r.affil = -1 // roles_place_words.go: "London Irish coach Gary Gold", "Irish Lions coach"
	}
	if r.affil >= 0 {
		a := x.mentions[r.affil].ent
		if a >= 0 && a != person && x.ents[a].typ != Person && x.ents[a].typ != Event && !noBody(x.ents[a]) && !x.affilRefused(a, written) {
			// a country or place with a title that is no public office
			// ("US comedian", "Hollywood actors"): where they are from
			if x.basedPlace(r.affil) {
				x.addFact(person, vocab.PHomeLocation, a, "", si) // roles_place_words.go: "the UK-based co-chairman"
				return
			}
			if written != "" && isPlace(x.ents[a].typ) && (!officeTitle(written) || x.ents[a].typ == City && fieldOccupation(written)) {
				if x.ents[a].typ == Country {
					x.addFact(person, vocab.PNationality, a, "", si)
				} else if r.occ && x.ents[a].typ == City {
					// "Bill Powers, a San Diego engineer": where the
					// trade is plied, the person's home
					x.addFact(person, vocab.PHomeLocation, a, "", si)
				}
				return
			}
			x.addFact(person, vocab.PAffiliation, a, "", si)
			p := x.ents[person]
			if p.affil == nil {
				p.affil = map[int]bool{}
			}
			p.affil[a] = true
		}
	}
}

// isTitleHead reports whether a word can end a job title.
func isTitleHead(w string) bool {
	// Lowered into a stack buffer: most words asked are capitalised, and
	// nothing below keeps lw.
	var buf [32]byte
	lw := textcase.LowerInto(buf[:], w)
	if titleHeads[lw] || gazetteer.IsTitle(lw) {
		return true
	}
	if head, ok := electTitle(lw); ok { // roles_web.go: "President-elect"
		return isTitleHead(head)
	}
	// "Under-Secretary", "Vice-Chancellor"
	if i := strings.LastIndexByte(lw, '-'); i > 0 && i < len(lw)-1 {
		return titleHeads[lw[i+1:]] || gazetteer.IsTitle(lw[i+1:]) || unitAfterPost(w) // titles_unit_hyphen.go
	}
	return false
}

// adjectiveTitles are titles that are mostly adjectives: "a major Muslim
// nation", "private talks".
var adjectiveTitles = wordSet("adjectiveTitles")

// capitalHead reports whether the title in tokens [i, j) is written with
// capitals ("General", "Foreign Minister"): then lower-case words to its
// left ("the informal General Agreement") are not part of it.
func capitalHead(toks []nlp.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if gazetteer.Capitalised(toks[k].Text) && isTitleHead(toks[k].Text) {
			return true
		}
	}
	return false
}

// headBefore reports whether a capitalised title head stands within four
// words before token j: "Secretary of Trade and Industry".
func headBefore(toks []nlp.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if gazetteer.Capitalised(toks[k].Text) && isTitleHead(toks[k].Text) {
			return true
		}
	}
	return false
}

// titleChain reports whether the capitalised word at j ends a title that
// names a department: "Under-Secretary of State for Economic Affairs",
// "Secretary of Trade and Industry". Left of j there must be, through
// capitalised words joined by "of", "for" and "and", a capitalised title
// head followed by one of those joining words.
func titleChain(s *sentence, j int) bool {
	toks := s.toks
	joined := false
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		if s.owner[k] >= 0 {
			return false
		}
		w := lower(toks[k].Text)
		switch {
		case w == "of" || w == "for" || w == "and":
			joined = true
		case gazetteer.Capitalised(toks[k].Text):
			if joined && isTitleHead(toks[k].Text) {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// uniqueRole reports whether a title names a post one person holds ("the
// foreign secretary", "the chancellor"), not one of many ("the spokesman").
func uniqueRole(t string) bool { return !sharedRoles[t] }

// sharedRoles are titles many hold at once.
var sharedRoles = wordSet("sharedRoles")
