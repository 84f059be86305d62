package extract

import "strings"

// shoutedDateline reports whether mention m is the place of a dateline in
// capitals that opens its sentence before a dash: "TAYLORVILLE — The
// following are ...", "SAN DIEGO -- A woman ...". Its capitals are the
// dateline's style, not a firm's name written in capitals ("IBM"). A
// heading opened by a national adjective is no dateline.
func (x *extractor) shoutedDateline(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start != 0 || m.end >= len(s.toks) || !dashMark(s.toks[m.end].Text) {
		return false
	}
	if _, ok := demonym(titleWords(s.lower(m.start))); ok {
		return false // "FRENCH METALS - APR 7": a table's heading
	}
	letters := 0
	for i := m.start; i < m.end; i++ {
		w := s.toks[i].Text
		if len(w) < 2 || !isLetterWord(w) || strings.ToUpper(w) != w {
			return false
		}
		letters += len(w)
	}
	return letters >= 4 // not an acronym: "IBM - "
}
