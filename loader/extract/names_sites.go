// Names of sites and of firms by their own words: the place of a firm's
// works ("Rover's Longbridge plant") and a name joined by a slash
// ("Royal Dutch/Shell"), which no person bears unless it is a credit
// ("Photo by Anna Kovacs/Reuters").

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// facilityNouns are the works a firm has at a place: "plant", "refinery".
var facilityNouns = wordSet("facilityNouns")

// retypeBySite corrects the type of c from a possessive before it and a
// noun of works after it: "MG Rover's Midlands plant", "its Longbridge
// plant" name the place of the plant, whatever the recogniser said. A name
// owning the plant itself ("the Ford plant", no possessive) is left alone,
// as is a known body.
func (x *extractor) retypeBySite(si int, c *candidate) {
	toks := x.sents[si].toks
	if c.typ == Person && c.end-c.start >= 2 && slashJoined(toks[c.start:c.end]) && !credit(&x.sents[si], c) {
		c.typ = Organization // "Royal Dutch/Shell"
		return
	}
	if c.typ != Organization && c.typ != Person || c.start == 0 || c.end >= len(toks) {
		return
	}
	if !facilityNouns[toks[c.end].Text] {
		return
	}
	if p := toks[c.start-1]; p.Tag != "POS" && !lowerIn(possessivePronouns, p.Text) {
		return
	}
	if _, ok := orgLookup(c.text); ok {
		return
	}
	c.typ = Place
	c.sure = true
}

// possessivePronouns own a firm's works: "its Longbridge plant".
var possessivePronouns = map[string]bool{"its": true, "their": true}

// slashJoined reports whether capitalised words are joined by a slash:
// "Royal Dutch/Shell" as one token or three.
func slashJoined(toks []nlp.Token) bool {
	for k, t := range toks {
		if t.Text == "/" && k > 0 && k+1 < len(toks) && gazetteer.Capitalised(toks[k+1].Text) {
			return true
		}
		if i := strings.Index(t.Text, "/"); i > 0 && i+1 < len(t.Text) && gazetteer.Capitalised(t.Text[i+1:]) && gazetteer.Capitalised(t.Text) {
			return true
		}
	}
	return false
}

// credit reports whether candidate c is a photographer's credit: a given
// name first, the slash's words ending the sentence ("Photo by Anna
// Kovacs/Reuters"), where a firm's name goes on ("Royal Dutch/Shell said").
func credit(s *sentence, c *candidate) bool {
	if !s.in(c.start, tlGivenNames) {
		return false
	}
	toks := s.toks
	return c.end == len(toks) || !unicode.IsLetter([]rune(toks[c.end].Text)[0])
}
