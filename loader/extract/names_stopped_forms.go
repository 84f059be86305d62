// A legal form written with a stop after each letter ("S.P.A.", "B.V.",
// "A.G.", "S.A") ends a firm's name as its bare form ("SpA", "BV", "AG",
// "SA") does: the recogniser read "... Bertone S.P.A." and "... B.V." as
// people (five Reuters names). firmName reads both writings.

package extract

import "strings"

// stoppedLegalForm reports whether w is a legal form of legalForms written
// as single letters separated by stops ("S.P.A", "B.V.", "A.G"): two
// letters or more, each alone between stops.
func stoppedLegalForm(w string) bool {
	w = strings.TrimSuffix(w, ".")
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) != 1 || !isASCIILetter(p[0]) {
			return false
		}
	}
	return lowerIn(legalForms, strings.Join(parts, ""))
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
