// A broadcaster's channels, stations and services are named by the
// broadcaster's name and the words after it: "BBC One", "told BBC Sport:",
// "BBC 6 Music's chart show", "BBC Sport Wales", "BBC Radio Five Live",
// and, written as one word, "ITV1". The gazetteer knows the broadcaster, so
// the recogniser reads it alone ("told [BBC] Sport") and leaves the
// service's words unnamed or reads them as a name of their own ("Sport
// Wales" a thing, "Music" a thing). The service is a body of its own: the
// broadcaster's name and the capitalised words and station numbers right
// after it are one organisation's name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// maxServiceWords is the most words a service's name has after its
// broadcaster's: "Radio Five Live".
const maxServiceWords = 4

// broadcasterServices joins to each mention of a news medium the gazetteer
// knows ("BBC", "CNN", maybe with service words already: "BBC Radio") the
// service words right after it, with the names read inside them, and names
// one-word channels ("ITV1"). It leaves a medium that is told something
// before the subject of what it is told ("told the BBC Liverpool were
// unlikely": toldMediumCut's case).
func (x *extractor) broadcasterServices() {
	type join struct{ si, start, end int }
	var joins []join
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.bstart != m.bend {
			continue
		}
		s := &x.sents[m.sent]
		if s.row {
			continue
		}
		p := x.mediumEnd(m.sent, m.start, m.end)
		if p < 0 || !serviceRun(s, p, m.end) {
			continue
		}
		e := x.serviceEnd(m.sent, m.end, m.end+maxServiceWords-(m.end-p))
		if e == m.end || x.toldSubject(m.sent, m.start, e) || e < len(s.toks) && gazetteer.Capitalised(s.toks[e].Text) && isTitleHead(s.toks[e].Text) {
			continue // "told Reuters Finance Secretary Jaime Ongpin", "BBC Political Correspondent": a title's words
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		for t := m.end; t < e; t++ {
			if o := s.owner[t]; o >= 0 {
				drop[o] = true
			}
		}
		joins = append(joins, join{m.sent, m.start, e})
	}
	if joins != nil {
		x.removeMentions(drop)
		for _, j := range joins {
			if k := x.addMention(j.si, j.start, j.end, Organization, false); k >= 0 {
				x.mentions[k].sure = true
			}
		}
	}
	x.gluedChannels()
}

// mediumEnd returns where the name of a news medium the gazetteer knows
// ends at the start of tokens [start, end) of sentence si (the longest
// such name), or -1.
func (x *extractor) mediumEnd(si, start, end int) int {
	for p := end; p > start; p-- {
		if o, ok := orgLookup(x.span(si, start, p)); ok {
			if o.Class == "NewsMediaOrganization" {
				return p
			}
			return -1
		}
	}
	return -1
}

// serviceRun reports whether tokens [i, j) of s are all service words.
func serviceRun(s *sentence, i, j int) bool {
	for t := i; t < j; t++ {
		if !serviceWord(s, t) {
			return false
		}
	}
	return true
}

// serviceWord reports whether token i of s can be a word of a service's
// name after its broadcaster's: a station's number ("6") or a capitalised
// word of letters and digits ("One", "Sport", "1Xtra") that is no date
// ("Monday", "Today"), title ("Director"), given name ("BBC's John") or
// national adjective.
func serviceWord(s *sentence, i int) bool {
	w := s.toks[i].Text
	if stationNumber(w) {
		return true
	}
	if !gazetteer.Capitalised(w) || !strings.HasPrefix(s.toks[i].Tag, "NN") && s.toks[i].Tag != "CD" {
		return false
	}
	for _, r := range w {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	lw := s.lower(i)
	if calendarWord(w) || timeWords[lw] || isTitleHead(w) || s.in(i, tlGivenNames) || isHonorific(lw) {
		return false
	}
	_, dem := demonym(w)
	return !dem
}

// serviceEnd returns the end of the service words from token i of
// sentence si, at most up to limit: a name read inside them must end
// inside them and be no person's.
func (x *extractor) serviceEnd(si, i, limit int) int {
	s := &x.sents[si]
	j := i
	for j < len(s.toks) && j < limit && serviceWord(s, j) {
		j++
	}
	for j > i {
		o := s.owner[j-1]
		if o < 0 {
			break
		}
		if m := &x.mentions[o]; m.end <= j && m.start >= i && m.typ != Person {
			break
		}
		j = x.mentions[o].start // a name running on past the words, or a person's
		if j < i {
			j = i
		}
	}
	return j
}

// toldSubject reports whether the medium at start is told something whose
// subject is the words up to end: a form of "tell" (maybe with "the")
// before it and a finite verb right after them ("told the BBC Liverpool
// were unlikely").
func (x *extractor) toldSubject(si, start, end int) bool {
	s := &x.sents[si]
	v := start - 1
	if v >= 0 && s.lower(v) == "the" {
		v--
	}
	if v < 0 || !s.in(v, tlTellPast) || end >= len(s.toks) {
		return false
	}
	return finiteTags[s.toks[end].Tag]
}

// gluedChannels names a news medium's channel written as one word with
// its number ("ITV1", "BBC2"), which the recogniser leaves unnamed or
// reads as a thing: a body's name.
func (x *extractor) gluedChannels() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for i, t := range s.toks {
			w := t.Text
			d := len(w)
			for d > 0 && w[d-1] >= '0' && w[d-1] <= '9' {
				d--
			}
			if d == len(w) || d < 3 || !stationNumber(w[d:]) { // not "FT30", an index or a product
				continue
			}
			if o, ok := orgLookup(w[:d]); !ok || o.Class != "NewsMediaOrganization" {
				continue
			}
			switch k := s.owner[i]; {
			case k < 0:
				if k := x.addMention(si, i, i+1, Organization, false); k >= 0 {
					x.mentions[k].sure = true
				}
			case x.mentions[k].start == i && x.mentions[k].end == i+1 && x.mentions[k].bstart == x.mentions[k].bend:
				x.mentions[k].typ, x.mentions[k].sure = Organization, true
			}
		}
	}
}
