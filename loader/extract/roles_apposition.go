package extract

// Titles written after a name: appositions, relative clauses and verb
// phrases ("Wendy Sherman, the US deputy secretary of state,").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// apposition reads ", [the] [AFFILIATION] TITLE [of|for|at AFFILIATION]," after
// a name ending at token end.
//
// A dash opens it as a comma does ("Dee Dee Myers — a White House press
// secretary —"), and so do a relative clause ("Waters, who is Chair of
// ...", "who serves as the executive director of") and, with no comma, a
// verb phrase ("Smith serves as the executive director of ...", "Smith is
// the chief executive of ...").
func (x *extractor) apposition(si, end int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	if end+1 >= len(toks) {
		return r, false
	}
	j, ok := appositionStart(toks, end)
	if !ok {
		return r, false
	}
	return x.appositionAt(si, end, j)
}

// appositionAt reads the title of an apposition opening at token j after a
// name (or its opener, roles_second_post.go) ending at token end.

func (x *extractor) appositionAt(si, end, j int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	indefinite := false
	if w := lower(toks[j].Text); w == "the" || w == "a" || w == "an" || w == "its" {
		// "John Smith, its founder,": the body "its" stands for is the
		// employer (roles_its_bodies.go). "who is named as a defendant": an appointment gives a title,
		// no occupation read by its shape (roles_appointed.go)
		indefinite = w != "the" && !appointedBefore(toks, end, j)
		j++
		// "the Territory's Premier,": the country the story is about
		if a := x.storyPlaceNoun(si, end, j); a >= 0 {
			r.affil = a
			j += 2
		}
		if !x.nominalOwner(si, j) {
			j = ownerNoun(toks, j) // "the company's chief financial officer"
		}
	}
	j = pastPresentAdverb(s, j) // roles_body_closes.go: "Phil Redmond, now chairman of Mersey TV,"
	// Leading affiliation: "the US deputy secretary", "Russia's deputy".
	if j < len(toks) && s.owner[j] >= 0 {
		om := &x.mentions[s.owner[j]]
		if om.typ == Person || om.typ == Event {
			return r, false
		}
		r.affil = s.owner[j]
		j = om.end
		if j < len(toks) && toks[j].Tag == "POS" {
			j++
		}
	}
	if j < len(toks) && tenureWords[toks[j].Text] && appointedBefore(toks, end, j) {
		j++ // "was named as the new national manager"
	}
	start := j
	headAt := -1
	toAffil := -1 // the name after "of", "to", "for", "at"
	ofAt := -1    // the "of", "to", "for" or "at" before it
	servedPerson := false
	definite := false // the body named by its noun ("of the hospital")
	modStart := start // where the words before an occupation start
	for j < len(toks) {
		t := toks[j]
		lw := lower(t.Text)
		if s.owner[j] >= 0 || t.Tag == "," || t.Tag == "." || lw == "who" || lw == "which" || lw == "—" || lw == "–" || headAt >= 0 && (x.inUnitCloses(si, j) || x.tailCloses(si, j)) {
			break
		}
		// "became an Acme Corp spokeswoman in 2005", "an Acme Corp
		// spokesman since 2019,": a date closes the title (roles_appointed.go)
		if headAt == j-1 && (dateCloses(toks, j) || speechCloses(s, j) && x.nameOpensClause(si, end)) {
			break // roles_body_closes.go: "Stephen Vastagh, ITC investigator said"
		}
		// "Minister of State for Finance and Industry": "and" inside a title
		if lw == "and" {
			if indefinite && headAt < 0 && coordinatedTrades(toks, start, j) {
				// "an obstetrician and gynecologist at": two trades, one title
				modStart = j + 1
				j++
				continue
			}
			if !(headAt >= 0 && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) && s.owner[j+1] < 0 && gazetteer.Capitalised(toks[j-1].Text)) && !(ofAt >= 0 && toAffil < 0 && x.portfolioAnd(si, j)) {
				break
			}
			j++
			continue
		}
		if isTitleHead(t.Text) {
			headAt = j
		} else if indefinite && occupation(t) && occupationModifiers(toks[modStart:j]) {
			headAt = j // roles_modern.go
			r.occ = true
		} else if lw == "of" || lw == "for" || lw == "at" || lw == "to" || x.withBody(si, j, headAt) || x.seatOn(si, j, headAt) || x.titleFromBody(si, j, headAt) {
			if headAt < 0 {
				return r, false
			}
			if a, ok := x.definiteBody(si, j); ok { // roles_definite_bodies.go: "the director of the hospital,"
				if a >= 0 && !(lw == "to" && r.affil >= 0) {
					r.affil = a
				}
				ofAt, definite = j, true
				break
			}
			// "secretary of state": a title going on; "of the World Bank": the affiliation.
			k := x.afterOfThe(si, j)
			ofAt = j
			if k < len(toks) && s.owner[k] >= 0 {
				om := &x.mentions[s.owner[k]]
				if om.typ != Person && om.typ != Event {
					o := x.bodyAfterPlace(si, s.owner[k]) // roles_web.go: "for California ISO"
					// "Afghanistan's envoy to the United Nations": the
					// country sends, the body receives
					// "the agency's district supervisor for Queens": the
					// body before the title employs, the place is the beat
					if !(lw == "to" && r.affil >= 0) && !(lw == "for" && r.affil >= 0 && isPlace(om.typ)) {
						r.affil = o
					}
					toAffil = o
					break
				}
				if (lw == "for" || lw == "to") && om.typ == Person && x.servedCloses(si, om) {
					// "a White House press secretary for Bill Clinton —":
					// the title ends before the person served.
					servedPerson = true
					break
				}
				return r, false
			}
		} else if !(t.Tag == "NN" || t.Tag == "NNS" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NNP" || t.Tag == "VBG") {
			return r, false
		}
		j++
	}
	if headAt < 0 || start >= len(toks) || listItemAfterAnd(toks, j) || x.nextPersonsTitleAfterAnd(si, j) { // "Bongard, a second former president and the bank's owner were charged" (roles_apposition_lists.go)
		return r, false
	}
	// The phrase must end with the title (or its "of" complement) and be
	// closed by punctuation, "and" or "who".
	stop := j
	if stop < len(toks) && s.owner[stop] >= 0 {
		stop = j
	}
	last := stop
	if toAffil >= 0 && x.mentions[toAffil].start > start {
		last = ofAt // drop "of the"
		if last <= start {
			return r, false
		}
		if !x.appositionAffilCloses(si, toAffil, &r) {
			return r, false
		}
	} else if servedPerson || definite {
		last = ofAt
	} else if stop < len(toks) && !closes(toks[stop]) && !x.inUnitCloses(si, stop) && !x.tailClosesTitle(si, headAt, stop, r) && !(headAt == stop-1 && dateCloses(toks, stop)) && !(headAt == stop-1 && speechCloses(s, stop) && x.nameOpensClause(si, end)) {
		return r, false
	}
	if ofAt >= 0 && s.lower(ofAt) == "for" && r.affil == toAffil && x.servedNotEmployer(si, headAt, toAffil) {
		r.affil = -1
	}
	last = titleLast(s, headAt, last, toAffil < 0 && !servedPerson && !definite) // roles_unnamed_bodies.go
	r.title, _ = singularTitle(x.span(si, start, last))
	if pluralHead(toks[start:last]) && !x.namesListBefore(si, end) {
		return r, false // "Mr Finnie, representatives of ...": the others listed (titles_glued.go)
	}
	return r, true
}

