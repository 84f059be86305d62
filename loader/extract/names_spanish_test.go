package extract

import (
	"testing"
	"time"
)

// TestSpanishNouns checks names_spanish.go: in Spanish text, one-word names
// that are words of the Spanish dictionary (also in the plural) are dropped
// unless they name an institution by a body's head noun, a country, or a
// person; English text is left alone.
func TestSpanishNouns(t *testing.T) {
	text := "La Asamblea Legislativa aprobó la Ley de Proscripción de Pandillas y prorrogó el Régimen de Excepción, " +
		"según la Fiscalía. El presidente Nayib Bukele viajó a Venezuela, donde Nicolás Maduro lo recibió. " +
		"La Fiscalía dijo que la medida es legal y que el Gobierno de El Salvador la defiende ante la prensa."
	doc := Extract("Titular\n\n"+text, time.Time{})
	if doc.Language == nil || doc.Language.Code != "es" {
		t.Fatalf("language %v, want es", doc.Language)
	}
	got := map[string]EntityType{}
	for _, e := range doc.Entities {
		got[e.Name] = e.Type
	}
	for _, name := range []string{"Ley", "Proscripción", "Pandillas", "Régimen", "Excepción"} {
		if typ, ok := got[name]; ok {
			t.Errorf("%q kept as %v; all %v", name, typ, got)
		}
	}
	for _, name := range []string{"Fiscalía", "Nayib Bukele", "Venezuela"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%q dropped; all %v", name, got)
		}
	}
}

func TestSpanishWord(t *testing.T) {
	for w, want := range map[string]bool{"ley": true, "pandillas": true, "adquisiciones": true, "régimen": true,
		"bukele": false, "qwerty": false} {
		if got := spanishWord(w); got != want {
			t.Errorf("spanishWord(%q) = %v, want %v", w, got, want)
		}
	}
}
