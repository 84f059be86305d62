package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// nominalTitles gives a job title to the person a sentence-opening
// description stands for: "Jack Straw said ... The foreign secretary told
// MPs" → Straw's jobTitle "foreign secretary". The description must be a
// known title, lower case, right before its verb, and the person the last
// one named in the two sentences before.
func (x *extractor) nominalTitles() {
	for si := 1; si < len(x.sents); si++ {
		toks := x.sents[si].toks
		if len(toks) < 3 {
			continue
		}
		for i := 0; i+2 < len(toks); i++ {
			// "The foreign secretary told", "an issue the prime minister
			// “wanted to progress”"
			if !(i == 0 && strings.ToLower(toks[0].Text) == "the" || i > 0 && toks[i].Text == "the") {
				continue
			}
			if i == 0 && x.bodyTitle(si) {
				// "The Liberal Democrat leader will visit": a body's or nation's post
				continue
			}
			x.nominalTitle(si, i)
		}
	}
}

// nominalTitle reads "the TITLE" at token i of sentence si, before a verb
// or a quotation.
func (x *extractor) nominalTitle(si, i int) {
	toks := x.sents[si].toks
	j := i + 1
	for j < len(toks) && j < i+5 && !gazetteer.Capitalised(toks[j].Text) && !strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "MD" && toks[j].Tag != "``" && toks[j].Text != "\"" {
		j++
	}
	if j >= len(toks) || j < i+2 || !(strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" || i > 0 && (toks[j].Tag == "``" || toks[j].Text == "\"")) {
		return
	}
	if x.sents[si].owner[i+1] >= 0 {
		return
	}
	words := make([]string, 0, j-i-1)
	for _, t := range toks[i+1 : j] {
		words = append(words, t.Text)
	}
	title, ok := gazetteer.Title(words...)
	if !ok || !uniqueRole(title) {
		return
	}
	// the last person named in this sentence before, or the two before,
	// who holds no other title
	lit := strings.Join(words, " ")
	other := func(p int) bool {
		for k := range x.facts {
			if k.s == p && k.p == vocab.PJobTitle && !strings.EqualFold(k.lit, lit) {
				return true
			}
		}
		return false
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= i {
				continue
			}
			if m.ent < 0 || x.ents[m.ent].typ != Person || m.nominal {
				continue
			}
			if other(m.ent) {
				continue
			}
			x.addFact(m.ent, vocab.PJobTitle, -1, lit, si)
			return
		}
	}
}

// role is a job title and affiliation read next to a person's name.
type role struct {
	title  string // as written, singular
	affil  int    // mention index of the affiliation, or -1
	plural bool   // "Presidents Joe Biden and Vladimir Putin"
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
			if m.typ != Person || m.ent < 0 {
				continue
			}
			r, ok := x.titleBefore(si, m.start)
			if !ok && last != nil && last.plural && m.start == lastEnd+1 && isAnd(s.toks[lastEnd].Text) {
				r, ok = *last, true
			}
			if !ok {
				r, ok = x.apposition(si, m.end)
			} else if r.affil < 0 && !r.plural {
				// "Professor Gordon Shirley, Chief Executive Officer of
				// the Port Authority of Jamaica,": a second post after the
				// name.
				if r2, ok2 := x.apposition(si, m.end); ok2 {
					x.addRole(m.ent, r2, si)
				}
			}
			if !ok && m.start > 1 && s.toks[m.start-1].Text == "," {
				// "Bahrain's Finance Minister, Ibrahim Abdul-Karim"
				if r2, ok2 := x.titleBefore(si, m.start-1); ok2 && (r2.affil >= 0 || x.definiteTitle(si, m.start-1, r2.title)) {
					r, ok = r2, true
				} else if pm := x.mentionAt(si, m.start-2); pm != nil && pm.start >= 2 {
					// "European Union ambassador to the WTO, Carlo Trojan"
					p := pm.start - 1
					if strings.ToLower(s.toks[p].Text) == "the" {
						p--
					}
					if p > 0 && (strings.ToLower(s.toks[p].Text) == "to" || strings.ToLower(s.toks[p].Text) == "of" || strings.ToLower(s.toks[p].Text) == "at") {
						if r2, ok2 := x.titleBefore(si, p); ok2 && r2.affil >= 0 {
							r, ok = r2, true
						}
					}
				}
			}
			if !ok && m.start > 2 && s.toks[m.start-1].Text == "," {
				r, ok = x.frontedTitle(si, m.start-1)
			}
			if !ok && m.start > 2 && s.toks[m.start-1].Text == "," {
				r, ok = x.titleOfBodyComma(si, m.start-1) // roles_local.go
			}
			// "Ambassador Stefan Johannesson of Iceland"
			if ok && m.end+1 < len(s.toks) && strings.ToLower(s.toks[m.end].Text) == "of" {
				if pm := x.mentionAt(si, m.end+1); pm != nil && pm.start == m.end+1 && pm.ent >= 0 && !pm.demonym {
					if t := x.ents[pm.ent].typ; t == Country || t == Organization {
						r.affil = s.owner[m.end+1]
					}
				}
			}
			if ok {
				x.addRole(m.ent, r, si)
				rr := r
				last = &rr
			} else {
				last = nil
			}
			lastEnd = m.end
		}
	}
	x.nominalTitles()
}

