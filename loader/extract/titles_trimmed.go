package extract

// Title phrases that hold what is no part of the post (issue 11's judged
// samples, seeds 93-96): a firm's acronym before a lower-case title ("Werner
// Schmidt, SEAT supervisory board chairman"), the last noun of a body's
// name cut off its first word ("Economics Ministry State Secretary" read as
// "Ministry State Secretary"), a describing adjective ("embattled chief of
// staff"), and the shapes that make no title at all: a compound cut at the
// sentence's first word ("Talk show host" read as "show host"), a given name
// the recogniser left out of the name ("Minister for Aviation Michael
// Spicer"), a name cut at an initial where the sentence was split ("IBM
// vice president Paul R.").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// describingWords describe a person before a post they do hold
// (data/describingWords.txt): the post is the title without them.
var describingWords = wordSet("describingWords")

// cutBodyNouns are the last nouns of a body's name that never stand alone
// for it before a title (not "Bank President", "Party leader": the Bank, the
// Party of the story).
var cutBodyNouns = map[string]bool{"ministry": true, "department": true, "office": true, "board": true, "fund": true, "agency": true, "authority": true}

// trimTitleWords removes from the front of title words what is no part of
// the post: describing adjectives, a firm's acronym before lower-case title
// words, the tail of a body's name cut off its first word, and a lower-case
// post before a capitalised office ("aide President").
func trimTitleWords(words []string) []string {
	for len(words) > 1 {
		lw := lower(words[0])
		switch {
		case describingWords[lw] && (words[0] == lw || words[1] == lower(words[1])):
			// "embattled chief of staff"; "Teenage soul singer" opening a
			// sentence, capitalised before lower-case title words
		case firmAcronym(words) || cutBodyNouns[lw] && words[0] != lw && bodyTailBeforeTitle(words[1:]):
			// "SEAT supervisory board chairman", "Ministry State Secretary"
		case words[0] == lw && isTitleHead(lw) && !titleModifiers[lw] && gazetteer.Capitalised(words[1]) && officeTitle(strings.Join(words[1:], " ")) && gazetteer.IsTitle(words[1:]...):
			// "the NSC aide President Reagan fired": another's post glued
			// before the office the name holds
		default:
			return words
		}
		words = words[1:]
	}
	return words
}

// addressRanks are ranks a person is addressed by (data/addressRanks.txt).
var addressRanks = wordSet("addressRanks")

// trimHonorificAfterPost removes a form of address read after a post into
// the title: "Foreign Minister Prince Saud" holds the post Foreign Minister,
// and Prince is how he is addressed. A post's head must come right before it
// ("Crown Prince" is the title whole).
func trimHonorificAfterPost(words []string) []string {
	for n := len(words); n > 1 && (lowerIn(addressRanks, words[n-1]) || isHonorific(lower(strings.TrimSuffix(words[n-1], ".")))) && isTitleHead(words[n-2]); n-- {
		words = words[:n-1]
	}
	return words
}

