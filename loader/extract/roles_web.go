package extract

// Titles and affiliations as modern web copy writes them (issue 15): a
// lower-case trade before a name ("Registered gas fitter Hartley"), a field
// after a capitalised title ("Professor of health psychology Jane Ogden"), a
// rank between a title and a name ("police press liaison officer
// Superintendent Audley Peters"), a body after "from" ("David Reay from
// Edinburgh University likens"), a list of portfolios before the employer
// ("senior vice president of fleet, finances and alliances at Alaska") and a
// place before a body's name ("a spokeswoman for California ISO").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// titleBeforeWeb reads the title before a name starting at token start: a
// rank between a lower-case title and the name first, then titleBefore, then
// the shapes titleBefore does not read.
func (x *extractor) titleBeforeWeb(si, start int) (role, bool) {
	if r, ok := x.rankAfterTitle(si, start); ok {
		return r, true
	}
	if r, ok := x.titleBefore(si, start); ok {
		return r, true
	}
	if r, ok := x.tradeBefore(si, start); ok {
		return r, true
	}
	if r, ok := x.kindBefore(si, start); ok {
		return r, true
	}
	return x.fieldTitleBefore(si, start)
}

// kindsNoTrade are kinds of people that say no trade after "like": "players
// like Jonny Wilkinson", "members like".
var kindsNoTrade = map[string]bool{"player": true, "member": true, "leader": true, "official": true}

// kindBefore reads a plural trade before "like" or "such as" and a name:
// "Researchers like Akshay Deoras from the University of Reading",
// "economists such as John Smith". The title is the trade in the singular,
// for the names listed after it.
func (x *extractor) kindBefore(si, start int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1, occ: true}
	k := start - 1
	switch {
	case k >= 1 && s.lower(k) == "like":
		k--
	case k >= 2 && s.lower(k) == "as" && s.lower(k-1) == "such":
		k -= 2
	default:
		return r, false
	}
	t := toks[k]
	if s.owner[k] >= 0 || t.Tag != "NNS" || gazetteer.Capitalised(t.Text) && k > 0 {
		return r, false
	}
	// "like" compares as often as it lists ("a market for politicians like
	// Trump"): only a subject opening a clause lists with it
	if s.lower(start-1) == "like" && k > 0 && toks[k-1].Text != "," {
		return r, false
	}
	w := t.Text
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return r, false
	}
	sing := nlp.Token{Text: w[:len(w)-1], Tag: "NN"}
	if ls := lower(sing.Text); notTrades[ls] || descriptionHeads[ls] || kindsNoTrade[ls] || !(occupation(sing) || isTitleHead(sing.Text)) {
		return r, false
	}
	r.title = sing.Text
	// plural only when more names follow ("such as A and B"): one name
	// after a plural title is refused (titleRefused)
	if m := x.mentionAt(si, start); m != nil {
		r.plural = listGoesOn(x, si, m.end)
	}
	return r, true
}

// rankAfterTitle reads "police press liaison officer Superintendent Audley
// Peters": a capitalised title head (the rank) right before the name after a
// lower-case title head. The post is the lower-case title; the rank is
// added to the person as a second title.
func (x *extractor) rankAfterTitle(si, start int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	k := start - 1
	if k < 1 || s.owner[k] >= 0 || s.owner[k-1] >= 0 {
		return r, false
	}
	rank, post := toks[k], toks[k-1]
	if !gazetteer.Capitalised(rank.Text) || !isTitleHead(rank.Text) || gazetteer.Capitalised(post.Text) || !isTitleHead(post.Text) || post.Tag != "NN" {
		return r, false
	}
	// "deputy PM John Prescott": a rank word qualifies the title after it,
	// and is no post of its own (roles_rank.go)
	if lowerRank(lower(post.Text)) {
		return r, false
	}
	r, ok := x.titleBefore(si, k)
	if !ok || r.plural {
		return role{affil: -1}, false
	}
	// the rank is a title of its own, not an honorific nor an abbreviation
	// ("Dr", "Rep.") nor
	// part of a name ("actress Queen Latifah")
	if m := x.mentionAt(si, start); m != nil && m.ent >= 0 && !isHonorific(strings.TrimSuffix(s.lower(k), ".")) && !strings.HasSuffix(rank.Text, ".") && !royalWords[s.lower(k)] {
		x.addRole(m.ent, role{title: rank.Text, affil: -1}, si)
	}
	return r, true
}

// notTrades are agent nouns of deeds, ages, standings and things, not of
// trades: "convicted killer John Smith", "teenager Rafael Nadal", "majority
// shareholder Hugh Hefner", "cruise liner Crystal Harmony" name no job.
var notTrades = wordSet("notTrades")

