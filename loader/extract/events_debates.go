// Debates: a debate of candidates or leaders is an event ("Tuesday's
// Democratic debate in South Carolina", "the Las Vegas debate", "a
// televised debate"); a debate over a matter is none ("the debate over
// immigration").

package extract

import "strings"

// debateModifiers before "debate" make it an event of candidates.
var debateModifiers = map[string]bool{"televised": true, "presidential": true, "primary": true, "mayoral": true,
	"gubernatorial": true, "leaders": true, "leaders'": true, "candidates": true, "candidates'": true, "tv": true,
	"democratic": true, "republican": true, "vice-presidential": true, "senate": true, "first": true, "second": true,
	"third": true, "final": true, "next": true, "last": true, "live": true}

// dayParts after a day name before a possessive date an event: "Wednesday
// night's debate".
var dayParts = map[string]bool{"night": true, "morning": true, "evening": true, "afternoon": true}

// debateTopics after "debate" make it a debate over a matter.
var debateTopics = map[string]bool{"over": true, "about": true, "on": true, "of": true, "whether": true,
	"around": true, "surrounding": true, "among": true, "within": true, "that": true, "as": true, "to": true}

// debateEvent reports whether the noun "debate" at token i of sentence si
// names an event: a date, a place or a modifier of candidates before it,
// or a place, a date or its host after it, and no matter debated.
func (x *extractor) debateEvent(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if lw := s.lower(i); lw != "debate" && lw != "debates" || !strings.HasPrefix(toks[i].Tag, "NN") {
		return false
	}
	if i+1 < len(toks) {
		if n := s.lower(i + 1); debateTopics[n] && !x.dateAt(si, i+2) || strings.HasPrefix(toks[i+1].Tag, "NN") {
			return false // "the debate over immigration", "the debate stage"
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if debateModifiers[s.lower(k)] || x.dateAt(si, k) && k+1 < len(toks) && (toks[k+1].Tag == "POS" || dayParts[s.lower(k+1)] && k+2 < len(toks) && toks[k+2].Tag == "POS") {
			return true
		}
		if m := x.mentionAt(si, k); m != nil && m.end == i && m.ent >= 0 && isPlace(x.ents[m.ent].typ) {
			return true // "the Las Vegas debate"
		}
		if t := toks[k].Tag; !(strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "POS" || t == "CD") {
			break
		}
	}
	if i+2 < len(toks) {
		switch n := s.lower(i + 1); {
		case n == "in":
			m := x.mentionAt(si, i+2)
			return m != nil && m.ent >= 0 && isPlace(x.ents[m.ent].typ)
		case n == ",":
			return s.lower(i+2) == "hosted" || s.lower(i+2) == "co-hosted" || s.lower(i+2) == "moderated"
		case n == "hosted" || n == "co-hosted" || n == "moderated":
			return true
		}
	}
	return false
}

// dateAt reports whether a date expression of sentence si covers token k.
func (x *extractor) dateAt(si, k int) bool {
	for _, d := range x.sents[si].dates {
		if k >= d.Start && k < d.End {
			return true
		}
	}
	return false
}

// possessiveDate returns the date that owns the event noun at token head,
// in its noun phrase from token np ("Sunday's dinner", "Wednesday night's
// debate"), or nil.
func (x *extractor) possessiveDate(si, np, head int) *dateExpr {
	s := &x.sents[si]
	for k := range s.dates {
		d := &s.dates[k]
		if d.Start < np || d.End >= head {
			continue
		}
		j := d.End
		if dayParts[s.lower(j)] {
			j++
		}
		if j < head && s.toks[j].Tag == "POS" {
			return d
		}
	}
	return nil
}
