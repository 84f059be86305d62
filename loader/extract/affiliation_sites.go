package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// siteNouns name a field, a platform or a mine, which a firm operates and
// no one works for as a body: "Norsk Hydro, operator of the Oseberg field".
var siteNouns = map[string]bool{"field": true, "fields": true, "oilfield": true, "oilfields": true, "gasfield": true, "platform": true, "platforms": true}

// operatedSites are the sites a body is named the operator of ("operator
// of the Kidston mine"); a worker "at the Kidston mine" is the mine's.
var operatedSites = map[string]bool{"mine": true, "mines": true, "refinery": true, "pipeline": true, "terminal": true}

// siteName reports whether body mention m names a site its next word calls
// a field or a platform, or one "operator of" opens (siteNouns).
func siteName(s *sentence, m *mention) bool {
	if m.end >= len(s.toks) {
		return false
	}
	w := s.lower(m.end)
	if siteNouns[w] {
		return true
	}
	if !operatedSites[w] {
		return false
	}
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	return k >= 1 && s.lower(k) == "of" && (s.lower(k-1) == "operator" || s.lower(k-1) == "operators")
}

// partnerCut reports whether body mention m is one partner of a firm's
// name the commas of a list of partners cut: "of Donaldson, Lufkin,
// Jenrette Inc" (the run of capitalised words, commas and "and" ends in a
// legal form); a partner is one word, "Merrill Lynch" of "Merrill Lynch,
// Pierce, Fenner and Smith" is the firm's short name, and "Smith Barney,
// Harris Upham and Co" read whole is no cut.
func partnerCut(s *sentence, m *mention) bool {
	if m.typ != Organization {
		return false
	}
	toks := s.toks
	if len(strings.Fields(m.name)) > 1 {
		return false // "of Merrill Lynch, Pierce, Fenner and Smith": the firm's short name, no one surname
	}
	// the first partner after "of" or "at", or one after a comma
	first := m.start >= 1 && (s.lower(m.start-1) == "of" || s.lower(m.start-1) == "at") && m.end < len(toks) && toks[m.end].Text == ","
	if !first && !(m.start >= 2 && toks[m.start-1].Text == "," && gazetteer.Capitalised(toks[m.start-2].Text)) {
		return false
	}
	words := 0
	for k := m.end; k < len(toks) && k < m.end+10; k++ {
		t := strings.TrimSuffix(toks[k].Text, ".")
		switch {
		case t == "," || t == "and" || t == "&":
		case lowerIn(legalForms, t) && words > 0 || lowerIn(legalForms, t) && m.start >= 1 && toks[m.start-1].Text == ",":
			return true
		case gazetteer.Capitalised(t):
			words++
		default:
			return false
		}
	}
	return false
}

// twoFormerBodies reports whether body mention m glues two bodies a
// "former" joins into one description: "former Free and Bad Company singer
// Paul Rodgers" (two bands). A known body ("Procter and Gamble") or a
// firm's name ending in a legal form is one.
func twoFormerBodies(s *sentence, m *mention) bool {
	if m.typ != Organization || m.start < 1 || s.lower(m.start-1) != "former" || strings.Count(m.name, " and ") != 1 {
		return false
	}
	ws := strings.Fields(m.name)
	if lowerIn(legalForms, strings.TrimSuffix(ws[len(ws)-1], ".")) {
		return false
	}
	_, known := orgLookup(m.name)
	return !known
}
