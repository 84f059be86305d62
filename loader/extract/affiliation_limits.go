package extract

// Bodies named beside a person that the person does not work for, whatever
// the words between say: another body dealing with the one named ("RMJ's
// competitor"), a town's state ("of Camden, N.J."), and a body's name cut
// before its foreign article ("Bank [der oesterreichischen Sparkassen]").
// The relation model's works-for (related.go) and the roles read around a
// name (roles.go) ask these.

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// otherBodyNouns name, after a body's possessive, another body dealing with
// it (data/otherBodyNouns.txt): "RMJ's competitor".
var otherBodyNouns = wordSet("otherBodyNouns")

// possessesOther reports whether a body's mention is the possessor of
// another body dealing with it ("RMJ's competitor", "the bank's rival"):
// who works there does not work for the possessor.
func possessesOther(s *sentence, m *mention) bool {
	k := m.end
	if k >= len(s.toks) || s.toks[k].Tag != "POS" {
		return false
	}
	for k++; k < len(s.toks) && k <= m.end+4 && s.owner[k] < 0 && (strings.HasPrefix(s.toks[k].Tag, "NN") || s.toks[k].Tag == "JJ"); k++ {
		if otherBodyNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// possessesBody reports whether mention m is followed by a possessive and,
// past adjectives, a named body that is no country, city or region: "of
// Venice's famous La Fenice Theatre" names the theatre, not the city.
func (x *extractor) possessesBody(si int, m *mention) bool {
	s := &x.sents[si]
	k := m.end
	if k >= len(s.toks) || s.toks[k].Tag != "POS" {
		return false
	}
	for k++; k < len(s.toks) && k <= m.end+3 && s.owner[k] < 0 && s.toks[k].Tag == "JJ"; k++ {
	}
	if k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	o := s.owner[k]
	t := x.mentions[o].typ
	// a body's possessive holds its divisions ("the Foreign Ministry's
	// North American Division", "Industrial Equity's North American
	// operations"); a name read as a body's may hold a venue
	if !x.placeNamed(m) && (t != Place || !venueName(x.mentions[o].name)) {
		return false
	}
	return x.mentions[o].start == k && t != Person && t != Event && t != Country && t != City && !x.regionMention(o)
}

// placeNamed reports whether mention m is, or names, a place.
func (x *extractor) placeNamed(m *mention) bool {
	return isPlace(m.typ) || m.ent >= 0 && isPlace(x.ents[m.ent].typ)
}

// creatorWords make a work, and do not work for it: "the creator of
// Family Guy".
var creatorWords = map[string]bool{"creator": true, "co-creator": true}

// createdWork reports whether mention m follows "creator of" and names no
// body: a work its creator does not work for.
func (x *extractor) createdWork(si int, m *mention) bool {
	s := &x.sents[si]
	return m.start >= 2 && s.lower(m.start-1) == "of" && creatorWords[s.lower(m.start-2)] && !namesBody(m.name)
}

// surveyNouns are findings a body makes or publishes: "led a poll of
// Kerrang!" says nothing of who works there.
var surveyNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "ranking": true, "rankings": true}

// surveyedBy reports whether mention m follows "poll of", "survey by" and
// the like: the body that made the finding, no one's employer.
func surveyedBy(s *sentence, m *mention) bool {
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	return k >= 1 && (s.lower(k) == "of" || s.lower(k) == "by") && surveyNouns[s.lower(k-1)]
}

// afterPlaceComma reports whether a mention follows a place and a comma, as
// a town's state or country does ("of Camden, N.J."): it is where the place
// is, whatever its type, and no body anyone works for. A state's
// abbreviation says so after any name (the town may be read as a firm).
func (x *extractor) afterPlaceComma(si int, m *mention) bool {
	s := &x.sents[si]
	p := m.start - 2
	if p < 0 || s.toks[m.start-1].Text != "," || s.owner[p] < 0 {
		return false
	}
	return isPlace(x.mentions[s.owner[p]].typ) || m.end-m.start == 1 && stateAbbreviation(s.toks[m.start].Text)
}

// stateAbbreviation reports whether a word is written as a state's
// abbreviation after a town: "N.J.", "Calif.", "Mo." (not a firm's legal
// form, "Inc.", nor "Jr.").
func stateAbbreviation(w string) bool {
	if len(w) < 3 || len(w) > 7 || !strings.HasSuffix(w, ".") || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w {
		if r != '.' && !unicode.IsLetter(r) {
			return false
		}
	}
	lw := lower(strings.TrimSuffix(w, "."))
	return !legalForms[lw] && !generational(w) && !isHonorific(lw) && lw != "st" && lw != "mt"
}

// townOfState reports whether mention m of sentence s is a
// town followed by its state's abbreviation ("Camden, N.J."): where someone
// is, not whom they work for.
func townOfState(s *sentence, m *mention) bool {
	k := m.end
	return k+1 < len(s.toks) && s.toks[k].Text == "," && stateAbbreviation(s.toks[k+1].Text)
}

// foreignJoins are the lower-case articles and prepositions that go on a
// body's name in other languages: "Bank der oesterreichischen Sparkassen",
// "Banca Nazionale del Lavoro".
var foreignJoins = map[string]bool{"der": true, "des": true, "den": true, "dem": true, "du": true, "della": true, "delle": true, "degli": true, "dei": true, "di": true, "del": true, "do": true, "da": true, "dos": true, "das": true}

// cutShort reports whether a body's mention stops before a name's
// lower-case article and more words ("Girozentrale und Bank [der
// oesterreichischen Sparkassen AG]"): a fragment of a longer name.
func cutShort(s *sentence, m *mention) bool {
	k := m.end
	if k+1 >= len(s.toks) || !foreignJoins[s.toks[k].Text] {
		return false
	}
	w := s.toks[k+1].Text
	return w != "" && (gazetteer.Capitalised(w) || lower(w) == w && len(w) > 3 && isLetters(w))
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// possessedModifier reports whether two mentions are "A's B" with B a name
// before a lower-case noun: "Nintendo's DS handheld", "GM's Buick
// division", "Caesars World's BB senior debt". B names a product, a line
// or a rating of A's, and neither works for the other.
func possessedModifier(s *sentence, a, b *mention) bool {
	if b.start < a.start {
		a, b = b, a
	}
	if b.start != a.end+1 || s.toks[a.end].Tag != "POS" || b.end >= len(s.toks) {
		return false
	}
	t := s.toks[b.end]
	if gazetteer.Capitalised(t.Text) {
		return false
	}
	// a noun the tagger read as a verb before the verb: "DS handheld went"
	misread := t.Tag == "VBD" && b.end+1 < len(s.toks) && s.toks[b.end+1].Tag == "VBD"
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || misread
}

// clientOf reports whether a body's mention follows a service title and
// "for": "attorney for Apex", "an adviser to the bank" serve it as a client.
func clientOf(s *sentence, m *mention) bool {
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	if k < 1 || s.lower(k) != "for" && s.lower(k) != "to" {
		return false
	}
	return serviceTitles[s.lower(k-1)] || serviceTitles[strings.TrimSuffix(s.lower(k-1), "s")]
}

// contestNouns name who won or contests a tournament: "US Open champion",
// "Masters Cup champions", "Wimbledon finalist".
var contestNouns = map[string]bool{"champion": true, "champions": true, "finalist": true, "finalists": true, "runner-up": true, "titleholder": true, "title-holder": true}

// contestWon reports whether a body's mention names a contest its winner is
// called after ("US Open champion Svetlana Kuznetsova"): a tournament won is
// no body anyone works for or belongs to.
func contestWon(s *sentence, m *mention) bool {
	k := m.end
	if k < len(s.toks) && s.toks[k].Tag == "POS" {
		k++
	}
	// "French Open champion Carlos Moya", "Australian Open champion": a
	// nation's word opening the contest's name the recogniser left apart
	if k+1 < len(s.toks) && s.owner[k] < 0 && gazetteer.Capitalised(s.toks[k].Text) && !isTitleHead(s.toks[k].Text) && contestNouns[s.lower(k+1)] {
		return true
	}
	return k < len(s.toks) && contestNouns[s.lower(k)]
}