// timeNouns are spans of time, no trade's modifiers: "last week investor".
var timeNouns = map[string]bool{"week": true, "month": true, "year": true, "century": true, "decade": true, "day": true, "time": true, "season": true}

// royalWords are ranks that are part of names: "Queen Latifah".
var royalWords = map[string]bool{"queen": true, "king": true, "prince": true, "princess": true, "lady": true, "lord": true, "sir": true, "dame": true, "sheikh": true, "emir": true, "sultan": true}

// tradeBefore reads a trade written in lower case right before a name, the
// nouns before it included: "Registered gas fitter Hartley" ("gas fitter"),
// "the truck mechanic John Smith", "“CBS This Morning” co-host Gayle King".
// The trade is an agent noun known by its shape (see occupation) or a
// host's (interviewerNouns); deeds ("convicted killer") are none.
func (x *extractor) tradeBefore(si, start int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1, occ: true}
	k := start - 1
	if k < 0 || s.owner[k] >= 0 || gazetteer.Capitalised(toks[k].Text) || !(occupation(toks[k]) || misreadAgentNoun(toks[k]) || (toks[k].Tag == "NN" || toks[k].Tag == "JJ") && interviewerNouns[s.lower(k)]) || notTrades[s.lower(k)] {
		return r, false
	}
	i := k
	for i > 0 && i > k-2 && s.owner[i-1] < 0 && toks[i-1].Tag == "NN" && !gazetteer.Capitalised(toks[i-1].Text) && !timeWords[s.lower(i-1)] && !timeNouns[s.lower(i-1)] && occupationModifiers(toks[i-1:i]) {
		i--
	}
	if i == 1 && openingCompound(s.toks[0]) {
		i = 0 // "Talk show host Jerry Springer" (titles_trimmed.go)
	}
	if i > 1 && i < k && compoundAdjective(s, i-1) && tradeOpens(s, i-2) {
		i-- // "alongside natural hair blogger Pamela Shaddock", "real estate developer"
	}
	if i > 0 && !tradeOpens(s, i-1) {
		return r, false
	}
	i = rankModifiersBefore(s, i) // titles_trimmed.go: "senior engineer"
	r.title = x.span(si, i, k+1)
	if h, ok := misspeltHead(s.lower(k)); ok {
		r.title = strings.TrimSpace(x.span(si, i, k) + " " + h) // "prime minsiter": the head misspelt
		r.occ = false
	}
	return r, true
}

// compoundAdjective reports whether token i of sentence si is a lower-case
// adjective of no name opening a compound noun before a trade ("natural
// hair blogger", "real estate developer"): a relational adjective, known by
// its ending (-al, -ic, -ary: of a kind, not of merit as "good" or "past"),
// that the describing words and title modifiers do not hold.
func compoundAdjective(s *sentence, i int) bool {
	t := s.toks[i]
	w := s.lower(i)
	if t.Tag != "JJ" || s.owner[i] >= 0 || !isLowerWord(t.Text) || describingWords[w] || titleModifiers[w] || notTrades[w] {
		return false
	}
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ary")
}

// tradeOpens reports whether token i may stand before a trade written
// before a name: a determiner, preposition, conjunction, verb, punctuation,
// a capitalised word ("Registered gas fitter", "Tottenham striker"), a
// closing quote ("“CBS This Morning” co-host") or a title modifier
// ("former"). An adjective or a possessive makes the trade
// part of another phrase ("real estate developer", "his fitter").
func tradeOpens(s *sentence, i int) bool {
	t := s.toks[i]
	if gazetteer.Capitalised(t.Text) || titleModifiers[s.lower(i)] {
		return t.Tag != "POS"
	}
	switch t.Tag {
	case "DT", "IN", "CC", "TO", ",", ":", "``", "''", "VBD", "VBZ", "VBP", "VBN", "VBG":
		return true
	case "RB":
		return adverbPrepositions[s.lower(i)] // "alongside blogger Pamela Shaddock"
	}
	return false
}

// adverbPrepositions are prepositions the tagger reads as adverbs:
// "alongside blogger Pamela Shaddock", "beside actor John Smith".
var adverbPrepositions = map[string]bool{"alongside": true, "beside": true, "besides": true, "near": true, "inside": true, "outside": true}

