package extract

// honourBody reports whether body mention m names the contest of a sporting
// honour the words after it name, no body the winner works for or belongs
// to: "Olympic heptathlon champion Carolina Kluft" (seed130), "Wimbledon
// champion" (up to two lower-case words, then an honour of honourHeads,
// which titles.go reads as no job title either).
func honourBody(s *sentence, m *mention) bool {
	for k := m.end; k < len(s.toks) && k <= m.end+2; k++ {
		w := s.lower(k)
		if honourHeads[w] || honourHeads[lowerPlural(w)] {
			return true
		}
		if t := s.toks[k].Text; t == "" || t != w || !isLetterWord(t) {
			return false
		}
	}
	return false
}

// lowerPlural returns w without a plural's "s" ("champions").
func lowerPlural(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}
