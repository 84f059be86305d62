package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Extract reads one article's text (headline first line, then the body);
// published (zero when unknown) anchors relative dates such as "on
// Wednesday". When it is zero, a date written in the first lines of the text
// (a page scrape's date line) is used instead.
//
// The stages run in order, each in its own file (see stages): mentions,
// the one stage that decides names and their types (mentions.go), coreference into entities (entities.go), roles
// (roles.go), places (places.go), events (events.go) and verb relations
// (relations.go, related.go). Extract is Default's Extract, with the
// embedded models, and is safe for concurrent use.
func Extract(text string, published time.Time) *Document {
	return Rules{}.Extract(text, published)
}

// mention is one name (or demonym, or pronoun) found in a sentence.
type mention struct {
	sent       int
	start, end int // token indices in the sentence, [start, end)
	typ        EntityType
	text       string // surface text
	name       string // normalised name: honorifics, titles and "the" dropped
	demonym    bool   // a national adjective ("Russian"): names its country
	nominal    bool   // a description ("the Swiss city") standing for a name
	sure       bool   // typed by its context ("union Unison"): outweighs other readings
	bstart     int    // byte offsets when the mention is part of a token
	bend       int    // ("NATO" in "NATO-Russia"); 0 otherwise
	ent        int    // entity index, -1 until resolved
	alias      string // another name it goes by, an alias of its entity ("Southland" renamed "Southland Corp")
}

// sentence is a sentence with its tokens and its mentions in order.
type sentence struct {
	toks     []nlp.Token
	mentions []int // indices into extractor.mentions, in token order
	owner    []int // per token: mention index or -1
	dates    []dateExpr
	row      bool        // a table row (nonprose.go): no entities, events or facts
	work     []bool      // per token: inside a work's title (names_works.go); nil when none
	low      []string    // per token: its text in lower case, once asked (see lower)
	lists    []uint32    // per token: the tokenLists holding its lower case (token_lists.go)
	parties  []*partyHit // per token: partyOf its text, nil until asked (see partyAt)
	shout    int8        // shouting(toks), once asked: 0 not yet, 1 no, 2 yes (see shouts)
}

// shouts returns shouting(s.toks), read once for the many rules that ask.
func (s *sentence) shouts() bool {
	if s.shout == 0 {
		s.shout = 1
		if shouting(s.toks) {
			s.shout = 2
		}
	}
	return s.shout == 2
}

// lower returns the text of token i in lower case: the sentence's tokens
// are lowered once for all the stages that ask (by newExtractor, from the
// article lowered in one go). It is small enough for the compiler to inline
// at its many callers; lowerAll does the rare work.
func (s *sentence) lower(i int) string {
	if s.low == nil {
		s.lowerAll()
	}
	return s.low[i]
}

// lowerAll lowers every token of a sentence that newExtractor did not make.
func (s *sentence) lowerAll() {
	s.low = make([]string, len(s.toks))
	for k, t := range s.toks {
		s.low[k] = lower(t.Text)
	}
}

type extractor struct {
	rec      Recogniser     // the names model of the mentions stage
	rel      RelationFinder // the relations model of the related stage
	text     string
	pub      time.Time
	filedAt  string // the place of the article's dateline ("WASHINGTON"), "" when none
	doc      *Document
	sents    []sentence
	mentions []mention
	ents     []*entity
	facts    map[factKey]int // fact -> evidence sentence
	order    []factKey       // facts in the order found
	events   []*event
	named    map[int]naming   // mentions typed by another's name (mentions stage), for coreference
	people   *people          // the people named in full (mentions stage), for coreference
	lang     string           // the text's language when not English (names_foreign.go)
	pronouns []pronounRef     // pronouns resolved to an entity (pronoun_mentions.go), for evidence
	holders  titleHolders     // who the article gives each title (roles_described_holder.go)
	guesses  []describedGuess // described titles given to the person named before (roles_described_posts.go)
	// storyNation is 1 + the country the story is about, -1 when none,
	// 0 until asked (affiliation_parties.go)
	storyNation int
	// sports is 0 until sportsStory is asked, then 1 (no) or 2 (yes).
	sports int8
	// sideClubs are the names sportsSides read as clubs (clubs_sides.go),
	// nil when none.
	sideClubs map[string]bool
	// initials are the firms the article names by two initials ("S and
	// P"), nil until asked (names_initials.go).
	initials map[string]bool
	// partyOpenings are the sentence and first token of the party words
	// that open titles (names_party_titles.go), nil when none.
	partyOpenings map[[2]int]bool
	// american is 0 until americanStory is asked, then 1 (no) or 2 (yes)
	// (places_state_namesakes.go).
	american int8
}