// fieldTitleBefore reads a capitalised title head with its field in lower
// case before a name: "Professor of health psychology Jane Ogden",
// "Director of communications Mary Smith".
func (x *extractor) fieldTitleBefore(si, start int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	k := start - 1
	i := k
	for i >= 0 && i > k-3 && s.owner[i] < 0 && !gazetteer.Capitalised(toks[i].Text) && (toks[i].Tag == "NN" || toks[i].Tag == "NNS" || toks[i].Tag == "JJ") {
		i--
	}
	if i == k || i < 1 || s.lower(i) != "of" || s.owner[i-1] >= 0 || !gazetteer.Capitalised(toks[i-1].Text) || !isTitleHead(toks[i-1].Text) {
		return r, false
	}
	h := i - 1
	if h > 0 && (gazetteer.Capitalised(toks[h-1].Text) && s.owner[h-1] < 0 && titleModifiers[s.lower(h-1)]) {
		h-- // "Associate Professor of law"
	}
	r.title = x.span(si, h, k+1)
	return r, true
}

// appositionWeb reads the title after a name ending at token end
// (apposition), then the employer after a list of portfolios that
// apposition stops at: "Nathaniel Pieper, senior vice president of fleet,
// finances and alliances at Alaska,".
func (x *extractor) appositionWeb(si, end int) (role, bool) {
	r, ok := x.apposition(si, end)
	if !ok {
		return x.memberApposition(si, end) // roles_party.go: ", a Virginia Democrat"
	}
	if r.affil >= 0 {
		return r, ok
	}
	if r2, ok2 := x.portfolioList(si, end); ok2 {
		return r2, true
	}
	return r, ok
}

// portfolioList reads ", TITLE of NOUN, NOUN and NOUN at|of|for [the] BODY"
// after a name ending at token end: the title with its list, and the body.
func (x *extractor) portfolioList(si, end int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	j, ok := appositionStart(toks, end)
	if !ok {
		return r, false
	}
	if w := s.lower(j); w == "the" || w == "a" || w == "an" {
		j++
	}
	start := j
	sawOf, sawList := false, false
	for ; j < len(toks) && j < start+16; j++ {
		t := toks[j]
		w := s.lower(j)
		if s.owner[j] >= 0 {
			return r, false
		}
		switch {
		case w == "of" && !sawOf:
			sawOf = true
		case sawOf && (t.Text == "," || w == "and" || w == "&"):
			sawList = true
		case (w == "at" || w == "for" || w == "of") && sawOf && sawList:
			k := j + 1
			if k < len(toks) && s.lower(k) == "the" {
				k++
			}
			om := x.mentionAt(si, k)
			if om == nil || om.start != k || !portfolioBody(om.typ, w) || (om.end < len(toks) && !closes(toks[om.end])) {
				return r, false
			}
			r.affil = s.owner[k]
			r.title = x.span(si, start, j)
			return r, isTitleHead(lastTitleWord(toks[start:])) || x.titleHeadIn(si, start, j)
		case gazetteer.Capitalised(t.Text) && j > start && sawOf:
			return r, false
		case t.Tag == "NN" || t.Tag == "NNS" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NNP":
		default:
			return r, false
		}
	}
	return r, false
}

// portfolioBody reports whether a name of type typ after the word w ("at",
// "for" or "of") closing a list of portfolios is the holder's employer: an
// organisation, or after "at" a place other than a country, as after a
// single portfolio ("director of operations at Heathrow Airport"; the
// recogniser types an airline or a firm named like a place as a place:
// "senior vice president of fleet, finances and alliances at Alaska").
func portfolioBody(typ EntityType, w string) bool {
	return typ == Organization || w == "at" && (typ == Place || typ == City)
}

// titleHeadIn reports whether a title head stands in tokens [i, j) before
// the first "of".
func (x *extractor) titleHeadIn(si, i, j int) bool {
	s := &x.sents[si]
	for k := i; k < j && s.lower(k) != "of"; k++ {
		if isTitleHead(s.toks[k].Text) {
			return true
		}
	}
	return false
}

