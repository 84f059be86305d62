package extract

import (
	"testing"
	"time"
)

// TestForeignArticledNames checks names_foreign_articles.go: a name that the
// text writes with its capitalised article inside a sentence keeps the
// article at a sentence's opening; an article that opens a sentence before
// a name written without it elsewhere is still no part of the name.
func TestForeignArticledNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		not        []string
	}{
		{"the article inside a sentence elsewhere",
			"La Asamblea Legislativa aprobó este martes una ley especial para la construcción de centros penales en El Salvador, en momentos de crisis. " +
				"El Salvador se encuentra bajo régimen de excepción tras una oleada de asesinatos a finales de marzo, y el Congreso aprobó el endurecimiento de las penas.",
			[]string{"El Salvador"}, []string{"Salvador"}},
		{"no article inside a sentence",
			"El Congreso aprobó este martes una ley especial para la construcción de centros penales, en momentos de crisis para todo el país. " +
				"Los diputados del Congreso dijeron que la ley se aplicará desde el mes de abril, y la oposición pidió una explicación al gobierno.",
			[]string{"Congreso"}, []string{"El Congreso"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.text, time.Time{})
			if doc.Language == nil {
				t.Fatalf("the text reads as English")
			}
			got := map[string]bool{}
			for _, e := range doc.Entities {
				got[e.Name] = true
			}
			for _, n := range tt.want {
				if !got[n] {
					t.Errorf("%q not found; entities %v", n, got)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("%q found, want no such name; entities %v", n, got)
				}
			}
		})
	}
}
