package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// The names of German, Spanish and French text. The English model and rules
// read every capitalised word there as a person ("Asamblea Legislativa",
// German's nouns), so these languages get a recogniser of their own:
// capitalised runs with their particles ("Asociación de Periodistas de El
// Salvador", "Juan Martínez d'Aubuisson"), typed by the words that open or
// end them (foreignOrgHeads, foreignPlaceHeads, legal forms, foreignNameTails),
// the gazetteer and the words before them (foreignHonorifics,
// foreignRoleNouns). German capitalises its nouns, so a German run is a name
// only on evidence: a word English news always capitalises, a known place, an
// acronym, a legal form, a form of address before it.

// foreignReadable are the languages (ISO 639-1) whose names are read.
var foreignReadable = map[string]bool{"de": true, "es": true, "fr": true}

// foreignPlacePreps are the prepositions before a place ("en Nueva York", "à
// Varreux", "in Treptow").
var foreignPlacePreps = map[string]bool{"en": true, "à": true, "in": true, "nach": true, "desde": true}

var (
	foreignFunctionWords = wordSet("foreignFunctionWords")
	foreignOrgHeads      = wordSet("foreignOrgHeads")
	foreignPlaceHeads    = wordSet("foreignPlaceHeads")
	foreignHonorifics    = wordSet("foreignHonorifics")
	foreignRoleNouns     = wordSet("foreignRoleNouns")
	foreignNameTails     = wordMapOf[EntityType]("foreignNameTails")
	foreignCountries     = wordMap("foreignCountries")
	foreignRegions       = wordMap("foreignRegions")
	foreignParticles     = lexicon.Set("nameParticles")
)

// foreignStages are the stages run on German, Spanish and French text: its
// names, then coreference. Roles, events and relations read English.
var foreignStages = []stage{
	{"mentions", (*extractor).foreignMentions},
	{"coreference", (*extractor).resolve},
	{"roles", (*extractor).foreignRoles},   // roles_foreign.go
	{"events", (*extractor).foreignEvents}, // events_foreign.go
	{"meetings", (*extractor).foreignMeetings},
}

// runForeign runs foreignStages and emits the Document.
func (x *extractor) runForeign() {
	for _, s := range foreignStages {
		s.run(x)
	}
	x.emit()
}

