package extract

import "strings"

// partiesNamed reports whether the story names more than one political
// party, by any name: "the party" is then none of them for certain ("Forlani,
// president of the party" in a story naming the Christian Democrats he leads,
// and the Republicans, Social Democrats and Liberals of the coalition,
// seed130), though only one of them, the Republican Party, has a name
// headed by "party".
func (x *extractor) partiesNamed() bool {
	n := 0
	for e := range x.ents {
		if x.ents[e].typ != Organization || len(x.ents[e].mentions) == 0 || !x.partyLike(e) {
			continue
		}
		if n++; n > 1 {
			return true
		}
	}
	return false
}

// partyLike reports whether entity e is a political party (partyBody) or
// is named by its members ("Christian Democrats", "Liberals").
func (x *extractor) partyLike(e int) bool {
	if x.partyBody(e) {
		return true
	}
	f := strings.Fields(x.ents[e].name)
	return len(f) > 0 && partyWord(f[len(f)-1])
}
