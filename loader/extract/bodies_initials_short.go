// A firm named after its founder's initials and surname, and then by the
// surname: "Tallow" after "R.J. Tallow Co", "Quarry" after "J. Quarry and
// Sons Inc". The initials are no short name of their own; the words after
// them are the firm's distinctive ones.

package extract

import "strings"

// initialsLedWords returns the first words after the leading initials of a
// firm's name f ("Tallow", "Tallow Tools" of "R.J. Tallow Tools Co"): the
// name opens with one or more initials (initialsWord: no place's, so not
// "U.S."), holds a legal form, and goes on with a capitalised word that no
// "of" or "for" follows ("P.S. Lane of Lane Trust Co" is a person glued to
// a firm). Nil for any other name.
func initialsLedWords(f []string) []string {
	i := 0
	for i < len(f) && initialsWord(f[i]) {
		i++
	}
	if i == 0 || i+1 >= len(f) || !legalWordIn(strings.Join(f[i:], " ")) || legalForms[legalWord(f[i])] {
		return nil
	}
	if w := lower(f[i+1]); w == "of" || w == "for" {
		return nil
	}
	var out []string
	for n := i + 1; n < len(f); n++ {
		if titleJoin(f[n-1]) || legalForms[legalWord(f[n-1])] {
			continue // "Quarry and" is no name; nor "Tallow Co"
		}
		out = append(out, strings.TrimSuffix(strings.Join(f[i:n], " "), ","))
	}
	return out
}