// foreignMentions finds the names of every sentence, then types as a person
// a one-word name that is the last word of a person named in full.
func (x *extractor) foreignMentions() {
	ev := x.foreignEvidence()
	for si := range x.sents {
		x.foreignSentence(si, ev)
	}
	surnames := map[string]bool{}
	for _, m := range x.mentions {
		if f := strings.Fields(m.name); m.typ == Person && len(f) >= 2 {
			surnames[f[len(f)-1]] = true
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; !strings.Contains(m.name, " ") && surnames[m.name] {
			m.typ = Person
		}
	}
	x.dropSpanishNouns() // names_spanish.go
}

// foreignWords is what the whole article says of its words: those written in
// lower case somewhere, those capitalised inside a sentence, and those after
// a German article (nouns: "der See", "eine Art"; names_german.go).
type foreignWords struct {
	lower, midCap, nouns map[string]bool
	german               bool
	articled             map[string]bool // names_foreign_articles.go
}

// foreignEvidence reads the article's words once.
func (x *extractor) foreignEvidence() *foreignWords {
	ev := &foreignWords{lower: map[string]bool{}, midCap: map[string]bool{}, nouns: map[string]bool{}, german: x.lang == "de"}
	for si := range x.sents {
		s := &x.sents[si]
		for i, t := range s.toks {
			r, _ := utf8.DecodeRuneInString(t.Text)
			switch {
			case unicode.IsLower(r):
				ev.lower[t.Text] = true
			case unicode.IsUpper(r) && !sentenceOpen(s.toks, i):
				ev.midCap[s.lower(i)] = true
				ev.noteArticled(s, i)
			}
			if i > 0 && germanDeterminers[s.lower(i-1)] {
				ev.nouns[s.lower(i)] = true
			}
		}
	}
	return ev
}

// sentenceOpen reports whether token i opens a sentence, a quotation or a
// list item, where a capital says nothing.
func sentenceOpen(toks []nlp.Token, i int) bool {
	if i == 0 {
		return true
	}
	if i >= 2 && toks[i-1].Text == "." && lowerIn(foreignHonorifics, toks[i-2].Text) {
		return false // "Sra. Almánzar"
	}
	switch toks[i-1].Text {
	case ":", "“", "\"", "«", "„", "¿", "¡", "(", ")", "-", "–", "—", "•", ".", "!", "?", "»", "‚":
		return true
	}
	// a token ending a sentence or a quotation: ".»", "?“"
	r, _ := utf8.DecodeLastRuneInString(toks[i-1].Text)
	return strings.ContainsRune(".!?:»“”\"", r) && !foreignHonorifics[strings.TrimSuffix(lower(toks[i-1].Text), ".")]
}

// capWord reports whether a token is written like a name's word: a capital
// first ("Bukele", "EE.UU.", "Beelitz-Heilstätten") or a particle glued to
// one ("d'Aubuisson").
func capWord(w string) bool {
	if len(w) > 2 && (w[0] == 'd' || w[0] == 'D' || w[0] == 'l' || w[0] == 'L') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		_, n := utf8.DecodeRuneInString(w[1:])
		return gazetteer.Capitalised(w[1+n:])
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym reports whether w is written in capitals, two letters or more
// ("APES", "ÖVP", "EE.UU.").
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// foreignSentence adds the names of sentence si.
func (x *extractor) foreignSentence(si int, ev *foreignWords) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); {
		if !capWord(toks[i].Text) || s.owner[i] >= 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if capWord(toks[j].Text) {
				j++
				continue
			}
			// particles between two capitalised words: "de la" inside the
			// name of a body or a place ("Banque de la République"), "von",
			// "van" inside a person's
			k := j
			for k < len(toks) && k < j+2 && foreignParticles[s.lower(k)] && !ev.german && x.headed(si, i) {
				k++
			}
			if k == j && k < len(toks) && personParticle(s.lower(k)) {
				k++
			}
			if k > j && k < len(toks) && capWord(toks[k].Text) {
				j = k + 1
				continue
			}
			break
		}
		if ev.german {
			x.germanRun(si, i, j, ev)
		} else {
			x.foreignRun(si, i, j, ev)
		}
		i = j
	}
}

// headed reports whether the capitalised run at token i of sentence si opens
// with the head of a body's or a place's name, after an article.
func (x *extractor) headed(si, i int) bool {
	s := &x.sents[si]
	if isArticle(s.lower(i)) && i+1 < len(s.toks) {
		i++
	}
	return foreignOrgHeads[s.lower(i)] || foreignPlaceHeads[s.lower(i)]
}

// headedName reports whether a name's first word, in lower case, is the head
// of a body's or a place's name.
func headedName(first string) bool { return foreignOrgHeads[first] || foreignPlaceHeads[first] }

// personParticle reports whether w joins the halves of a person's name
// whatever its head ("Ludwig van Beethoven", "Ursula von der Leyen").
func personParticle(w string) bool {
	switch w {
	case "van", "von", "zu", "di", "da":
		return true
	}
	return false
}

// foreignRun splits the capitalised run [i, j) of a Spanish or French
// sentence where a known body or place is followed by a person named in full
// ("usuario de Twitter Kevin Sánchez"), and adds its names.
func (x *extractor) foreignRun(si, i, j int, ev *foreignWords) {
	toks := x.sents[si].toks
	for k := i + 1; k+2 <= j; k++ {
		if x.foreignKnown(x.span(si, i, k)) && givenName(toks[k].Text) && !x.foreignKnown(toks[k].Text) && !x.foreignKnown(x.span(si, i, j)) {
			x.foreignName(si, i, k, ev)
			x.foreignName(si, k, j, ev)
			return
		}
	}
	x.foreignName(si, i, j, ev)
}

