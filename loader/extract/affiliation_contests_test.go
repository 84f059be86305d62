package extract

import "testing"

// TestContestNamedByNation: a nation's word opening a contest's name
// ("French Open champion") is no one's nationality nor body.
func TestContestNamedByNation(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tennis\n\nFederer dropped a tight first set against 2004 French Open champion Gaston Gaudio, but was content with his game.",
			notWant: []string{"Gaston Gaudio nationality France", "Gaston Gaudio affiliation France"}},
		{text: "Tennis\n\nAustralian Open champion Serena Williams survived an early scare to beat Russia's Elena Bovina.",
			notWant: []string{"Serena Williams nationality Australia", "Serena Williams affiliation Australia"}},
		// a nation's word before a trade stays the nationality
		{text: "Film\n\nFrench actress Audrey Tautou will play the female lead.",
			want: []string{"Audrey Tautou nationality France"}},
	})
}
