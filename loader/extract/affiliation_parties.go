package extract

import "strings"

// labourCountries have a party called Labour (or its translation) that a
// story about them may name: elsewhere "Labour Minister" is a portfolio
// ("Labour Minister Almir Pazzianotto" of Brazil), not the British party.
var labourCountries = map[string]bool{
	"United Kingdom": true, "Ireland": true, "Australia": true, "New Zealand": true,
	"Israel": true, "Norway": true, "Netherlands": true, "Malta": true,
}

// foreignLabour reports whether an affiliation to body o read from
// sentence si would give the Labour Party to a Labour Minister in a story
// about a country that has no Labour party: "Labour Minister Brigadier Ike
// Nwachukwu, announcing the decision in Lagos". "Labour MP" is the party's
// wherever the story is.
func (x *extractor) foreignLabour(o, si int) bool {
	if x.ents[o].name != "Labour Party" || si < 0 || si >= len(x.sents) || !labourMinister(&x.sents[si]) {
		return false
	}
	if x.storyNation == 0 {
		x.storyNation = -1
		if sp := x.storyPlace(); sp >= 0 && x.ents[sp].typ == Country {
			x.storyNation = sp + 1
		}
	}
	return x.storyNation > 0 && !labourCountries[x.ents[x.storyNation-1].name]
}

// labourMinister reports whether a sentence writes "Labour Minister" (or
// "minister", "Ministers").
func labourMinister(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.lower(k) == "labour" && strings.HasPrefix(s.lower(k+1), "minister") {
			return true
		}
	}
	return false
}