// givenName reports whether w reads as a given name: English news always
// capitalises it ("Kevin", "Charlotte") and it is no place or people.
func givenName(w string) bool {
	if _, ok := gazetteer.Demonym(w); ok {
		return false
	}
	return ner.SeenName(w)
}

// roleNoun reports whether w is a title or trade written before a name
// (foreignRoleNouns), or a German compound ending in one
// ("WBO-Weltmeister", "GROOVE-Autorin", "Landrat" is not: "Gemeinderat" is a
// council).
func roleNoun(w string) bool {
	if foreignRoleNouns[w] {
		return true
	}
	for _, suf := range germanRoleEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	return false
}

// germanRoleEnds end German compounds that name a title or a trade.
var germanRoleEnds = []string{"meister", "meisterin", "präsident", "präsidentin", "minister", "ministerin", "sprecher",
	"sprecherin", "leiter", "leiterin", "chef", "chefin", "autor", "autorin", "trainer", "trainerin", "direktor",
	"direktorin", "vorsitzende", "vorsitzender", "aktivist", "aktivistin", "gründer", "gründerin", "inhaber",
	"inhaberin", "journalist", "journalistin", "kollege", "kollegin", "landrat", "landrätin"}

// germanRun splits the capitalised run [i, j) of a German sentence into the
// names it holds: German capitalises its nouns ("GROOVE-Autorin Charlotte
// Elsen"), so a name is a word with evidence (germanNameWord), a given name
// with the surname after it, or a head with the name after it ("Palais
// Epstein", "Verein Anti-Rost"); a legal form takes the words before it
// ("Home One GmbH").
func (x *extractor) germanRun(si, i, j int, ev *foreignWords) {
	s := &x.sents[si]
	toks := s.toks
	for l := i + 1; l < j && l <= i+3; l++ {
		if legalFormWord(s.lower(l)) || germanOrgTails[s.lower(l)] {
			x.foreignName(si, i, l+1, ev)
			x.germanRun(si, l+1, j, ev)
			return
		}
	}
	for k := i; k < j; {
		w := s.lower(k)
		if e := x.germanPerson(si, k, j, ev); e > 0 { // names_german.go
			x.addMention(si, k, e, Person, false)
			k = e
			continue
		}
		e := k + 1
		switch {
		case foreignHonorifics[strings.TrimSuffix(w, ".")] || roleNoun(w) || germanNationality(toks[k].Text) && k+2 <= j:
			x.acronymPrefix(si, k)
			// the name after a title: "WBO-Weltmeister Demetrius Andrade"
			e = k + 1
			for e < j && e < k+4 && !foreignFunctionWords[s.lower(e)] && !roleNoun(s.lower(e)) && !(e >= k+3 && germanGiven(toks[e].Text, ev)) {
				e++
			}
			if e > k+1 {
				x.foreignName(si, k+1, e, ev)
			}
			k = e
			continue
		case (foreignOrgHeads[w] || foreignPlaceHeads[w] || germanOrgHeads[w]) && k+1 < j:
			e = k + 2
			for germanOrgHeads[w] && e < j && e < k+4 && x.germanSurname(si, e, ev) { // "Verlag Mohr Siebeck"
				e++
			}
		case x.germanNameWord(si, k):
			given := ner.SeenName(toks[k].Text) && !x.foreignKnown(toks[k].Text)
			abbr := acronym(toks[k].Text) && !x.foreignKnown(toks[k].Text) // "FH Joanneum", not "US Thread"
			for e < j && (x.germanNameWord(si, e) || e == k+1 && (given || abbr && !germanNoun(toks[e].Text)) && germanUnseen(toks[e].Text) && !ev.nouns[s.lower(e)]) {
				e++
			}
		case k > 0 && foreignHonorifics[strings.TrimSuffix(s.lower(k-1), ".")]:
			for e < j && e < k+3 {
				e++
			}
		default:
			if t, ok := germanTail(w); ok && !sentenceOpen(toks, k) {
				x.addMention(si, k, k+1, t, false)
			}
			k++
			continue
		}
		for e < j && legalFormWord(s.lower(e)) {
			e++
		}
		x.foreignName(si, k, e, ev)
		k = e
	}
}