func isAnd(w string) bool { return w == "and" || w == "&" || w == "," }

func (x *extractor) addRole(person int, r role, si int) {
	// "his German counterpart Hans Eichel": a relation, no job
	if lt := strings.ToLower(r.title); lt == "counterpart" || strings.HasSuffix(lt, " counterpart") {
		r.title = ""
	}
	written := r.title
	if r.title != "" {
		r.title, _ = readerTitle(r.title) // titles.go: "" when it is none
	}
	if r.title != "" {
		x.addFact(person, vocab.PJobTitle, -1, r.title, si)
	}
	if r.affil >= 0 {
		a := x.mentions[r.affil].ent
		if a >= 0 && a != person && x.ents[a].typ != Person && x.ents[a].typ != Event {
			// a country or place with a title that is no public office
			// ("US comedian", "Hollywood actors"): where they are from
			if written != "" && isPlace(x.ents[a].typ) && !officeTitle(written) {
				if x.ents[a].typ == Country {
					x.addFact(person, vocab.PNationality, a, "", si)
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
	lw := lower(w)
	if titleHeads[lw] || gazetteer.IsTitle(lw) {
		return true
	}
	// "Under-Secretary", "Vice-Chancellor"
	if i := strings.LastIndexByte(lw, '-'); i > 0 && i < len(lw)-1 {
		return titleHeads[lw[i+1:]] || gazetteer.IsTitle(lw[i+1:])
	}
	return false
}

// titleBefore reads a title phrase ending just before token end of
// sentence si.
func (x *extractor) titleBefore(si, end int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	j := end - 1
	for j >= 0 && isHonorific(strings.ToLower(strings.TrimSuffix(toks[j].Text, "."))) {
		j--
	}
	titleEnd := j + 1
	if j < 0 {
		return r, false
	}
	if tw := strings.ToLower(toks[j].Text); tw == "for" || tw == "of" || tw == "to" || toks[j].Tag == "IN" {
		return r, false // "a spokesman for Mr Prescott"
	}
	if r, ok := x.titleOfBody(si, j, titleEnd); ok {
		return r, true
	}
	titleStart := titleEnd
	seenHead := false
	// A known title of several words: "Secretary of State".
	for n := min(5, j+1); n > 1; n-- {
		words := make([]string, 0, n)
		for _, t := range toks[j-n+1 : j+1] {
			words = append(words, t.Text)
		}
		if gazetteer.IsTitle(words...) && s.owner[j-n+1] < 0 {
			titleStart = j - n + 1
			j = titleStart - 1
			seenHead = true
			break
		}
	}
	// The word next to the name must be able to end a title, as a noun
	// ("the first major Muslim nation" has none).
	if !seenHead && (s.owner[j] >= 0 || !isTitleHead(toks[j].Text) || toks[j].Tag == "JJ" && adjectiveTitles[strings.ToLower(toks[j].Text)]) {
		// "Secretary of Trade and Industry Jose Concepcion": a department
		// after a capitalised head.
		if !(s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") && titleChain(s, j)) {
			return r, false
		}
	}
	for j >= 0 {
		t := toks[j]
		lw := strings.ToLower(t.Text)
		if o := s.owner[j]; o >= 0 {
			om := &x.mentions[o]
			if om.typ == Person || om.typ == Event {
				break
			}
			if r.affil < 0 {
				r.affil = o
			}
			// "Britain's Europe Director": the possessor is the affiliation,
			// the name inside belongs to the title.
			if p := om.start - 1; p > 0 && toks[p].Tag == "POS" && s.owner[p-1] >= 0 && titleStart == om.end {
				if pm := &x.mentions[s.owner[p-1]]; pm.typ == Country || pm.typ == Organization || pm.typ == City {
					r.affil = s.owner[p-1]
					titleStart = om.start
				}
			}
			// "Italian Treasury Minister": a one-word department after a
			// national adjective belongs to the title; the nation is the
			// affiliation.
			if p := om.start - 1; p >= 0 && om.typ == Organization && om.end-om.start == 1 && titleStart == om.end && s.owner[p] >= 0 && r.affil == o {
				if pm := &x.mentions[s.owner[p]]; pm.demonym || pm.typ == Country && pm.end == om.start {
					r.affil = s.owner[p]
					titleStart = om.start
				}
			}
			break
		}
		// "Ministry of International Trade and Industry (MITI) Vice
		// Minister": the body in brackets
		if t.Text == ")" {
			if j > 1 && s.owner[j-1] >= 0 && toks[j-2].Text == "(" && r.affil < 0 {
				if om := &x.mentions[s.owner[j-1]]; om.typ == Organization && om.start == j-1 {
					r.affil = s.owner[j-1]
				}
			}
			break
		}
		if t.Tag == "POS" {
			if j > 0 && s.owner[j-1] >= 0 && r.affil < 0 {
				om := &x.mentions[s.owner[j-1]]
				if om.typ != Person {
					r.affil = s.owner[j-1]
				}
			}
			break
		}
		if titleStop[lw] && !(lw == "and" && j > 0 && j+1 < titleEnd && s.owner[j-1] < 0 && gazetteer.Capitalised(toks[j-1].Text) && gazetteer.Capitalised(toks[j+1].Text) && (seenHead || headBefore(toks, j))) {
			break
		}
		capital := gazetteer.Capitalised(t.Text)
		switch {
		case isTitleHead(t.Text):
			seenHead = true
		case titleModifiers[lw] && (capital || !capitalHead(toks, titleStart, titleEnd)):
		case capital && (strings.HasPrefix(t.Tag, "NNP") || t.Tag == "JJ" || t.Tag == "NN"):
		case seenHead && !capital && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && !capitalHead(toks, titleStart, titleEnd):
		case (lw == "of" || lw == "for" || lw == "and") && j > 0 && j+1 < titleEnd && s.owner[j-1] < 0 && gazetteer.Capitalised(toks[j-1].Text) && gazetteer.Capitalised(toks[j+1].Text):
		default:
			j = -1
			continue
		}
		titleStart = j
		j--
	}
	if titleStart >= titleEnd {
		return r, false
	}
	words := make([]string, 0, titleEnd-titleStart)
	for _, t := range toks[titleStart:titleEnd] {
		words = append(words, t.Text)
	}
	// Sentence-initial capitals are no title words unless known ones.
	for len(words) > 1 && !titleModifiers[strings.ToLower(words[0])] && !isTitleHead(words[0]) && gazetteer.Capitalised(words[0]) && titleStart == 0 {
		words = words[1:]
		titleStart++
	}
	// "European commission president": a body named inside the title is
	// the affiliation.
	if r.affil < 0 && len(words) > 1 {
		for n := len(words) - 1; n >= 2 && r.affil < 0; n-- {
			for a := 0; a+n < len(words); a++ {
				if o, ok := orgLookup(strings.Join(words[a:a+n], " ")); ok {
					if e := x.entityByName(o.Name); e >= 0 {
						b0 := toks[titleStart+a].Start
						b1 := toks[titleStart+a+n-1].End
						x.partMention(si, titleStart+a, b0, b1, e)
						r.affil = len(x.mentions) - 1
						words = words[a+n:]
					}
					break
				}
			}
		}
	}
	r.title, r.plural = singularTitle(strings.Join(words, " "))
	return r, true
}

// titleOfBody reads a title, "of (the)" and the body it serves, ending
// at token j right before a name: "Governor of the Bank of England Robin
// Leigh-Pemberton" is Governor, of the Bank of England.
func (x *extractor) titleOfBody(si, j, titleEnd int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	o := s.owner[j]
	if o < 0 || x.mentions[o].typ != Organization || x.mentions[o].end != titleEnd {
		return r, false
	}
	head := titleOfBodyHead(toks, x.mentions[o].start)
	if head < 0 || s.owner[head] >= 0 {
		return r, false
	}
	start := head
	for start > 0 && s.owner[start-1] < 0 && (titleModifiers[strings.ToLower(toks[start-1].Text)] || isTitleHead(toks[start-1].Text)) {
		start--
	}
	words := make([]string, 0, head+1-start)
	for _, t := range toks[start : head+1] {
		words = append(words, t.Text)
	}
	r.affil = o
	r.title, r.plural = singularTitle(strings.Join(words, " "))
	return r, true
}

// titleOfBodyHead returns the index of the title head before "of (the)"
// and a body that starts at token start ("Governor of the [Bank of
// England]"), or -1.
func titleOfBodyHead(toks []nlp.Token, start int) int {
	p := start - 1
	if p >= 0 && strings.ToLower(toks[p].Text) == "the" {
		p--
	}
	if p < 1 || strings.ToLower(toks[p].Text) != "of" || !isTitleHead(toks[p-1].Text) {
		return -1
	}
	return p - 1
}

// singularTitle turns a plural title ("Presidents", "foreign ministers")
// into the singular and says whether it was plural.
func singularTitle(t string) (string, bool) {
	i := strings.LastIndexByte(t, ' ')
	last := t[i+1:]
	ll := strings.ToLower(last)
	if strings.HasSuffix(ll, "s") && !strings.HasSuffix(ll, "ss") && len(ll) > 3 {
		sing := last[:len(last)-1]
		if strings.HasSuffix(ll, "men") {
			return t, true
		}
		if isTitleHead(sing) {
			return t[:i+1] + sing, true
		}
	}
	if strings.HasSuffix(ll, "men") && titleHeads[strings.TrimSuffix(ll, "men")+"man"] {
		return t[:i+1] + last[:len(last)-3] + "man", true
	}
	return t, false
}

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
	if w := strings.ToLower(toks[j].Text); w == "the" || w == "a" || w == "an" {
		j++
	}
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
	start := j
	headAt := -1
	toAffil := -1 // the name after "of", "to", "for", "at"
	ofAt := -1    // the "of", "to", "for" or "at" before it
	servedPerson := false
	for j < len(toks) {
		t := toks[j]
		lw := strings.ToLower(t.Text)
		if s.owner[j] >= 0 || t.Tag == "," || t.Tag == "." || lw == "who" || lw == "which" {
			break
		}
		// "Minister of State for Finance and Industry": "and" inside a title
		if lw == "and" {
			if !(headAt >= 0 && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) && s.owner[j+1] < 0 && gazetteer.Capitalised(toks[j-1].Text)) {
				break
			}
			j++
			continue
		}
		if isTitleHead(t.Text) {
			headAt = j
		} else if lw == "of" || lw == "for" || lw == "at" || lw == "to" {
			if headAt < 0 {
				return r, false
			}
			// "secretary of state": a title going on; "of the World Bank": the affiliation.
			k := j + 1
			if k < len(toks) && strings.ToLower(toks[k].Text) == "the" {
				k++
				// "of the liberal opposition Democratic Party": lower-case
				// words before the body's name.
				m := k
				for m < len(toks) && m < k+3 && s.owner[m] < 0 && !gazetteer.Capitalised(toks[m].Text) && (toks[m].Tag == "JJ" || toks[m].Tag == "NN") && !isTitleHead(toks[m].Text) {
					m++
				}
				if m > k && m < len(toks) && s.owner[m] >= 0 && x.mentions[s.owner[m]].typ == Organization {
					k = m
				}
			}
			ofAt = j
			if k < len(toks) && s.owner[k] >= 0 {
				om := &x.mentions[s.owner[k]]
				if om.typ != Person && om.typ != Event {
					// "Afghanistan's envoy to the United Nations": the
					// country sends, the body receives
					if !(lw == "to" && r.affil >= 0) {
						r.affil = s.owner[k]
					}
					toAffil = s.owner[k]
					break
				}
				if lw == "for" && om.typ == Person && x.mentions[s.owner[k]].end < len(toks) && closes(toks[x.mentions[s.owner[k]].end]) {
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
	if headAt < 0 || start >= len(toks) {
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
		end := x.mentions[toAffil].end
		// "of the Argentine Parliament": a national word and a name
		if x.mentions[toAffil].demonym {
			for end < len(toks) && s.owner[end] < 0 && gazetteer.Capitalised(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "NNP") {
				end++
			}
		}
		// "head of the Bank's Brazil division,"
		if end < len(toks) && toks[end].Tag == "POS" {
			end++
			for end < len(toks) && end < x.mentions[toAffil].end+6 && (strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "JJ") {
				end++
			}
		}
		// "to the United Nations in Geneva,"
		if end+1 < len(toks) && strings.ToLower(toks[end].Text) == "in" {
			if pm := x.mentionAt(si, end+1); pm != nil && pm.start == end+1 && isPlace(pm.typ) {
				end = pm.end
			}
		}
		if end < len(toks) && !closes(toks[end]) {
			return r, false
		}
	} else if servedPerson {
		last = ofAt
	} else if stop < len(toks) && !closes(toks[stop]) {
		return r, false
	}
	if last > headAt+1 && !titleContinues(toks[headAt+1:last]) {
		last = headAt + 1
	}
	r.title, _ = singularTitle(x.span(si, start, last))
	return r, true
}

// titleContinues reports whether the words after a title head still belong
// to it ("of state", "for Europe").
func titleContinues(ts []nlp.Token) bool {
	if len(ts) == 0 {
		return true
	}
	w := strings.ToLower(ts[0].Text)
	return w == "of" || w == "for" || w == "general"
}

func closes(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case ",", ".", ";", ":", "and", "who", ")", "(", "—", "–", "-":
		return true
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
		w := strings.ToLower(toks[k].Text)
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

// bodyTitle reads "The Liberal Democrat leader will ...", "The Russian
// foreign minister said": a sentence-opening title of a body or nation,
// standing for the person named last in the sentence before. The title
// words become a mention of that person, so later stages see the subject.
func (x *extractor) bodyTitle(si int) bool {
	s := &x.sents[si]
	toks := s.toks
	m := x.mentionAt(si, 1)
	if m == nil {
		// "The Liberal Democrat leader": a known body the recogniser missed
		j := 1
		for j < len(toks) && j < 5 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NNP") {
			j++
		}
		if j == 1 {
			return false
		}
		name := x.span(si, 1, j)
		o, ok := orgLookup(name)
		if !ok {
			o, ok = orgLookup(name + "s")
		}
		if !ok {
			return false
		}
		e := x.entityByName(o.Name)
		if e < 0 {
			return false
		}
		k := x.addMention(si, 1, j, Organization, false)
		if k < 0 {
			return false
		}
		x.mentions[k].ent = e
		x.ents[e].mentions = append(x.ents[e].mentions, k)
		m = &x.mentions[k]
	}
	if m.start != 1 || m.ent < 0 || m.typ == Person || m.typ == Event {
		return false
	}
	j := m.end
	for j < len(toks) && j < m.end+3 && s.owner[j] < 0 && !gazetteer.Capitalised(toks[j].Text) && (toks[j].Tag == "NN" || toks[j].Tag == "JJ") {
		j++
	}
	if j == m.end || j >= len(toks) || !(strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD") {
		return false
	}
	words := make([]string, 0, j-m.end)
	for _, t := range toks[m.end:j] {
		words = append(words, t.Text)
	}
	title, ok := gazetteer.Title(words...)
	if !ok || !uniqueRole(title) {
		return false
	}
	person := -1
	ms := x.sents[si-1].mentions
	for n := len(ms) - 1; n >= 0; n-- {
		if pm := &x.mentions[ms[n]]; pm.ent >= 0 && x.ents[pm.ent].typ == Person {
			person = pm.ent
			break
		}
	}
	if person < 0 {
		return false
	}
	x.addRole(person, role{title: strings.Join(words, " "), affil: s.owner[1]}, si)
	// the title words stand for the person
	idx := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: m.end, end: j, typ: Person,
		text: x.span(si, m.end, j), name: x.ents[person].name, nominal: true, ent: person})
	for k := m.end; k < j; k++ {
		s.owner[k] = idx
	}
	pos := 0
	for pos < len(s.mentions) && x.mentions[s.mentions[pos]].start < m.end {
		pos++
	}
	s.mentions = append(s.mentions, 0)
	copy(s.mentions[pos+1:], s.mentions[pos:])
	s.mentions[pos] = idx
	x.ents[person].mentions = append(x.ents[person].mentions, idx)
	return true
}

// frontedTitle reads a description opening the clause before the comma at
// token comma: "The president of Argentina's bank steering committee,
// William Rhodes of Citibank, said"; "The chairman of the World Bank,
// Barber Conable,". The affiliation is a body or country right after "of".
func (x *extractor) frontedTitle(si, comma int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	c := comma - 1
	for c >= 0 && toks[c].Text != "," && toks[c].Tag != ":" && toks[c].Tag != "``" {
		c--
	}
	c++
	if c >= comma-1 || strings.ToLower(toks[c].Text) != "the" {
		return r, false
	}
	// the title: modifiers and a head, then "of" or the comma
	j := c + 1
	for j < comma && j < c+5 && s.owner[j] < 0 && !gazetteer.Capitalised(toks[j].Text) && (titleModifiers[strings.ToLower(toks[j].Text)] || isTitleHead(toks[j].Text)) {
		j++
	}
	if j == c+1 || !isTitleHead(toks[j-1].Text) || j < comma && strings.ToLower(toks[j].Text) != "of" {
		return r, false
	}
	words := make([]string, 0, j-c-1)
	for _, t := range toks[c+1 : j] {
		words = append(words, t.Text)
	}
	if t, ok := gazetteer.Title(words...); !ok || t == "" {
		return r, false
	}
	r.title = strings.Join(words, " ")
	if j < comma {
		k := j + 1
		if k < comma && strings.ToLower(toks[k].Text) == "the" {
			k++
		}
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && pm.ent >= 0 && !pm.demonym && (pm.end >= len(toks) || toks[pm.end].Tag != "POS") {
			if t := x.ents[pm.ent].typ; t == Organization || t == Country {
				r.affil = s.owner[k]
			}
		}
	}
	return r, true
}

// definiteTitle reports whether the title ending before token comma of
// sentence si is a definite description, lower case, after "the" or a
// possessive: "the Prime Minister's national security adviser, Andrew
// Shearer,"; "the company's chief executive, Tim Cook,".
func (x *extractor) definiteTitle(si, comma int, title string) bool {
	toks := x.sents[si].toks
	n := len(strings.Fields(title))
	b := comma - n - 1
	if n == 0 || b < 0 || gazetteer.Capitalised(toks[comma-n].Text) || !gazetteer.IsTitle(strings.ToLower(title)) {
		return false
	}
	w := strings.ToLower(toks[b].Text)
	return w == "the" || toks[b].Tag == "POS" || w == "its" || w == "his" || w == "her" || w == "their"
}
