package extract

// Bodies an affiliation cannot name although the recogniser read them as
// one: a medium or a body's generic head noun standing alone ("producer
// of TV show Later", "Fox TV's Bill O'Reilly", "director of the Institute
// for the Study of Labour" cut at "for the"), and a person's work in a
// sentence about works ("albums ... include Paul Simon's Graceland").

import "strings"

// loneHeads are words that name a medium, or the kind of a body, and so no
// one body when they stand alone as a name: the words of its name that
// say which body were lost ("the Institute [for the Study of Labour]",
// "the Group [of 10]").
var loneHeads = map[string]bool{
	"tv": true, "television": true, "radio": true,
	"institute": true, "committee": true, "ministry": true, "department": true,
	"group": true, "council": true, "foundation": true, "association": true,
	"agency": true, "bureau": true, "centre": true, "center": true,
	"society": true, "federation": true, "division": true, "unit": true,
	// a football club's suffix whose town was cut off ("Sunderland FC")
	"fc": true, "afc": true,
}

// loneHead reports whether a body's name is one of loneHeads alone.
func loneHead(name string) bool {
	return !strings.Contains(name, " ") && lowerIn(loneHeads, name)
}

// workNouns name works a person makes: in a sentence naming them, a
// person's possessive before a name is the person's work ("Paul Simon's
// Graceland"), not a body the person works for.
var workNouns = map[string]bool{
	"album": true, "albums": true, "song": true, "songs": true,
	"film": true, "films": true, "movie": true, "movies": true, "book": true, "books": true,
	"novel": true, "novels": true, "opera": true, "operas": true, "symphony": true, "painting": true, "paintings": true,
}

// possessedWork reports whether body mention b follows person mention p's
// possessive ("Paul Simon's Graceland") in a sentence that names works, or
// right after it when nothing in b's name says a body (saysNoBody), and
// no body's name is b's: b is p's work.
func (x *extractor) possessedWork(s *sentence, p, b *mention) bool {
	if p.end >= len(s.toks) || s.toks[p.end].Tag != "POS" || namesBody(b.name) {
		return false
	}
	if p.end+1 != b.start && !workBetween(s, p.end+1, b.start) {
		return false
	}
	if e := x.entOf(p); e == nil || e.typ != Person {
		return false
	}
	if p.end+1 == b.start && saysNoBody(b.name) {
		return true // affiliation_possessed_works.go: "Clive Rowe's Night Harbour"
	}
	for k := range s.toks {
		if workNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// workBetween reports whether the few words from i to j (a possessive's
// modifiers and a comma) hold a work noun: "David Mitchell's
// Booker-shortlisted novel, Cloud Atlas" names his novel, no body.
func workBetween(s *sentence, i, j int) bool {
	if j-i > 5 || j > len(s.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if workNouns[s.lower(k)] {
			return true
		}
	}
	return false
}

// otherClauseVerbs say what a person said or did about a body, not whom
// the person works for: "Sanford said lack of additional Air Force
// funding", "Gros will meet representatives of Citibank".
var otherClauseVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "tell": true,
	"warned": true, "urged": true, "thanked": true, "cited": true, "asked": true, "accused": true,
	"reiterated": true, "reaffirmed": true, "recommended": true, "praised": true, "criticised": true, "criticized": true,
	"meet": true, "met": true, "meets": true, "visit": true, "visits": true, "visited": true,
}

// clauseBetween reports whether one of otherClauseVerbs stands between a
// person's mention p and a body's mention b after it that the classifier
// read as the person's employer.
func clauseBetween(s *sentence, p, b *mention) bool {
	if b.start < p.end {
		return false
	}
	for k := p.end; k < b.start; k++ {
		if strings.HasPrefix(s.toks[k].Tag, "VB") && otherClauseVerbs[s.lower(k)] {
			return true
		}
	}
	return false
}
