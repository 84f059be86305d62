// An acronym spelled out before it in brackets by capitalised words that no
// rule read as a name is a thing's, not a body's: "its recently released
// World Economic Outlook (WEO)", "a Value Added Tax (VAT)", "the Export
// Enhancement Program (EEP)". A body's full name is read as one ("Texas
// Retired Teachers Association (TRTA)", resolveBodies then joins the two),
// or holds a body's word ("National Union of Mineworkers (NUM)", "Economic
// Planning Unit (EPU)").

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// spelledWords are the lower-case words an acronym's spelled-out name may
// hold between its capitalised words.
var spelledWords = map[string]bool{"of": true, "and": true, "for": true, "on": true, "&": true}

// spelledBodyHeads end bodies' spelled-out names beyond the gazetteer's
// organisation suffixes (data/spelledBodyHeads.txt).
var spelledBodyHeads = wordSet("spelledBodyHeads")

// spelledThing reports whether the acronym at token i of sentence s stands
// in brackets after capitalised words, none of them in a mention but a
// thing's (Other), that it is the initials of, none of them a body's word
// (see the file's comment).
func (x *extractor) spelledThing(s *sentence, i int) bool {
	toks := s.toks
	if i < 3 || i+1 >= len(toks) || toks[i-1].Text != "(" || toks[i+1].Text != ")" {
		return false
	}
	end := i - 1
	start := end
	for start > 0 && end-start < 8 && x.thingOrNone(s, start-1) && (gazetteer.Capitalised(toks[start-1].Text) || spelledWords[toks[start-1].Text]) {
		start--
	}
	for start < end && spelledWords[toks[start].Text] {
		start++
	}
	if end-start < 2 {
		return false
	}
	long := ""
	for _, t := range toks[start:end] {
		if gazetteer.IsOrgSuffix(t.Text) || lowerIn(spelledBodyHeads, t.Text) {
			return false // "National Union of Mineworkers (NUM)", "Economic Planning Unit (EPU)"
		}
		if long != "" {
			long += " "
		}
		long += t.Text
	}
	return acronymLetters(toks[i].Text, long)
}

// thingOrNone reports whether token k of s is in no mention or in a
// thing's (Other).
func (x *extractor) thingOrNone(s *sentence, k int) bool {
	o := s.owner[k]
	return o < 0 || x.mentions[o].typ == Other
}
