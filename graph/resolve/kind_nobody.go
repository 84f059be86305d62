package resolve

import "strings"

// A one-word name that articles type Person, but that no person of the
// store bears in a full name (no first name, no surname of anyone named
// in full), is nobody's name: a football club ("Chelsea beat Arsenal"), a
// brand or a band an article took for a person. When articles also type
// it Organization, three times or more and a third as often as Person or
// more, it is an organisation, whatever the vote.

// personWords returns the words of the keys of the person units of two
// words or more: the store's first names and surnames.
func personWords(units [][]unit) map[string]bool {
	out := map[string]bool{}
	for _, us := range units {
		for _, u := range us {
			if u.kind != KindPerson || !strings.Contains(u.key, " ") {
				continue
			}
			for _, w := range strings.Fields(u.key) {
				out[w] = true
			}
		}
	}
	return out
}

// knownPersonWord reports whether a word is a first name or surname of a
// person of the store named in full (personWords, made on first use).
func (c *clustering) knownPersonWord(w string) bool {
	if c.personWordSet == nil {
		c.personWordSet = personWords(c.units)
	}
	return c.personWordSet[w]
}