// germanNameWord reports whether a capitalised German word is a name's by
// itself: English news always capitalises it ("Berlin", "Charlotte"), the
// gazetteer knows it, or it is an acronym. Month names, which English
// capitalises too, are not.
func (x *extractor) germanNameWord(si, k int) bool {
	w := x.sents[si].toks[k].Text
	if _, month := lowerHas(months, w); month || lowerIn(foreignFunctionWords, w) || lowerIn(germanOpeners, w) && sentenceOpen(x.sents[si].toks, k) {
		return false
	}
	if acronym(w) {
		return utf8.RuneCountInString(w) <= 6
	}
	if _, ok := gazetteer.Demonym(w); ok {
		return false
	}
	if _, ok := foreignCountries[w]; ok {
		return true
	}
	prep := k > 0 && germanPlacePreps[x.sents[si].lower(k-1)]
	if c, ok := foreignRegions[w]; ok {
		// Germany's and Austria's states ("Wien", "Bayern"); another
		// country's region may be a German noun ("in einem Zug")
		return strings.HasPrefix(c, "DE-") || strings.HasPrefix(c, "AT-") || prep
	}
	if _, ok := gazetteer.Org(w); ok {
		return true
	}
	// a town the gazetteer knows: a city, or after "in", "nach", "aus" (a
	// small town's name is often a German noun: "in einem Zug")
	if prep && germanTown(w) {
		return true
	}
	if p, ok := gazetteer.Place(w); ok {
		if p.Name != w && p.Class == gazetteer.ClassCountry {
			return false // a country's English alias, a German noun: "Mann" (Isle of Man)
		}
		return p.Class == gazetteer.ClassCountry || p.Class == gazetteer.ClassCity && p.Population >= 100000 || prep
	}
	return ner.SeenName(w) // English news always capitalises it
}

// germanTown reports whether w ends as German towns' names end
// (germanTownEnds) and English news has not seen it: "Strausberg", not
// "Hamburg" (known) nor "Zukunft".
func germanTown(w string) bool {
	if !ner.Unseen(w) {
		return false
	}
	lw := lower(w)
	for _, end := range germanTownEnds {
		if strings.HasSuffix(lw, end) && len(lw) > len(end)+2 {
			return true
		}
	}
	return false
}

var germanTownEnds = wordList("germanTownEnds")

// germanPlacePreps come before a town's name.
var germanPlacePreps = map[string]bool{"in": true, "nach": true, "aus": true, "bei": true, "von": true}

// germanNationality reports whether w is a German noun of nationality
// ("Norweger", "Slowenen", "Japaner"): it opens as a country's name does and
// ends as such nouns end.
func germanNationality(w string) bool {
	lw := lower(w)
	if !(strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "in") || strings.HasSuffix(lw, "e")) {
		return false
	}
	r := []rune(lw)
	if len(r) < 6 || strings.Contains(lw, "sch") {
		return false // "Deutsche Bank": an adjective
	}
	if _, ok := foreignCountries[w]; ok {
		return false
	}
	return countryOpenings()[string(r[:5])] || countryOpenings()[string(r[:6])]
}

// countryOpenings are the first six letters of the countries' names (the
// whole of a five-letter name), in lower case.
var countryOpenings = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for n := range foreignCountries {
		switch r := []rune(lower(n)); {
		case strings.Contains(n, " ") || len(r) < 5:
		case len(r) == 5:
			out[string(r)] = true // "Japan": "Japaner"
		default:
			out[string(r[:6])] = true // "Norweg": "Norweger", not "Frankf" for "Frankreich"
		}
	}
	return out
})

// acronymPrefix adds the body named by the acronym that opens a German
// compound ("WBO" in "WBO-Weltmeister").
func (x *extractor) acronymPrefix(si, k int) {
	t := x.sents[si].toks[k]
	a, _, ok := strings.Cut(t.Text, "-")
	if !ok || !acronym(a) || utf8.RuneCountInString(a) > 6 || x.sents[si].owner[k] >= 0 {
		return
	}
	if m := x.addMention(si, k, k+1, Organization, false); m >= 0 {
		mm := &x.mentions[m]
		mm.text, mm.name, mm.bstart, mm.bend, mm.sure = a, a, t.Start, t.Start+len(a), true
	}
}

