package extract

// Employers told by a verb with the body as its object (issue 15): "Peter
// Grant heads the Jamaica Ports Council", "Waters, who chairs the trust,",
// "Ezra Klein founded Vox"; and posts told in a sentence that opens with
// "he" or "she" for the person named before it: "He joined Acme in 2019",
// "In May, she was named chief executive of Harbour Holdings".

// bodyVerbs put the body a person heads, founded or joined after them, with
// the title they give ("founded": founder) or "-" for none.
var bodyVerbs = wordMap("bodyVerbs")

// verbRoles reads the employers of sentence si told by a verb after a name
// ("heads the", ", who chairs the") or after a subject pronoun opening the
// sentence, and the posts told by a verb phrase after that pronoun.
func (x *extractor) verbRoles(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.ent < 0 || x.ents[m.ent].typ != Person || m.end+1 >= len(toks) {
			continue
		}
		j := m.end
		who := toks[j].Text == "," && lowerIs(toks[j+1].Text, "who")
		if who {
			j += 2
		}
		if r, ok := x.bodyVerb(si, j); ok {
			x.addRole(m.ent, r, si)
		} else if a := relativeAnd(s, j); who && a > 0 {
			// ", who quit Future Publishing in 2001 and now runs
			// organisation TED,": the second verb of the clause
			if r, ok := x.bodyVerb(si, a+1); ok {
				x.addRole(m.ent, r, si)
			}
		} else if r, ok := x.clauseAsPost(si, j); who && ok {
			x.addRole(m.ent, r, si) // roles_as.go: ", who follows Amazon as a managing director at"
		}
	}
	x.frontedAsRoles(si) // roles_as.go: "As president of Acme Corp, he"
	k := subjectPronoun(s)
	if k < 0 {
		return
	}
	e := x.antecedent(si, k, true)
	if e < 0 || x.ents[e].typ != Person {
		return
	}
	r, ok := x.bodyVerb(si, k+1)
	if !ok {
		// "He was named chief executive of Harbour Holdings": a post given,
		// or held at a body ("he is a fellow at Clare College"), not a
		// description ("he was an attacking midfield player")
		r, ok = x.apposition(si, k+1)
		ok = ok && !r.occ && toks[k+1].Text != "," && (r.affil >= 0 || appointedBefore(toks, k+1, k+5))
	}
	if ok {
		x.resolvedPronoun(si, k, e)
		x.addRole(e, r, si)
	}
}

// subjectPronoun returns where "he" or "she" opens sentence s, alone or
// after a fronted phrase ("In 2019, he joined"), or -1.
func subjectPronoun(s *sentence) int {
	k := 0
	if len(s.toks) > 4 && s.toks[0].Tag == "IN" {
		k = -1
		for i := 1; i < len(s.toks) && i < 8; i++ {
			if s.toks[i].Text == "," {
				k = i + 1
				break
			}
		}
	}
	if k < 0 || k+3 >= len(s.toks) || s.toks[k].Tag != "PRP" {
		return -1
	}
	if w := s.lower(k); w != "he" && w != "she" {
		return -1
	}
	return k
}

// bodyVerb reads "[adverb] VERB [the] BODY" at token j of sentence si with
// the verb from bodyVerbs: the body as the role's affiliation.
func (x *extractor) bodyVerb(si, j int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	for j < len(toks) && toks[j].Tag == "RB" { // "now heads", "also chairs"
		if negations[s.lower(j)] {
			return r, false
		}
		j++
	}
	if j+2 < len(toks) && perfectAux(s.lower(j)) && seatVerbs[s.lower(j+1)] {
		j++ // roles_work.go: "has served on the City Council"
	}
	if j+1 >= len(toks) {
		return r, false
	}
	title, ok := bodyVerbs[s.lower(j)]
	b := j + 1
	if !ok && workVerbs[s.lower(j)] && (s.lower(b) == "for" || s.lower(b) == "at") {
		title, ok, b = "-", true, b+1 // roles_work.go: "who works for the Transportation Department"
	}
	seat := !ok && seatVerbs[s.lower(j)] && s.lower(b) == "on"
	if seat {
		title, ok, b = "-", true, b+1 // roles_work.go: "who sits on the Senate Finance Committee"
	}
	if !ok {
		return r, false
	}
	if s.lower(b) == "the" {
		b++
	}
	if seat && b+2 < len(toks) && s.lower(b) == "board" && s.lower(b+1) == "of" {
		b += 2 // "serves on the board of Acme Foods"
		if s.lower(b) == "the" {
			b++
		}
	}
	// "runs organisation TED", "heads the charity Oxfam": the body's kind
	if b+1 < len(toks) && toks[b].Tag == "NN" && s.owner[b] < 0 && orgKindNouns[s.lower(b)] {
		b++
	}
	om := x.mentionAt(si, b)
	// a body named, not "the company" read as one
	if om == nil || om.start != b || om.typ != Organization || om.nominal || om.ent < 0 || x.ents[om.ent].typ != Organization {
		return r, false
	}
	// "runs Acme's ad": the body owns what is run
	if om.end < len(toks) && toks[om.end].Tag == "POS" {
		return r, false
	}
	r.affil = s.owner[b]
	if title != "-" {
		r.title = title
	}
	// "joined Acme Corp as chief financial officer": the post held there
	if p, ok := x.asPost(si, om.end); ok && p.affil < 0 {
		r.title, r.occ = p.title, p.occ
	}
	return r, true
}

// orgKindNouns name a body's kind before its name after a verb: "runs
// organisation TED", "heads the charity Oxfam".
var orgKindNouns = map[string]bool{"organisation": true, "organization": true, "charity": true, "company": true, "firm": true, "group": true, "agency": true, "foundation": true, "nonprofit": true, "startup": true, "studio": true, "publisher": true, "network": true, "magazine": true, "newspaper": true, "website": true, "label": true, "party": true, "union": true, "club": true, "team": true, "hospital": true, "school": true, "university": true, "museum": true, "bank": true, "association": true}

// relativeAnd returns the "and" that opens a relative clause's second verb
// within ten tokens from token j of sentence s (", who quit X in 2001 and
// now runs Y"), or -1 when a comma or the sentence's end comes first.
func relativeAnd(s *sentence, j int) int {
	for k := j; k < len(s.toks) && k < j+10; k++ {
		switch {
		case s.toks[k].Text == "," || s.toks[k].Tag == ".":
			return -1
		case s.lower(k) == "and":
			return k
		}
	}
	return -1
}
