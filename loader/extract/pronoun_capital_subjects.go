// A capital city that is a verb's subject stands for its government, and
// "it" or "its" after it is that government: "After years of refusal,
// Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in
// its talks with Peking" — the talks are Moscow's, not Afghanistan's, the
// first body of the sentence.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// capitalSubject returns the capital city of mention m, which stands for
// its government, or -1 when m is no capital of the gazetteer. The city
// itself, not its country: the gazetteer's country of Moscow is Russia,
// which a story of 1987 does not mean.
func (x *extractor) capitalSubject(m *mention) int {
	if x.ents[m.ent].typ != City {
		return -1
	}
	if info, ok := gazetteer.City(x.ents[m.ent].name); !ok || !info.Capital {
		return -1
	}
	return m.ent
}
