package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A sporting contest is an event, whatever the recogniser read it as: "the
// Australian Open" (Other), "the Canberra Classic" (a place), "the Six
// Nations" (a body). A name is a contest by its last word (contestHeads),
// some of them only in a story about sport (two of its words); a head word the recogniser left
// out of the name is taken in ("the Bupa Great Ireland [Run]"). A body the
// gazetteer knows keeps its type, and so does a person.

// contestHeads maps the last words of contests' names to where they count:
// "any" story or a "sport" story only.
var contestHeads = wordMap("contestHeads")

// contestNames retypes the names of sporting contests as events.
func (x *extractor) contestNames() {
	sport := -1         // unknown until a head word asks
	var bodies []string // the article's bodies, asked for once
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Person || m.typ == Event || m.typ == Country {
			continue
		}
		s := &x.sents[m.sent]
		end := m.end
		if end < len(s.toks) && s.owner[end] < 0 && gazetteer.Capitalised(s.toks[end].Text) && contestHeads[s.lower(end)] != "" &&
			(end+1 == len(s.toks) || !gazetteer.Capitalised(s.toks[end+1].Text)) {
			end++ // "the Bupa Great Ireland Run"
		}
		where := contestHeads[s.lower(end-1)]
		if where == "" || end-m.start < 2 && !olympicWord(s.lower(end-1)) {
			continue
		}
		if where == "sport" {
			if sport < 0 {
				sport = 0
				if x.sportsWords(2) {
					sport = 1
				}
			}
			if sport == 0 {
				continue
			}
		}
		if s.lower(end-1) == "nations" && !(end-m.start >= 2 && numberWords[s.lower(end-2)]) {
			continue // "(RBS) Six Nations", not "United Nations"
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		// the short name of a firm named in full: "First Marathon's Doak"
		// after "First Marathon Securities Ltd"
		if bodies == nil {
			bodies = x.bodyNames()
		}
		if startsAny(bodies, m.name+" ") {
			continue
		}
		if end > m.end {
			x.respan(k, m.start, end, Event)
		}
		m.typ = Event
		m.sure = true
	}
}

// bodyNames returns the names of the article's organisations (one empty
// name when it has none).
func (x *extractor) bodyNames() []string {
	out := []string{""}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && !m.demonym {
			out = append(out, m.name)
		}
	}
	return out
}

// startsAny reports whether one of names starts with prefix.
func startsAny(names []string, prefix string) bool {
	for _, n := range names {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}

// sportsWords reports whether the article has at least n words of a story
// about sport (sportsStoryWords): a contest's name wants fewer than
// sportsStory, as a short report of a match has few ("the final of the
// Canberra Classic").
func (x *extractor) sportsWords(n int) bool {
	for si := range x.sents {
		s := &x.sents[si]
		for k := range s.toks {
			if s.in(k, tlSportsStory) {
				if n--; n == 0 {
					return true
				}
			}
		}
	}
	return false
}

// olympicWord reports whether a head word names a contest alone: "the
// Olympics".
func olympicWord(w string) bool { return w == "olympics" || w == "paralympics" || w == "olympiad" }
