package extract

import "strings"

// Shows read as bodies: "Little Britain star Matt Lucas", "American Idol
// presenter Ryan Seacrest", "star of Crouching Tiger, Hidden Dragon": a
// presenter, host or star of a name no gazetteer knows as a body is one of a
// programme or a film, no body they work for (issue 11 point 5: TV
// programmes as bodies). A broadcaster's name keeps its presenter: "Radio
// Scotland presenter", "BBC ... host", a known body's star ("Chelsea star").

// showTitles are the titles of who appears in a show or a film.
var showTitles = map[string]bool{"presenter": true, "presenters": true, "host": true, "hosts": true, "star": true, "stars": true, "co-star": true, "co-stars": true, "anchor": true}

// broadcastWords in a name make it a broadcaster's or a station's.
var broadcastWords = map[string]bool{"radio": true, "tv": true, "television": true, "channel": true, "fm": true, "network": true, "news": true, "broadcasting": true, "music": true}

// showBody reports whether body mention m of sentence s is named as a show
// by a title of who appears in it, right after the name ("Little Britain
// star") or as "star of NAME", and is no body a gazetteer knows nor a
// broadcaster's name.
func showBody(s *sentence, m *mention) bool {
	if m.typ != Organization && m.typ != Other {
		return false
	}
	k := m.end
	if k < len(s.toks) && s.toks[k].Tag == "POS" {
		k++
	}
	after := k < len(s.toks) && showTitles[s.lower(k)]
	before := m.start >= 2 && s.lower(m.start-1) == "of" && showTitles[s.lower(m.start-2)] ||
		m.start >= 3 && s.lower(m.start-1) == "the" && s.lower(m.start-2) == "of" && showTitles[s.lower(m.start-3)]
	if !after && !before {
		return false
	}
	if isAcronym(m.name) {
		return false
	}
	if _, ok := orgLookup(m.name); ok {
		return false
	}
	for w := range strings.FieldsSeq(lower(m.name)) {
		if broadcastWords[w] || legalForms[strings.TrimSuffix(w, ".")] {
			return false
		}
	}
	return true
}