// germanUnseen reports whether English news has never seen w: a surname
// after a given name rather than a capitalised English word.
func germanUnseen(w string) bool { return ner.Unseen(w) }

// germanTail returns the type of a German compound that names a body or a
// place by its ending ("Bundesdenkmalamt", "Werbellinsee").
func germanTail(w string) (EntityType, bool) {
	for tail, t := range foreignNameTails {
		if len(w) > len(tail)+3 && strings.HasSuffix(w, tail) {
			return t, true
		}
	}
	return "", false
}

// legalFormWord reports whether a word is a legal form ("GmbH", "AG",
// "e.V.", "S.A.").
func legalFormWord(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	return legalForms[w] || w == "ev" || w == "gmbh"
}

// foreignName trims the capitalised run [i, j) of sentence si, types it and
// adds it as a mention when it reads as a name.
func (x *extractor) foreignName(si, i, j int, ev *foreignWords) {
	s := &x.sents[si]
	toks := s.toks
	// A sentence's first word: its capital says nothing. An article or
	// another function word is dropped, so is a word the text writes in lower
	// case elsewhere, or a lone word never capitalised inside a sentence.
	if sentenceOpen(toks, i) && x.honorificBefore(si, i) == "" && !ev.articledAt(s, i, j) {
		w := s.lower(i)
		if foreignFunctionWords[w] || ev.lower[w] || !ev.german && j == i+1 && !ev.midCap[w] && !x.foreignKnown(toks[i].Text) {
			i++
		}
	}
	// Mid-sentence articles belong to names ("El Faro", "de El Salvador"),
	// other function words not ("Sin", "Para").
	for i < j && foreignFunctionWords[s.lower(i)] && !(i+1 < j && isArticle(s.lower(i)) && (!sentenceOpen(toks, i) || ev.articledAt(s, i, j))) {
		i++
	}
	// Particles and articles do not end or open a name, nor does a heading
	// in capitals ("REFERENTES El presidente").
	for i < j && (foreignParticles[s.lower(i)] || acronym(toks[i].Text) && utf8.RuneCountInString(toks[i].Text) > 6) {
		i++
	}
	for j > i && (foreignParticles[s.lower(j-1)] || foreignFunctionWords[s.lower(j-1)]) {
		j--
	}
	if i >= j {
		return
	}
	// A title before the name: "Bürgermeister Anne Althaus"; a title alone
	// is none.
	for i < j && (foreignRoleNouns[s.lower(i)] || foreignHonorifics[strings.TrimSuffix(s.lower(i), ".")]) {
		i++
	}
	if i >= j {
		return
	}
	typ, ok := x.foreignType(si, i, j, ev)
	if !ok {
		return
	}
	x.addMention(si, i, j, typ, false)
}

// honorificBefore returns the form of address before token i of sentence
// si, in lower case without its full stop ("Sra. Almánzar", where the
// segmenter may end a sentence at "Sra."), or "".
func (x *extractor) honorificBefore(si, i int) string {
	toks, low := x.sents[si].toks, x.sents[si].lower
	if i == 0 && si > 0 {
		toks, low = x.sents[si-1].toks, x.sents[si-1].lower
		i = len(toks)
	}
	w := ""
	switch {
	case i >= 2 && toks[i-1].Text == ".":
		w = low(i - 2)
	case i >= 1:
		w = strings.TrimSuffix(low(i-1), ".")
	}
	if foreignHonorifics[w] {
		return w
	}
	return ""
}

// isArticle reports whether w is a definite article of Spanish, French or
// German, which opens names ("El Salvador", "Le Nouvelliste").
func isArticle(w string) bool {
	switch w {
	case "el", "la", "los", "las", "le", "les", "der", "die", "das":
		return true
	}
	return false
}

