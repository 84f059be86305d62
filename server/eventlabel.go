package server

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// eventWords maps words that name an event, as news writes them, to the kind
// an event label shows: the first one in the event's sentence wins.
var eventWords = map[string]string{
	"talks": "talks", "negotiations": "talks", "consultations": "talks", "dialogue": "talks", "discussions": "talks",
	"meeting": "meeting", "meetings": "meeting", "meet": "meeting", "meets": "meeting", "met": "meeting",
	"summit": "summit", "summits": "summit",
	"call": "call", "phone-call": "call", "telephoned": "call", "phoned": "call", "called": "call",
	"conference": "conference", "congress": "conference", "convention": "conference", "forum": "conference", "assembly": "conference",
	"visit": "visit", "visits": "visit", "visited": "visit", "visiting": "visit", "trip": "visit", "tour": "visit",
	"dinner": "dinner", "lunch": "lunch", "luncheon": "lunch", "breakfast": "breakfast", "banquet": "dinner",
}

// EventKind is the kind of an event read from a sentence about it ("talks",
// "summit", "visit", ...), or "event". A sentence can speak of several events
// ("a dinner on Sunday, talks in Geneva and a meeting in Brussels"): the word
// nearest to a mention of one of anchors (the event's place first, else its
// participants) wins, else the first.
func EventKind(sentence string, anchors ...[]string) string {
	toks := words(sentence)
	var kinds []int
	for i, w := range toks {
		if _, ok := eventWords[w]; ok {
			kinds = append(kinds, i)
		}
	}
	if len(kinds) == 0 {
		return "event"
	}
	best := kinds[0]
	for _, group := range anchors {
		var at []int
		for _, a := range group {
			aw := words(a)
			if len(aw) == 0 {
				continue
			}
			for i := 0; i+len(aw) <= len(toks); i++ {
				if strings.Join(toks[i:i+len(aw)], " ") == strings.Join(aw, " ") {
					at = append(at, i, i+len(aw)-1)
				}
			}
		}
		if len(at) == 0 {
			continue
		}
		dist := func(k int) int {
			d := len(toks)
			for _, a := range at {
				d = min(d, max(k-a, a-k))
			}
			return d
		}
		for _, k := range kinds {
			if dist(k) < dist(best) {
				best = k
			}
		}
		break
	}
	return eventWords[toks[best]]
}

// words splits text into lower-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// EventLabel makes a label for an event without a name from its kind, the
// people who took part (by surname; other participants when no person did),
// its place and its month: "talks: Blair, Berlusconi — Brussels, 2005-03".
func EventLabel(kind string, people, others []string, place, date string) string {
	if kind == "" {
		kind = "event"
	}
	var who []string
	if len(people) > 0 {
		for _, p := range people {
			who = append(who, surname(p))
		}
	} else {
		who = others
	}
	who = dedupe(who)
	const most = 3
	s := kind
	if len(who) > most {
		s += ": " + strings.Join(who[:most], ", ") + fmt.Sprintf(" +%d", len(who)-most)
	} else if len(who) > 0 {
		s += ": " + strings.Join(who, ", ")
	}
	var where []string
	if place != "" {
		where = append(where, place)
	}
	if len(date) >= 7 {
		date = date[:7]
	}
	if date != "" {
		where = append(where, date)
	}
	if len(where) > 0 {
		s += " — " + strings.Join(where, ", ")
	}
	return s
}

// surname is the last word of a person's name ("Blair" for "Tony Blair").
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// remarshal copies v into out through JSON.
func remarshal(v any, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