// firmAcronym reports whether the title words open with an acronym that is a
// body's name, before lower-case title words: "SEAT supervisory board
// chairman", "UAL senior vice president". Not a nation ("US envoy"), a party,
// a medium ("TV presenter"), a title ("MP for Witney") or a body read with a
// portfolio ("EC affairs minister").
func firmAcronym(words []string) bool {
	w := words[0]
	if len(w) < 2 || !isAcronym(w) || strings.Contains(w, ".") || isTitleHead(w) || gazetteer.IsTitle(lower(w)) || partyWord(w) || lowerIn(mediumWords, w) {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	if _, ok := demonym(w); ok {
		return false
	}
	next := words[1]
	if next != lower(next) || next == "affairs" || departmentTails[next] {
		return false
	}
	for _, x := range words[1:] {
		if isTitleHead(x) {
			return true
		}
	}
	return false
}

// bodyTailBeforeTitle reports whether the words after a body noun opening a
// title are a title of their own: a title head or modifier first ("Ministry
// State Secretary", "Board Minister").
func bodyTailBeforeTitle(rest []string) bool {
	lw := lower(rest[0])
	return gazetteer.Capitalised(rest[0]) && (isTitleHead(rest[0]) || titleModifiers[lw] || gazetteer.LongestTitle(rest) > 0)
}

// cutCompound reports whether the title words [start, end) of toks open
// the sentence with a common noun that makes a compound with the lower-case
// noun after it ("Talk show host"): that capital is the title's first word,
// not a word of the sentence in front of the title.
func cutCompound(toks []nlp.Token, start, end int) bool {
	if start != 0 || end-start < 3 || toks[start].Tag != "NN" && !misreadOpeningNoun(toks[start]) {
		return false
	}
	n := toks[start+1]
	ln := lower(n.Text)
	return n.Text == ln && (n.Tag == "NN" || n.Tag == "NNS") && !isTitleHead(n.Text) && !titleModifiers[ln] && isTitleHead(toks[end-1].Text)
}

// givenNameInTitle reports whether the capitalised word at token j, right
// before a name and read as the end of a department ("Minister for
// Aviation Michael Spicer"), is a given name the recogniser left out of the
// person's name: the title ends before it.
func givenNameInTitle(s *sentence, j int) bool {
	w := s.toks[j].Text
	return j > 0 && s.owner[j] < 0 && gazetteer.Capitalised(w) && lowerIn(givenNames, w) && !isTitleHead(w) && !lowerIn(departmentTails, w) &&
		gazetteer.Capitalised(s.toks[j-1].Text) && !isTitleHead(s.toks[j-1].Text) && titleChain(s, j-1)
}

// openingCompound reports whether the sentence's first token, before the
// lower-case nouns of a trade, is a common noun of the compound ("Talk show
// host"): not a name's word nor a title's.
func openingCompound(t nlp.Token) bool {
	return t.Tag == "NN" && gazetteer.Capitalised(t.Text) && !ner.NameWord(t.Text) && !isTitleHead(t.Text) && !lowerIn(titleModifiers, t.Text)
}

// tradeRanks are title modifiers that rank a post ("senior engineer", "chief
// economist", "prime minister"): before a trade they are the title's.
var tradeRanks = map[string]bool{"deputy": true, "vice": true, "chief": true, "senior": true, "assistant": true, "prime": true, "principal": true, "associate": true, "managing": true, "executive": true}

// rankModifiersBefore returns where the lower-case rank words right before
// token i of sentence s begin.
func rankModifiersBefore(s *sentence, i int) int {
	for i > 0 && s.owner[i-1] < 0 && tradeRanks[s.toks[i-1].Text] {
		i--
	}
	return i
}

// misspeltHead returns the title head that w misspells by two letters
// swapped ("minsiter", "chariman", "secertary"), if any: a word of six
// letters or more that is no head itself.
func misspeltHead(w string) (string, bool) {
	if len(w) < 6 || isTitleHead(w) {
		return "", false
	}
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		h := string(b)
		b[i], b[i+1] = b[i+1], b[i]
		if titleHeads[h] {
			return h, true
		}
	}
	return "", false
}

// postOfBody returns the words from the title head at token head to the
// end of the body's name at end as one post when they name one ("Leader of
// the Commons", "Chancellor of the Exchequer"): the head alone ("Shadow
// leader") reads as another post.
func postOfBody(toks []nlp.Token, head, end int) (string, bool) {
	words := make([]string, 0, end-head)
	for _, t := range toks[head:end] {
		words = append(words, t.Text)
	}
	if end-head > 6 || !gazetteer.IsTitle(words...) {
		return "", false
	}
	return strings.Join(words, " "), true
}

// pluralForOne reports whether the plural title r, read before the comma at
// token comma and one name m ("a spokesman for the owners, Townsend
// Thoresen"; "talks with South Korean leaders, Baldrige called"), is no
// title of m: the group is another, or a firm. A member picked out of the
// group keeps it: "one of its directors, Richard Manoogian", "Like so many
// of the top South American players, Tevez".
func (x *extractor) pluralForOne(si, comma int, m *mention, r role) bool {
	if !r.plural || listGoesOn(x, si, m.end) {
		return false
	}
	toks := x.sents[si].toks
	for k := comma - 1; k > 0 && k >= comma-8; k-- {
		switch t := toks[k]; {
		case t.Text == "," || strings.HasPrefix(t.Tag, "VB"):
			return true
		case lowerIs(t.Text, "of") && lowerIn(groupPart, toks[k-1].Text):
			return false
		}
	}
	return true
}

// groupPart are the words that pick members out of a group before "of":
// "one of its directors".
var groupPart = map[string]bool{"one": true, "two": true, "many": true, "some": true, "several": true, "each": true, "most": true}

// officeAfterOf reports whether "of" or "for" at token j is followed, up to
// the name at titleEnd, by an office alone: "Chairman of President Reagan's
// Council" holds the president's title after "of", not a department of the
// chairman's.
func officeAfterOf(toks []nlp.Token, j, titleEnd int) bool {
	if lowerIs(toks[j].Text, "and") {
		return false
	}
	words := make([]string, 0, titleEnd-j-1)
	for _, t := range toks[j+1 : titleEnd] {
		words = append(words, t.Text)
	}
	return gazetteer.IsTitle(words...) && officeTitle(strings.Join(words, " "))
}
