package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// appositionStart returns where the title phrase after a name ending at
// token end starts: after a comma or a dash ("Dee Dee Myers — a White House
// press secretary —"), after a relative clause ("Waters, who is Chair of",
// "who serves as"), or, with no comma, after a verb phrase ("Smith serves
// as the executive director of", "Smith is the chief executive of").
func appositionStart(toks []nlp.Token, end int) (int, bool) {
	j := end + 1
	switch toks[end].Text {
	case ",", "—", "–", "--":
		// "Tom Reed, 52, a teacher,": the age before the title
		if age(toks[j]) && j+2 < len(toks) && toks[j+1].Text == "," {
			j += 2
		}
		// "Jane Smith, MD, MPH, a cardiologist at": degrees before it
		for k := pastPostNominal(toks, j); k > j; k = pastPostNominal(toks, j) {
			j = k
		}
		// "Tom Reed, 52, is the director of", "Jane Smith, PhD, was named
		// chief of": the verb phrase after an age or a degree
		if j > end+1 {
			if k, ok := postVerbPhrase(toks, j); ok {
				return k, true
			}
		}
		// "Reed, named chairman of the Port Authority in 2019,"
		if k := appointed(toks, j); k > j && toks[j].Tag == "VBN" {
			j = k
		}
		// "Lukman, who is also Nigerian oil minister,"
		if w := lower(toks[j].Text); w == "who" && j+1 < len(toks) {
			if k := roleVerb(toks, j+1); k > j+1 {
				j = k
			} else {
				return 0, false
			}
		}
	case "who":
		// "said Leigh Sears who is the Lake Berryessa concessions
		// manager": the relative clause with no comma before it
		k := roleVerb(toks, j)
		if k == j || k >= len(toks) {
			return 0, false
		}
		j = k
	default:
		return postVerbPhrase(toks, end)
	}
	if adjectiveBeforeNoun(toks, j) { // titles_adjective_nouns.go: "is a major concern"
		return 0, false
	}
	return j, j < len(toks)
}

// postVerbPhrase returns where the post starts in a verb phrase at token j
// ("serves as the executive director of", "later became", "is the chief
// executive of"), and false when none opens there.
func postVerbPhrase(toks []nlp.Token, j int) (int, bool) {
	v := adverbBeforeVerb(toks, j) // roles_adverb_verb.go: "Smith later became"
	k := roleVerb(toks, v)
	if k == v || k >= len(toks) {
		return 0, false
	}
	// "is" needs an article or a title right after it: "is the chief
	// executive of", not "is expected"; so does an appointment: "was
	// named the", not "was named in".
	if lowerIn(beVerbs, toks[v].Text) || contractedIs(toks, v) || appointedBefore(toks, v, k) {
		if w := lower(toks[k].Text); w != "the" && w != "a" && w != "an" && !isTitleHead(toks[k].Text) && !(titleModifiers[w] && appointedBefore(toks, v, k)) {
			return 0, false
		}
	}
	if adjectiveBeforeNoun(toks, k) { // titles_adjective_nouns.go: "is a major concern"
		return 0, false
	}
	return k, true
}

// roleVerbs are verbs that put a post after them with "as": "serves as the
// executive director of".
var roleVerbs = wordSet("roleVerbs")

// roleVerb returns the index after a verb that introduces a post at token
// j ("is", "was also", "serves as", "has served as"), or j when there is none.
func roleVerb(toks []nlp.Token, j int) int {
	k := j
	if k < len(toks) && (strings.EqualFold(toks[k].Text, "has") || strings.EqualFold(toks[k].Text, "had") || contractedHas(toks, k)) && k+1 < len(toks) {
		k++
	}
	// "will become", "will be", "will serve as", "will remain": a post to
	// come, told as the appointment it is
	future := false
	if k+1 < len(toks) && k == j && strings.EqualFold(toks[k].Text, "will") {
		k++
		future = true
	}
	if k >= len(toks) {
		return j
	}
	w := lower(toks[k].Text)
	switch {
	case beVerbs[w] && (w != "be" || future) && w != "being", contractedIs(toks, k): // roles_contracted.go: "she's"
		k++
		k = roleAsAfter(toks, k) // roles_working_as.go: "is working as", "was serving as"
	case beginVerbs[w] && roleAsAfter(toks, k+1) > k+1:
		k = roleAsAfter(toks, k+1) // "began working as", "started serving as"
	case (roleVerbs[w] || future && w == "serve") && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "as"):
		k += 2
	case remainVerbs[w] && k+1 < len(toks) && postFollows(toks[k+1]):
		k++ // "remains chairman of", "will remain the chief executive"
	default:
		if future && appointVerbs[w] && !strings.HasSuffix(w, "ed") {
			return appointed(toks, k) // "will become"
		}
		if future {
			return j
		}
		return appointed(toks, k) // roles_appointed.go: "became", "took over as"
	}
	for k < len(toks) && toks[k].Tag == "RB" { // "is also", "was previously"
		if lowerIn(negations, toks[k].Text) {
			return j // "is not elected president": no post
		}
		k++
	}
	if k < len(toks) && strings.EqualFold(toks[k].Text, "as") && k > j && lowerIn(roleVerbs, toks[k-1].Text) {
		k++
	}
	return appointed(toks, k) // "was named", "has been appointed as"
}