// entity is an entity under construction.
type entity struct {
	typ      EntityType
	name     string
	aliases  []string
	mentions []int // mention indices
	key      string
	// affiliations found for a person (entity indices), for event merging.
	affil map[int]bool
	event *event // set for events
	index int    // position in Document.Entities once emitted
}

type factKey struct {
	s   int
	p   vocab.FactPredicate
	o   int
	lit string
}

func newExtractor(text string, ss []nlp.Sentence, pub time.Time) *extractor {
	x := &extractor{rec: nerModel, rel: relateModel, text: text, pub: pub, doc: &Document{}, facts: map[factKey]int{}}
	x.doc.Sentences = make([]Sentence, 0, len(ss))
	x.sents = make([]sentence, 0, len(ss))
	// The sentences' per-token slices, cut from one array each.
	n := 0
	for _, s := range ss {
		n += len(s.Tokens)
	}
	owners, lows, lists, parties := make([]int, n), make([]string, n), make([]uint32, n), make([]*partyHit, n)
	low, aligned := textcase.LowerAligned(text)
	for _, s := range ss {
		x.doc.Sentences = append(x.doc.Sentences, Sentence{Text: text[s.Start:s.End], Start: s.Start, End: s.End})
		k := len(s.Tokens)
		owner, lw, ls, ps := owners[:k:k], lows[:k:k], lists[:k:k], parties[:k:k]
		owners, lows, lists, parties = owners[k:], lows[k:], lists[k:], parties[k:]
		for i, t := range s.Tokens {
			owner[i] = -1
			if aligned && tokenAt(text, t) {
				lw[i] = low[t.Start:t.End]
			} else {
				lw[i] = lower(t.Text)
			}
			ls[i] = tokenListTable.Get(lw[i])
		}
		x.sents = append(x.sents, sentence{toks: s.Tokens, owner: owner, low: lw, lists: ls, parties: ps})
	}
	// The date line reads the tags as the tagger gave them, the words
	// through the sentences' lower case.
	if pub.IsZero() {
		x.pub = anchorDate(x.sents)
	}
	for _, s := range ss {
		retagAfterClock(s.Tokens) // names_clock_lines.go
	}
	return x
}

// tokenAt reports whether t is text[t.Start:t.End] with both ends at rune
// starts, where the article lowered by textcase.LowerAligned holds the
// token lowered.
func tokenAt(text string, t nlp.Token) bool {
	return 0 <= t.Start && t.Start <= t.End && t.End <= len(text) && text[t.Start:t.End] == t.Text &&
		(t.Start == len(text) || utf8.RuneStart(text[t.Start])) && (t.End == len(text) || utf8.RuneStart(text[t.End]))
}

// stage is one step of the rules extractor: it reads what the stages
// before it found in the extractor's state and adds to it.
type stage struct {
	name string
	run  func(x *extractor)
}

// stages are the steps of the rules extractor, in order; emit then turns
// their state into the Document.
var stages = []stage{
	{"mentions", (*extractor).findMentions}, // mentions.go: names and their types, dates
	{"coreference", (*extractor).resolve},   // entities.go, firms.go
	{"roles", (*extractor).roles},           // roles.go
	{"places", (*extractor).places},         // places.go
	{"events", (*extractor).findEvents},     // events.go and event_*.go
	{"relations", (*extractor).relations},   // relations.go: verb relations
	{"related", (*extractor).related},       // related.go: the relation model's pairs
}

func (x *extractor) run() {
	for _, s := range stages {
		s.run(x)
	}
	x.emit()
}

// span returns the article text of tokens [i, j) of sentence si.
func (x *extractor) span(si, i, j int) string {
	t := x.sents[si].toks
	if i < 0 || j > len(t) || i >= j {
		return ""
	}
	return x.text[t[i].Start:t[j-1].End]
}

// addMention records a mention of tokens [i, j) of sentence si unless one
// overlaps it already; it returns the mention index or -1.
func (x *extractor) addMention(si, i, j int, typ EntityType, demonym bool) int {
	s := &x.sents[si]
	i = x.clippedAndStart(si, i) // names_brand_n.go: "Pay 'N Pak"
	for k := i; k < j; k++ {
		if s.owner[k] >= 0 {
			return -1
		}
	}
	if demonym && j == i+1 && possessiveNationAdjective(s, i) { // names_demonym_possessive.go
		return -1
	}
	if demonym {
		if c, ok := x.ambiguousDemonym(x.span(si, i, j)); ok && c == "" { // demonyms_ambiguous.go: "Congolese"
			return -1
		}
	}
	m := mention{sent: si, start: i, end: j, typ: typ, text: x.span(si, i, j), demonym: demonym, ent: -1}
	m.name = cleanName(m.text, typ)
	if m.name == "" {
		return -1
	}
	idx := len(x.mentions)
	x.mentions = append(x.mentions, m)
	for k := i; k < j; k++ {
		s.owner[k] = idx
	}
	// keep s.mentions in token order
	pos := len(s.mentions)
	for pos > 0 && x.mentions[s.mentions[pos-1]].start > i {
		pos--
	}
	s.mentions = append(s.mentions, 0)
	copy(s.mentions[pos+1:], s.mentions[pos:])
	s.mentions[pos] = idx
	return idx
}

