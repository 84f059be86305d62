package extract

import "testing"

// TestPluralAcronym checks the words read as acronyms in the plural.
func TestPluralAcronym(t *testing.T) {
	for w, want := range map[string]bool{"DVDs": true, "MP3s": true, "PDAs": true, "UPS": false, "Ads": false, "AT&Ts": false, "Ks": false, "DVD": false} {
		if got := pluralAcronym(w); got != want {
			t.Errorf("pluralAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPluralAcronyms checks dropPluralAcronyms on articles: the plural goes,
// a body's acronym stays.
func TestPluralAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"things", "Sales of VRDs and QPUs rose 20 pct, the QXR said on Monday.",
			map[string]EntityType{"QXR": Organization}, []string{"VRDs", "QPUs"}},
		{"people", "Three MSJs voted against the bill, Anna Kovacs said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"MSJs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
