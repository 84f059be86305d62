package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/ner"
)

// titledCommonNames drops the names of two words or more read as people's
// that are common nouns only, right after a capitalised word read as a
// title: the words name a thing, no titled person ("the Audi Private
// Purchase Plan", where "Private" is no soldier's rank; affiliation-seed156
// row 30). Every word of the name must be a dictionary word news rarely
// writes with a capital, none a given name or a surname, and one of six
// letters or more: names of short syllables are often people's that a
// dictionary also spells ("Planning Minister Song Ping").
func (x *extractor) titledCommonNames() {
	x.dropAfterTitleWord(func(m *mention) bool {
		return m.end-m.start >= 2 && commonNounsOnly(m.name)
	})
}

// commonNounsOnly reports whether every word of name is a dictionary word
// news rarely writes with a capital inside a sentence, none a given name
// or a surname, and one of six letters or more.
func commonNounsOnly(name string) bool {
	long := false
	for w := range strings.FieldsSeq(name) {
		long = long || len(w) >= 6
		lw := lower(w)
		if len(lw) < 3 || givenNames[lw] || surnames[lw] || !dictionaryWord(lw) || !ner.RareCapital(w) && !ner.Unseen(w) {
			return false
		}
	}
	return long
}