// mentionAt returns the mention covering token i of sentence si, or nil.
func (x *extractor) mentionAt(si, i int) *mention {
	if si < 0 || si >= len(x.sents) || i < 0 || i >= len(x.sents[si].toks) {
		return nil
	}
	if k := x.sents[si].owner[i]; k >= 0 {
		return &x.mentions[k]
	}
	return nil
}

// entOf returns the entity of a mention.
func (x *extractor) entOf(m *mention) *entity {
	if m == nil || m.ent < 0 {
		return nil
	}
	return x.ents[m.ent]
}

// addFact records a fact between entities (or to a literal when o < 0).
func (x *extractor) addFact(s int, p vocab.FactPredicate, o int, lit string, sent int) {
	if s < 0 || (o < 0 && lit == "") || s == o {
		return
	}
	// no place is a party to met (met_places.go)
	if x.placeMet(s, p, o) {
		return
	}
	// an organisation or place is affiliated with no place ("Grumman
	// Aerostructures of Bethpage, N.Y."): that is where it is; and a legal
	// form alone ("Ltd") is no body, nor a medium or a body's head noun
	// alone ("TV", "the Institute": affiliation_fragments.go), nor
	// Britain's Labour Party in a story about Brazil (affiliation_parties.go)
	if p == vocab.PAffiliation && o >= 0 && (x.ents[s].typ != Person && isPlace(x.ents[o].typ) || lowerIn(legalForms, strings.TrimSuffix(x.ents[o].name, ".")) || loneHead(x.ents[o].name) || x.foreignLabour(o, sent)) {
		return
	}
	if p == vocab.PJobTitle {
		lit = describedTitle(withoutTenure(withoutNewness(lit))) // titles_newness.go, titles_tenure.go, titles_described_words.go
		if lit == "" {
			return // a rank of address alone: "Prince"
		}
	}
	k := factKey{s, p, o, lit}
	if old, ok := x.facts[k]; ok {
		// two events of one pair: the earlier sentence tells the meeting
		// ("A met B late last night" before "Both A and B were
		// disappointed by the talks")
		if p == vocab.PMet && sent < old {
			x.facts[k] = sent
		}
		return
	}
	x.facts[k] = sent
	x.order = append(x.order, k)
}

// hasFact reports whether a fact s-p-o (any sentence) is known.
func (x *extractor) hasFact(s int, p vocab.FactPredicate, o int) bool {
	_, ok := x.facts[factKey{s, p, o, ""}]
	return ok
}

// cleanName drops leading articles, honorifics and a possessive ending.
func cleanName(s string, typ EntityType) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\u00ad", "")) // soft hyphens: "Vladi\u00admir"
	if strings.Contains(s, "_") {
		return "" // an identifier of code or a template (YAGNA_APPKEY), no name
	}
	if i := strings.IndexByte(s, '/'); i > 0 && !slashInFirm(s) {
		s = s[:i] // "James Martin/CNET": a photo credit (not "Cullen/Frost Bankers Inc": names_slash_firms.go)
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			s = strings.TrimSpace(strings.TrimSuffix(s, suf))
			break
		}
	}
	for {
		first, _, n := edgeFields(s)
		if n < 2 {
			break
		}
		w := lower(strings.TrimSuffix(first, "."))
		if w == "the" || typ == Person && isHonorific(w) {
			s = strings.TrimSpace(s[len(first):])
			continue
		}
		break
	}
	s = strings.Trim(s, " ,;:\"“”‘’()")
	if typ == Person && (generational(s) || lowerIn(numberWords, s)) {
		return "" // "Jr." of "Martin Luther King Jr." cut off its name; "Sixty pct"
	}
	if typ == Person && len(strings.TrimSuffix(s, ".")) == 1 {
		return "" // "reporter R." before the sentence split at the initial: one letter names no one
	}
	return s
}

// generational reports whether a word is a generational suffix: "Jr.",
// and the British "Jnr" ("Martin Luther King Jnr").
func generational(w string) bool {
	switch w {
	case "Jr", "Jr.", "Sr", "Sr.", "jr", "jr.", "sr", "sr.", "Jnr", "Jnr.", "Snr", "Snr.":
		return true
	}
	return false
}
