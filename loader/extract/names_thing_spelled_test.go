package extract

import "testing"

// TestSpelledThings checks acronyms spelled out by a thing's name dropped,
// and those of bodies kept.
func TestSpelledThings(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The IMF said in its recently released World Economic Outlook (WEO) that growth would slow. Prices in the WEO rose.", nil, []string{"WEO"}},
		{"Miners joined the National Union of Mineworkers (NUM) in March. The NUM called a strike.", map[string]EntityType{"National Union of Mineworkers": Organization}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