// remainVerbs keep a post: "remains chairman", "will remain chief executive".
var remainVerbs = map[string]bool{"remain": true, "remains": true, "remained": true}

// postFollows reports whether token t opens a post right after a verb that
// keeps one: an article or a title's head ("remains chairman", "remained
// the chief executive"), not "remains committed".
func postFollows(t nlp.Token) bool {
	w := lower(t.Text)
	return w == "the" || w == "a" || w == "an" || isTitleHead(t.Text)
}

// age reports whether a token is a person's age: a number of one to three
// digits.
func age(t nlp.Token) bool {
	if len(t.Text) == 0 || len(t.Text) > 3 {
		return false
	}
	for _, c := range []byte(t.Text) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// notOccupations are nouns of people shaped as occupations are ("-er",
// "-ent") that name no post: kin, neighbours, fans, customers.
var notOccupations = wordSet("notOccupations")

// occupation reports whether a common noun reads as an occupation by its
// shape, after "a" or "an" in an apposition ("Lucy Evans, an artist", "Bill
// Powers, a San Diego engineer", "a board-certified dermatologist"): an
// agent noun ending in -ist, -ian, -er, -or or -ant, of five letters or
// more, that neither the list of kin and other people's nouns nor the list of
// firms' nouns ("maker", "supplier") holds.
func occupation(t nlp.Token) bool {
	if t.Tag != "NN" {
		return false
	}
	w := lower(t.Text)
	if occupationNouns[w] {
		return true // roles_occupation_nouns.go: "a nurse at", "a surgeon at"
	}
	if len(t.Text) < 5 {
		return false
	}
	if notOccupations[w] || orgNouns[w] {
		return false // "a maker of", "a supplier": firms' nouns
	}
	if strings.HasSuffix(w, "over") {
		return false // "a takeover"
	}
	for _, suf := range [...]string{"ist", "ian", "er", "or", "ant"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ownerNoun returns the index after "company's" in "the company's chief
// financial officer" at token j: a common noun and its possessive before a
// title, or j.
func ownerNoun(toks []nlp.Token, j int) int {
	if j+2 < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && toks[j+1].Tag == "POS" && isTitleHead(lastTitleWord(toks[j+2:])) {
		return j + 2
	}
	return j
}

// lastTitleWord returns the last of the words that could make a title at
// the start of ts (up to four common nouns and adjectives).
func lastTitleWord(ts []nlp.Token) string {
	last := ""
	for i, t := range ts {
		if i == 4 || !(t.Tag == "NN" || t.Tag == "NNS" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "NNP") {
			break
		}
		last = t.Text
	}
	return last
}

// occupationTitle returns an occupation read by its shape as a title, its
// words trimmed of quotes and punctuation, or "" when something other than
// lower-case words, hyphens and capitalised modifiers ("San Diego engineer")
// is in it.
func occupationTitle(t string) string {
	t = strings.Trim(t, " \"'“”‘’,;:")
	if t == "" || strings.ContainsAny(t, "\"“”()") {
		return ""
	}
	return t
}

// occupationModifiers reports whether the words before an occupation read by
// its shape describe the trade, not the person's merit or age: nouns ("energy
// consultant", "San Diego engineer"), hyphenated words ("board-certified
// dermatologist", "part-time cleaner") and title modifiers ("senior"), not
// adjectives ("a good kicker", "an able communicator") nor an age ("a
// 12-year-old hunter").
func occupationModifiers(ts []nlp.Token) bool {
	for _, t := range ts {
		w := lower(t.Text)
		switch {
		case strings.Contains(w, "year-old") || numeric(t):
			return false
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || titleModifiers[w]:
		case strings.Contains(w, "-") && strings.HasPrefix(t.Tag, "JJ"):
		default:
			return false
		}
	}
	return true
}

// postNominals are degrees and honours written after a name between commas
// (data/postNominals.txt).
var postNominals = wordSet("postNominals")

// pastPostNominal returns the index after a degree or honour and its comma
// at token j ("MD,"; "Ph.D.," which the tokenizer cuts as "Ph.D", "." and
// ","), with a word after them, or j when there is none.
func pastPostNominal(toks []nlp.Token, j int) int {
	if j+2 >= len(toks) || !postNominal(toks[j].Text) {
		return j
	}
	k := j + 1
	if toks[k].Text == "." {
		k++
	}
	if k+1 < len(toks) && toks[k].Text == "," {
		return k + 1
	}
	return j
}

// postNominal reports whether w is a degree or honour written after a name:
// "MD", "Ph.D.", "PhD", "OBE".
func postNominal(w string) bool {
	return postNominals[strings.ToLower(strings.ReplaceAll(w, ".", ""))]
}

// occupationWord reports whether token t, a lower-case common noun, names
// a trade as a title would, right before a person's name: an occupation by
// its shape or list ("economist Rolando Guzmán", "singer Anna Lind") or a
// noun of a trade ending in "-man" or "-woman" ("businessman Michael
// Lee-Chin"), which the tagger may read as an adjective before a name.
func occupationWord(t nlp.Token) bool {
	w := lower(t.Text)
	if t.Text != w || notOccupations[w] || t.Tag != "NN" && t.Tag != "JJ" {
		return false
	}
	if len(w) > 5 && (strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")) || occupationNouns[w] {
		return true
	}
	return t.Tag == "NN" && occupation(t)
}
