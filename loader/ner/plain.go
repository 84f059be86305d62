package ner

import "strings"

// plainWord returns w as the features read it: typographic punctuation,
// which modern pages use and the CoNLL04 wire sentences the model learnt
// from do not, written the plain way wire text writes it (curly quotes and
// apostrophes, long dashes), so that "Fahie’s" and "Fahie's", “ and "
// give the same features. Other words are returned as they are,
// without allocating.
func plainWord(w string) string {
	switch w {
	case "’s":
		return "'s"
	case "’S":
		return "'S"
	case "“", "”", "„", "«", "»":
		return "\""
	case "‘":
		return "`"
	case "’":
		return "'"
	case "—", "–", "―":
		return "--"
	case "…":
		return "..."
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}
