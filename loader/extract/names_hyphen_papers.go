// Names made of two capitalised words joined by a hyphen that stand alone
// after "the", as newspapers' names do ("the Spokesman-Review reported",
// "the Times-Picayune"), with their town before them ("the Manchester
// Union-Leader", "the Pittsburgh Post-Gazette"). The recogniser leaves the
// compound unnamed, or names the town and the compound apart. Such a
// compound heading its phrase after "the" is a body's name, its town's name
// before it is part of it (the compound its alias), unless a part is a
// place's or a person's name ("the Dallas-Fort Worth area", "Jean-Pierre"),
// two title words ("the Secretary-General"), a number or a prefix ("the Anti-Terrorism", "the Pro-Shift"), or a noun follows (the compound then modifies it: "the Arab-Israeli
// conflict").

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// hyphenPapers names the hyphenated compounds after "the" as bodies, with
// the town before them (see the file's comment).
func (x *extractor) hyphenPapers() {
	type paper struct {
		span  tokenSpan
		alias string
	}
	var found []paper
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for i := 1; i < len(s.toks); i++ {
			if !strings.HasPrefix(s.toks[i].Tag, "NN") || !capitalHyphenPair(s.toks[i].Text) || !headsAlone(s, i+1) {
				continue
			}
			var owned []int
			if o := s.owner[i]; o >= 0 {
				m := &x.mentions[o]
				if m.start != i || m.end != i+1 || m.bstart != 0 || m.bend != 0 || m.typ != Organization {
					continue
				}
				owned = append(owned, o)
			}
			start := i
			if o := s.owner[i-1]; o >= 0 {
				t := &x.mentions[o]
				if t.end != i || t.typ != City || t.demonym || t.nominal || t.bstart != 0 || t.bend != 0 {
					continue
				}
				owned = append(owned, o)
				start = t.start
			}
			if start == 0 || s.lower(start-1) != "the" {
				continue
			}
			if start == i && len(owned) == 1 {
				continue // named already, alone
			}
			drop = x.markDropped(drop, owned)
			alias := ""
			if start < i {
				alias = s.toks[i].Text
			}
			found = append(found, paper{tokenSpan{si, start, i + 1}, alias})
		}
	}
	if found == nil {
		return
	}
	x.removeMentions(drop)
	for _, p := range found {
		if k := x.addMention(p.span.si, p.span.i, p.span.j, Organization, false); k >= 0 {
			x.mentions[k].sure = true
			x.mentions[k].alias = p.alias
		}
	}
}

// hyphenPrefixes open compounds as prefixes, not as words of a name.
var hyphenPrefixes = map[string]bool{"anti": true, "semi": true, "mini": true, "mega": true, "ultra": true, "inter": true, "multi": true, "super": true, "trans": true, "pan": true, "neo": true, "non": true}

// capitalHyphenPair reports whether w is two capitalised words of letters,
// four letters or more, joined by a hyphen, neither a place's, a person's
// (a given name or a surname), a number nor a prefix, and not both title
// words.
func capitalHyphenPair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || !capitalWord(a) || !capitalWord(b) || isTitleHead(a) && isTitleHead(b) {
		return false // "Secretary-General"
	}
	for _, p := range []string{a, b} {
		lp := lower(p)
		if len(p) < 4 || hyphenPrefixes[lp] || givenNames[lp] || surnames[lp] || numberWords[lp] {
			return false // "Pro-Shift", "Anti-Terrorism", "Four-Kings"
		}
		if _, ok := gazetteer.Place(p); ok {
			return false
		}
		if _, ok := demonym(p); ok {
			return false
		}
	}
	return true
}

// capitalWord reports whether w is a capital and two small letters or more.
func capitalWord(w string) bool {
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// headsAlone reports whether a name ending before token j of s heads its
// phrase: no noun, adjective, participle, number nor capitalised word
// follows it ("the Gramm-Rudman balanced budget law").
func headsAlone(s *sentence, j int) bool {
	if j >= len(s.toks) {
		return true
	}
	t := s.toks[j]
	if n := j + 1; t.Tag == "VBD" && n < len(s.toks) && (s.toks[n].Tag == "NN" || s.toks[n].Tag == "NNS" || s.toks[n].Tag == "JJ") && !gazetteer.Capitalised(s.toks[n].Text) {
		return false // "balanced budget law": a participle before a noun
	}
	return !strings.HasPrefix(t.Tag, "NN") && !gazetteer.Capitalised(t.Text) && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "VBN" && t.Tag != "VBG"
}
