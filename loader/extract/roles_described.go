package extract

// Roles read from a description standing for a person: "The foreign
// secretary told MPs", "The Liberal Democrat leader will ...", "The
// chairman of the World Bank, Barber Conable,".

import (
	"slices"
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
	x.holders = x.explicitTitleHolders()
	x.guesses = x.guesses[:0]
	for si := 1; si < len(x.sents); si++ {
		toks := x.sents[si].toks
		if len(toks) < 3 {
			continue
		}
		for i := 0; i+2 < len(toks); i++ {
			// "The foreign secretary told", "an issue the prime minister
			// “wanted to progress”"
			if !(i == 0 && lowerIs(toks[0].Text, "the") || i > 0 && toks[i].Text == "the") {
				continue
			}
			if i == 0 && x.bodyTitle(si) {
				// "The Liberal Democrat leader will visit": a body's or nation's post
				continue
			}
			x.nominalTitle(si, i)
			x.bodyNominal(si, i) // roles_described_bodies.go
		}
	}
	x.commitGuesses(x.guesses) // roles_described_posts.go
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
	if i > 0 && lowerIn(relativeWords, toks[i-1].Text) {
		return // "Milburn - who the prime minister put in charge"
	}
	if !verbAfter(toks[j]) && x.appositionAfterName(si, i) {
		return // "Sherine Abed, the doctor working at": the apposition's (roles_owner_nouns.go); not "..., the singer discussed"
	}
	words := make([]string, 0, j-i-1)
	for _, t := range toks[i+1 : j] {
		words = append(words, t.Text)
	}
	title, ok := gazetteer.Title(words...)
	if !ok || !uniqueRole(title) {
		return
	}
	if plural := lower(strings.Join(words, " ")) != title && strings.HasSuffix(lower(words[len(words)-1]), "s"); plural {
		return // "The actors are mostly amateurs": a group, no one person
	}
	// the one the article gives the title, else none inside a quotation
	// (roles_described_holder.go)
	if p, named := x.holderOf(strings.Join(words, " "), si, i); named || x.inQuotation(si, i) {
		if p >= 0 {
			lit := strings.Join(words, " ")
			x.addFact(p, vocab.PJobTitle, -1, lit, si)
			x.describes(p, si, i+1, j, lit)
		}
		return
	}
	// the last person named in this sentence before, or the two before,
	// who holds no other title
	lit := strings.Join(words, " ")
	other := func(p int) bool { return x.otherPost(p, lit) } // roles_described_posts.go
	fits := -1                                               // the one person who fits (roles_described_one.go)
	fitS, fitEnd := -1, -1                                   // where fits is named last
	var disjoint []int                                       // people the sentence names before it, who are not it
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		named := false // a person named in an earlier sentence, who fits or not
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && (m.start >= i || frontedPhrase(&x.sents[si], i) || colonBetween(toks, m.end, i)) {
				continue // "Blanchard's Situational Model: According to this model, the leader has": a label's name
			}
			if m.ent < 0 || x.ents[m.ent].typ != Person || m.nominal || attributiveName(x.sents[s].toks, m) {
				continue
			}
			if s == si && !possessiveAt(toks, m.end) {
				disjoint = append(disjoint, m.ent)
				continue // "Vince Cable said the chancellor had failed": someone else (roles_described_disjoint.go)
			}
			named = named || s < si
			if slices.Contains(disjoint, m.ent) {
				continue // "Mr Blair said he believed the president was keen": not Blair, named before too
			}
			if other(m.ent) {
				continue
			}
			if fits, ok = oneFit(fits, m.ent); !ok {
				return
			}
			if fitS < 0 {
				fitS, fitEnd = s, m.end
			}
		}
		if fits >= 0 || named {
			break // the nearest sentence naming a person: one who fits, or none
		}
	}
	if fits >= 0 && x.titleBetween(words, fitS, fitEnd, si, i) {
		return // "Mr Brown ... seen as the prime minister's turf. The prime minister denied": another's title (roles_described_between.go)
	}
	if fits >= 0 && !x.namedLaterIn(si, j, fits) { // roles_described_later.go: "After the mayor entered the race, Bloomberg"
		x.guesses = append(x.guesses, describedGuess{p: fits, si: si, start: i + 1, end: j, lit: lit})
	}
}

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
	// the person named last in the sentence before, not in "the Reagan
	// administration", unless the article gives that one another post
	// ("Sen. Rudy Boschwitz ... by the Reagan administration. The Minnesota
	// senator said": roles_described_posts.go)
	lit := strings.Join(words, " ")
	person := -1
	ms := x.sents[si-1].mentions
	for n := len(ms) - 1; n >= 0; n-- {
		if pm := &x.mentions[ms[n]]; pm.ent >= 0 && x.ents[pm.ent].typ == Person && !attributiveName(x.sents[si-1].toks, pm) {
			person = pm.ent
			break
		}
	}
	if person < 0 || !lowerIn(anyPost, lit) && x.otherPost(person, lit) {
		return false
	}
	x.addRole(person, role{title: lit, affil: s.owner[1]}, si)
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
	c = frontedThe(toks, c+1, comma) // roles_employers.go: "In 2014 the former ..."
	// "A spokeswoman for the Ministry of Health, Sharon Jones,": one of
	// the body's, told only with the body
	indef := c < comma-1 && (lowerIs(toks[c].Text, "a") || lowerIs(toks[c].Text, "an"))
	if c >= comma-1 || !lowerIs(toks[c].Text, "the") && !indef {
		return r, false
	}
	// the title: modifiers and a head, then "of" or the comma
	j := c + 1
	for j < comma && j < c+5 && s.owner[j] < 0 && (!gazetteer.Capitalised(toks[j].Text) || capitalTitle(toks, j, comma)) && (lowerIn(titleModifiers, toks[j].Text) || isTitleHead(toks[j].Text) || officeWord(toks, j, comma)) {
		j++
	}
	if j == c+1 || !isTitleHead(toks[j-1].Text) || j < comma && !frontedJoin(toks, j) && !(indef && lowerIs(toks[j].Text, "with")) {
		return r, false
	}
	words := make([]string, 0, j-c-1)
	for _, t := range toks[c+1 : j] {
		words = append(words, t.Text)
	}
	if !frontedKnown(words, j < comma) { // roles_employers.go
		return r, false
	}
	r.title = strings.Join(words, " ")
	if j < comma {
		k := j + 1
		if k < comma && lowerIs(toks[k].Text, "the") {
			k++
		}
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && pm.ent >= 0 && !pm.demonym && (pm.end >= len(toks) || toks[pm.end].Tag != "POS") {
			if t := x.ents[pm.ent].typ; (t == Organization || t == Country) && !frontedServes(toks, j) {
				r.affil = s.owner[k]
			}
		}
	}
	if indef && r.affil < 0 {
		return r, false
	}
	return r, true
}

