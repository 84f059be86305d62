package extract

import "strings"

// spacedTicker reports whether the text inside one of Reuters' angle
// brackets is a ticker written with a space before its exchange's code:
// "<NOBL ST>" (Stockholm), "<REED L>" (London), "<WAN B>" (a class of
// shares), "<MD N>". The symbol is two to six capitals or digits, the code
// one or two capitals that are no legal form: "<KEBO AB>" and "<BASF AG>"
// are firms' names (organisation nodes seed335).
func spacedTicker(inner string) bool {
	sym, code, ok := strings.Cut(inner, " ")
	if !ok || len(sym) < 2 || len(sym) > 6 || len(code) < 1 || len(code) > 2 {
		return false
	}
	for _, c := range sym + code {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	for _, c := range code {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	l := lower(code)
	return !legalForms[l] && !legalSuffix[l]
}