// afterOfThe returns the token after the "of" (or "for", "at", "to") at
// token j and its "the", past lower-case words before a body's name ("of
// the liberal opposition Democratic Party").
func (x *extractor) afterOfThe(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	// "at accountancy firm Grant Thornton", "of Sydney brokerage house
	// Rivkin James Capel Ltd": the firm's trade before its name
	k := x.tradeBeforeBody(si, j+1)
	if k < len(toks) && lowerIs(toks[k].Text, "the") {
		k++
		k = x.tradeBeforeBody(si, k) // "of the Dutch electronics group Philips"
		k = x.boardOf(si, k)         // roles_boards.go: "of the board of Acme Corp"
		m := k
		for m < len(toks) && m < k+3 && s.owner[m] < 0 && !gazetteer.Capitalised(toks[m].Text) && (toks[m].Tag == "JJ" || toks[m].Tag == "NN") && !isTitleHead(toks[m].Text) {
			m++
		}
		if m > k && m < len(toks) && s.owner[m] >= 0 && x.mentions[s.owner[m]].typ == Organization {
			k = m
		}
		k = x.bodyLead(si, k) // roles_body_lead.go: "the city's", "the Seattle-based"
	}
	return x.ownerUnitAfter(si, x.unknownBasedLead(si, k)) // roles_based_unknown.go: "of Mercer Island-based"; names_possessive_units.go: "for Ivan Boesky's Seemala Corp"
}

