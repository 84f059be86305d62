package extract

import "testing"

// TestAcronymModifiers checks the quality cue of dropThingAcronyms: an
// acronym between an adjective and a noun is a thing, unless the page also
// writes it alone after "the", or it follows an ordinal, or it speaks.
func TestAcronymModifiers(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"after a quality, before a noun", "The bug causes tremendous QXR load on the servers, Anna Kovacs said on Monday.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"QXR"}},
		{"a body the page writes after the", "Dealers saw speculative QXR pressure grow. The central banks bought marks to stabilise the QXR as the dollar surged, Anna Kovacs said.",
			map[string]EntityType{"QXR": Organization}, nil},
		{"a body the page names in brackets", "The White House Office of Management and Budget (QXR) told reporters. It released the third annual QXR report to Congress.",
			map[string]EntityType{"QXR": Organization}, nil},
		{"a body the page writes before a title", "QXR Director Anna Kovacs spoke. She released the third annual QXR report to Congress.",
			map[string]EntityType{"QXR": Organization}, nil},
		{"after an ordinal", "Ana Kovacs won her first QXR title on Sunday in Paris.",
			map[string]EntityType{"QXR": Organization}, nil},
		{"a body that speaks", "The bug causes tremendous QXR load. The QXR said on Monday it would fix it.",
			map[string]EntityType{"QXR": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