// foreignKnown reports whether the gazetteer knows name as a place or an
// organisation, or it is a country's German, Spanish or French name.
func (x *extractor) foreignKnown(name string) bool {
	if _, ok := foreignCountries[name]; ok {
		return true
	}
	if _, ok := foreignRegions[name]; ok {
		return true
	}
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	_, ok := gazetteer.Org(name)
	return ok
}

// foreignType types the name [i, j) of sentence si; ok is false when the run
// is no name (a German run with no evidence).
func (x *extractor) foreignType(si, i, j int, ev *foreignWords) (EntityType, bool) {
	s := &x.sents[si]
	toks := s.toks
	name := x.span(si, i, j)
	first, last := s.lower(i), strings.TrimSuffix(s.lower(j-1), ".")
	before := x.honorificBefore(si, i)
	if before == "" && i > 0 {
		before = s.lower(i - 1)
	}
	if c, ok := foreignCountries[name]; ok {
		if c == "continent" {
			return Place, true
		}
		return Country, true
	}
	if _, ok := foreignRegions[name]; ok {
		return Place, true
	}
	if p, ok := gazetteer.Place(name); ok && !foreignHonorifics[before] && !foreignRoleNouns[before] {
		switch p.Class {
		case gazetteer.ClassCountry:
			return Country, true
		case gazetteer.ClassCity:
			return City, true
		}
		return Place, true
	}
	if _, ok := gazetteer.Org(name); ok {
		return Organization, true
	}
	if legalFormWord(last) || ev.german && germanOrgTails[last] && j > i+1 {
		return Organization, true
	}
	if (foreignOrgHeads[first] || ev.german && germanOrgHeads[first]) && j > i+1 {
		return Organization, true
	}
	if foreignPlaceHeads[first] && j > i+1 {
		return Place, true
	}
	if foreignHonorifics[before] || roleNoun(before) || ev.german && i > 0 && germanNationality(toks[i-1].Text) {
		return Person, true
	}
	placePrep := foreignPlacePreps[before] && !givenName(toks[i].Text)
	if acronym(toks[i].Text) && j > i+1 && !x.foreignKnown(name) {
		return Organization, true // "CHU Beaujon"
	}
	if j == i+1 {
		w := toks[i].Text
		if utf8.RuneCountInString(strings.TrimSuffix(w, ".")) < 2 {
			return "", false // an initial: "z. B.", "S."
		}
		if acronym(w) {
			return Organization, utf8.RuneCountInString(w) <= 6 // longer: a heading in capitals
		}
		if i >= 2 && foreignParticles[before] && roleNoun(s.lower(i-2)) {
			return "", false // the field of a title: "ministre du Commerce"
		}
		if t, ok := germanTail(first); ok && ev.german {
			return t, true
		}
		if i > 0 && isArticle(s.lower(i-1)) && capWord(toks[i-1].Text) && !sentenceOpen(toks, i-1) {
			return Organization, true // "El Faro", "Le Nouvelliste"
		}
		if ev.german && !ner.SeenName(w) && !x.foreignKnown(w) && !(germanPlacePreps[before] && germanTown(w)) && !smallTown(w) {
			return "", false
		}
		if placePrep || smallTown(w) { // names_towns.go
			return Place, true
		}
		return Organization, true
	}
	// Several words with a known place among them, not a place: a body of
	// the place ("Caritas Ahlen", "Russia Today").
	if placePrep && !headedName(first) {
		return Place, true
	}
	given := ner.SeenName(toks[i].Text) && !x.foreignKnown(toks[i].Text)
	for k := i; k < j; k++ {
		if x.foreignKnown(toks[k].Text) && !acronym(toks[k].Text) && (k == i || !given) {
			return Organization, true
		}
	}
	if isArticle(first) {
		return Organization, true
	}
	if ev.german && !ner.SeenName(toks[i].Text) {
		return "", false
	}
	for k := i; k < j; k++ {
		if foreignFunctionWords[s.lower(k)] || ev.lower[s.lower(k)] {
			return Organization, true
		}
	}
	if j-i <= 4 {
		return Person, true
	}
	return Organization, true
}