// appositionAffilCloses reads on past the affiliation mention toAffil after a title and reports whether the phrase is then closed.
func (x *extractor) appositionAffilCloses(si, toAffil int, r *role) bool {
	s := &x.sents[si]
	toks := s.toks
	end := x.mentions[toAffil].end
	// "of the Argentine Parliament": a national word and a name
	if x.mentions[toAffil].demonym {
		for end < len(toks) && s.owner[end] < 0 && gazetteer.Capitalised(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") {
			end++
		}
	}
	// "a member of the Acme Port Authority board of trustees,", "of Acme
	// Corp's board,": the body's own board (roles_boards.go)
	if b := end; b < len(toks) && x.mentions[toAffil].typ == Organization {
		if toks[b].Tag == "POS" {
			b++
		}
		if e := x.boardEnd(si, b); e > b && (e >= len(toks) || closes(toks[e])) {
			end = e
		}
	}
	// "head of the Bank's Brazil division,"; "president of RMJ's
	// competitor," works for another body
	if end < len(toks) && toks[end].Tag == "POS" {
		end++
		// "chairman of Austria's Creditanstalt-Bankverein": the body
		// the nation owns
		if om := x.mentionAt(si, end); om != nil && om.start == end && om.typ == Organization && r.affil == toAffil && x.mentions[toAffil].typ == Country {
			r.affil = s.owner[end]
			end = om.end
		} else if u := x.unitAfterPossessive(si, toAffil, end); u >= 0 {
			// "an assistant professor at Yale University's School of
			// Medicine,": the phrase runs to the unit's end, the body
			// stays the affiliation (a unit's name, "European
			// Department", names no one body; roles_body_units.go)
			end = x.mentions[u].end
		}
		// "director of Venice's famous La Fenice Theatre": the body the
		// place holds, not the place
		if r.affil == toAffil && x.mentions[toAffil].typ != Country && x.possessesBody(si, &x.mentions[toAffil]) {
			r.affil = -1
		}
		for end < len(toks) && end < x.mentions[toAffil].end+6 && (strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "JJ") {
			if otherBodyNouns[s.lower(end)] && r.affil == toAffil {
				r.affil = -1
			}
			end++
		}
	}
	end = x.tradeAfterBody(si, toAffil, end) // roles_body_closes.go: "at the D.A. Davidson brokerage,"
	end = x.unitParentEnd(si, toAffil, end)  // roles_unit_parent.go: "of the Center for ... at the Murdoch Children's Research Institute"
	// "to the United Nations in Geneva,"; "for Janney Montgomery Scott Inc
	// of Philadelphia." (the firm's seat, names_firm_place.go)
	if end+1 < len(toks) && (lowerIs(toks[end].Text, "in") || lowerIs(toks[end].Text, "of") && x.mentions[toAffil].typ == Organization) {
		if pm := x.mentionAt(si, end+1); pm != nil && pm.start == end+1 && isPlace(pm.typ) {
			end = pm.end
		}
	}
	if end < len(toks) && s.lower(end) == "in" && x.mentions[toAffil].typ == Organization {
		end = x.locativeEnd(si, end) // roles_locative.go
	}
	return end >= len(toks) || closes(toks[end]) || s.lower(end) == "but" || dateCloses(toks, end) || x.tailCloses(si, end) || // roles_tails.go
		legalDotQuote(toks, end) || bodyClauseCloses(s, end) // roles_body_closes.go
}

// legalDotQuote reports whether token end opens a quote right after a legal
// form written with its dot, the sentence's end the segmenter did not cut:
// "said Elliott Schlang, analyst at Prescott, Ball and Turben Inc. \"Any
// company ...\"".
func legalDotQuote(toks []nlp.Token, end int) bool {
	if end < 1 || end >= len(toks) || !strings.HasSuffix(toks[end-1].Text, ".") || !legalForms[legalWord(toks[end-1].Text)] {
		return false
	}
	switch toks[end].Text {
	case "\"", "“", "``":
		return true
	}
	return false
}

// servedNotEmployer reports whether the body toAffil after "for" and the
// title whose head is token headAt is served, not the employer: a client
// ("attorney for Apex") or a portfolio's continent or region ("assistant
// secretary of state for Africa"). A rank before the service is an office
// held in the body: "general counsel for the American Meat Institute".
func (x *extractor) servedNotEmployer(si, headAt, toAffil int) bool {
	s := &x.sents[si]
	inHouse := headAt > 0 && titleHeads[s.lower(headAt-1)]
	return serviceTitles[s.lower(headAt)] && !inHouse || toAffil >= 0 && x.regionMention(toAffil)
}

// regionMention reports whether mention mi names a continent or region.
func (x *extractor) regionMention(mi int) bool {
	m := &x.mentions[mi]
	if m.typ != Place || m.ent < 0 {
		return false
	}
	p, ok := gazetteer.Place(x.ents[m.ent].name)
	return ok && (p.Class == gazetteer.ClassContinent || p.Class == gazetteer.ClassRegion)
}

// titleContinues reports whether the words after a title head still belong
// to it ("of state", "for Europe").
func titleContinues(ts []nlp.Token) bool {
	if len(ts) == 0 {
		return true
	}
	w := lower(ts[0].Text)
	return w == "of" || w == "for" || w == "general"
}

// serviceTitles serve clients: "attorney for Apex" works for another firm.
var serviceTitles = map[string]bool{"attorney": true, "lawyer": true, "counsel": true, "solicitor": true, "barrister": true, "adviser": true, "advisor": true, "consultant": true, "agent": true, "auditor": true, "accountant": true}

func closes(t nlp.Token) bool {
	switch lower(t.Text) {
	case ",", ".", ";", ":", "and", "who", "whose", ")", "(", "—", "–", "-":
		return true
	}
	return false
}