// definiteTitle reports whether the title ending before token comma of
// sentence si is a definite description, lower case, after "the" or a
// possessive: "the Prime Minister's national security adviser, Andrew
// Shearer,"; "the company's chief executive, Tim Cook,"; "the territory's
// port director, Olive Maynard," (nounModifiedTitle). Words of tenure
// may open it ("its new chief executive, Jane Roe,", "the newly-appointed
// chairman, John Smith,"): the title after them is the one known.
func (x *extractor) definiteTitle(si, comma int, title string) bool {
	toks := x.sents[si].toks
	words := strings.Fields(title)
	n := len(words)
	b := comma - n - 1
	if n == 0 || b < 0 || gazetteer.Capitalised(toks[comma-n].Text) {
		return false
	}
	lead := leadingTenure(words)
	if core := strings.Join(words[lead:], " "); !knownTitle(lower(core)) && !nounModifiedTitle(toks[comma-n+lead:comma]) {
		return false
	}
	w := lower(toks[b].Text)
	return w == "the" || toks[b].Tag == "POS" || w == "its" || w == "his" || w == "her" || w == "their"
}

// colonBetween reports whether a colon stands in toks[i:j]: a label and
// what it defines ("Blanchard's Model: ... the leader has to adopt").
func colonBetween(toks []nlp.Token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].Text == ":" {
			return true
		}
	}
	return false
}

// leadingTenure counts the words of tenure opening a title's words ("new",
// "newly-elected", "incoming": tenureWords, data/tenureWords.txt), leaving
// one word at least.
func leadingTenure(words []string) int {
	k := 0
	for k < len(words)-1 && tenureWords[words[k]] {
		k++
	}
	return k
}
