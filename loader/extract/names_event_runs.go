// Named events the recogniser leaves unnamed, or names as a thing of no
// type: a run of capitals ending in an event's head word ("the Eurovision
// Song Contest", "the Met Gala"), or opening with a feast's or a
// festival's ("the Festival of Ice", "the Feast of the Winter Star"), and a
// yearly show named by its year ("the 1999 Oscars", "the 1993 Grammys").
// namedEvents (names_events.go) retypes the names the recogniser read as
// bodies or places; these are the ones it did not name at all.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// runEventHeads end an event's name, lower case; the ones marked true
// want "the" or a year before the name, since they end other names too
// ("Vanity Fair", a magazine; "the Lift Off Tour").
var runEventHeads = map[string]bool{"contest": false, "festival": false, "gala": false, "awards": false,
	"carnival": false, "parade": false, "fair": true, "tour": true}

// runEventOpeners open an event's name before "of": "the Festival of
// Ice", "the Feast of the Winter Star".
var runEventOpeners = map[string]bool{"festival": true, "feast": true, "carnival": true}

// eventRuns, in sentence si, names the events the recogniser left
// unnamed, and types as events the yearly shows it named as things.
func (x *extractor) eventRuns(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if s.owner[i] >= 0 || !gazetteer.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NN") {
			continue
		}
		j := i
		for j < len(toks) && j < i+5 && s.owner[j] < 0 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") {
			j++
		}
		if e := x.eventOfRun(si, i, j); e > i {
			if k := x.addMention(si, i, e, Event, false); k >= 0 {
				x.mentions[k].sure = true
			}
			j = e
		}
		i = j
	}
	x.yearlyShows(si)
}

// eventOfRun returns the end of the event's name that the unnamed
// capitals [i, j) of sentence si open, or i when they open none.
func (x *extractor) eventOfRun(si, i, j int) int {
	s := &x.sents[si]
	toks := s.toks
	if runEventOpeners[s.lower(i)] && j == i+1 && j+1 < len(toks) && s.lower(j) == "of" {
		k := j + 1
		if s.lower(k) == "the" {
			k++
		}
		e := k
		for e < len(toks) && e < k+4 && s.owner[e] < 0 && gazetteer.Capitalised(toks[e].Text) && strings.HasPrefix(toks[e].Tag, "NN") {
			e++
		}
		if e > k {
			return e // "Festival of Ice", "Feast of the Winter Star"
		}
		return i
	}
	if j-i < 2 {
		return i
	}
	want, ok := runEventHeads[s.lower(j-1)]
	if !ok || j < len(toks) && (gazetteer.Capitalised(toks[j].Text) || toks[j].Tag == "CD") {
		return i // not the name's end: "Festival Records", "Expo 2020"
	}
	if want {
		if i == 0 {
			return i
		}
		if _, year := isYear(toks[i-1].Text); !year && s.lower(i-1) != "the" {
			return i
		}
	}
	if _, ok := orgLookup(x.span(si, i, j)); ok {
		return i // a body the gazetteer knows
	}
	return j
}

// yearlyShows types as events the names of things of no type after "the"
// and a year that end in a plural: "at the 1999 Oscars", "the 1993
// Grammys" (an edition of a show held each year).
func (x *extractor) yearlyShows(si int) {
	s := &x.sents[si]
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.typ != Other || m.demonym || m.nominal || m.start < 2 || m.bend > 0 {
			continue
		}
		if _, year := isYear(s.toks[m.start-1].Text); !year || s.lower(m.start-2) != "the" {
			continue
		}
		last := s.toks[m.end-1].Text
		if len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || !gazetteer.Capitalised(last) {
			continue
		}
		m.typ, m.sure = Event, true
	}
}
