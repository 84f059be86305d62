package nlp

// curlyPluralPossessives tags POS a typographic apostrophe glued to a word
// ending in "s" and followed by a word, as prose tags the straight one:
// "Goldman Sachs’ chief economist", "Acme Foods’ head of product" (fixTag
// tags every "’" a closing quote). Not one that closes a quote a "‘" opened
// before it in the sentence: "‘the Kings’ was".
func curlyPluralPossessives(toks []Token) {
	open := 0 // quotes opened by "‘" and not closed yet
	for i := range toks {
		switch toks[i].Text {
		case "‘":
			open++
		case "’":
			if open > 0 {
				open--
				continue
			}
			if i == 0 || i+1 >= len(toks) {
				continue
			}
			prev, next := toks[i-1].Text, toks[i+1].Text
			if prev == "" || prev[len(prev)-1] != 's' && prev[len(prev)-1] != 'S' || toks[i-1].End != toks[i].Start || toks[i+1].Start == toks[i].End {
				continue
			}
			if c := next[0]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				toks[i].Tag = "POS"
			}
		}
	}
}