// fromBody returns the body a person is "from" or "at" right after the
// name (a mention index), or -1: "David Reay from Edinburgh University
// likens", "Researchers like Akshay Deoras from the University of Reading
// attribute", "said Scott Merlis at Morgan Stanley". The person must not be a verb's object ("signed Smith from
// Chelsea" tells where he came from) and the body must be followed by the
// sentence's verb or punctuation.
func (x *extractor) fromBody(si int, m *mention) int {
	s := &x.sents[si]
	toks := s.toks
	k := m.end
	comma, degree := false, false
	if k+2 < len(toks) && toks[k].Text == "," {
		k++ // "Peter Jones, from the University of Surrey, said" (roles_from_body.go)
		comma = true
		k, degree = pastDegrees(toks, k) // roles_degree_bodies.go: "Michael Reed, Ph.D., of Columbia University"
	}
	if k+1 >= len(toks) || s.lower(k) != "from" && s.lower(k) != "at" && !(degree && s.lower(k) == "of") {
		return -1
	}
	// "said chief inspector Jane Roe from the police"; after a degree the
	// name is described, whatever comes before it ("led by Michael
	// Reed, Ph.D., of Columbia University")
	st := x.titleLeft(si, m.start, Person)
	if st > 0 && !degree {
		switch p := toks[st-1]; {
		case p.Text == "," || p.Text == "“" || p.Text == "\"" || p.Tag == "``":
		case s.lower(st-1) == "like" || s.lower(st-1) == "and" || s.lower(st-1) == "including" || speechVerbs[s.lower(st-1)]:
		default:
			return -1
		}
	}
	k++
	if s.lower(k) == "the" {
		k++
	}
	om := x.mentionAt(si, k)
	if om == nil || om.start != k || om.typ != Organization || om.ent < 0 || x.ents[om.ent].typ != Organization {
		return -1
	}
	e := om.end
	if u := x.possessedUnit(si, om); u >= 0 { // roles_possessed_units.go: "of Columbia University's Zuckerman Institute"
		e = x.mentions[u].end
	}
	if comma && e < len(toks) && toks[e].Text != "," && toks[e].Text != "." {
		return -1
	}
	if e < len(toks) && !(closes(toks[e]) || verbAfter(toks[e]) || misreadVerb(toks, e)) {
		return -1
	}
	return s.owner[k]
}

// verbAfter reports whether a token is a finite verb or a modal ("likens",
// "attribute", "said", "will").
func verbAfter(t nlp.Token) bool {
	return t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP" || t.Tag == "MD"
}

// misreadVerb reports whether the lower-case noun at token i is a verb
// the tagger read as a noun, by the determiner after it: "attribute this
// rise", "blames the heat".
func misreadVerb(toks []nlp.Token, i int) bool {
	return i+1 < len(toks) && (toks[i].Tag == "NN" || toks[i].Tag == "NNS") && !gazetteer.Capitalised(toks[i].Text) &&
		(toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$")
}

// bodyAfterPlace returns the body named right after a place that stands
// where a title's affiliation is read (mention index k): "a spokeswoman for
// California ISO" names the body, not the state; so does "of Palo Alto,
// Calif.-based Adobe". It returns k when there is none.
func (x *extractor) bodyAfterPlace(si, k int) int {
	s := &x.sents[si]
	pm := &x.mentions[k]
	if !isPlace(pm.typ) || pm.demonym || pm.end >= len(s.toks) {
		return k
	}
	if om := x.mentionAt(si, pm.end); om != nil && om.start == pm.end && om.typ == Organization {
		return s.owner[pm.end]
	}
	// "president of Palo Alto, Calif.-based Adobe": the town and its
	// state are the seat of the body after them
	if e := pm.end; e+2 < len(s.toks) && strings.HasSuffix(s.lower(e+1), "-based") && stateAbbrAfter(s, e) {
		if om := x.mentionAt(si, e+2); om != nil && om.start == e+2 && om.typ == Organization {
			return s.owner[e+2]
		}
	}
	return k
}

// servedCloses reports whether the phrase closes after a person a title
// serves ("a political advisor to Bloomberg in New York but is not"): right
// after the name, or after "in" and a place, at punctuation, "and", "who"
// or "but".
func (x *extractor) servedCloses(si int, pm *mention) bool {
	s := &x.sents[si]
	e := pm.end
	if e+1 < len(s.toks) && s.lower(e) == "in" {
		if m := x.mentionAt(si, e+1); m != nil && m.start == e+1 && isPlace(m.typ) {
			e = m.end
		}
	}
	return e >= len(s.toks) || closes(s.toks[e]) || s.lower(e) == "but"
}

// electTitle returns the title a post-to-be is written on ("president" of
// "president-elect", "vice-president" of "vice-president-elect", "minister"
// of "minister-designate") and whether the word is one.
func electTitle(lw string) (string, bool) {
	for _, suf := range [...]string{"-elect", "-designate"} {
		if h, ok := strings.CutSuffix(lw, suf); ok && h != "" {
			return h, true
		}
	}
	return "", false
}

// knownTitle reports whether the gazetteer knows a title, or the title a
// post-to-be is written on ("vice-president-elect").
func knownTitle(t string) bool {
	if h, ok := electTitle(t); ok {
		t = h
	}
	return gazetteer.IsTitle(t)
}
