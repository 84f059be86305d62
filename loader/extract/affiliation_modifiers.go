package extract

// Body mentions that are a describing word, not a body: a prize or a place
// joined to a participle ("Oscar-winning director", "Grammy-nominated
// singer", "Nobel prize-winning author": what the person won, not where
// they work), and a nation's adjective after a point of the compass ("South
// Korean trade minister": the country is read from the adjective, no body
// is named "South Korean"). notABody (affiliation_objects.go) asks these.

import "strings"

// modifierParticiples end a hyphened word that describes a person, not a
// body: "Oscar-winning", "Grammy-nominated".
var modifierParticiples = map[string]bool{"winning": true, "nominated": true}

// compassWords open a nation's adjective: "South Korean", "North Vietnamese".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// describingWord reports whether a body's name is a describing word: the
// last word a hyphened participle ("Oscar-winning"), or a point of the
// compass and a nation's adjective ("South Korean").
func describingWord(ws []string) bool {
	last := ws[len(ws)-1]
	if i := strings.LastIndexByte(last, '-'); i > 0 && lowerIn(modifierParticiples, last[i+1:]) {
		return true
	}
	if len(ws) != 2 || !lowerIn(compassWords, ws[0]) {
		return false
	}
	_, ok := demonym(ws[1])
	return ok || lowerIn(nationWords, ws[1])
}
