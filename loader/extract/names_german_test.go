package extract

import (
	"testing"
	"time"
)

// TestGermanPeople checks the given-name cue of German text: a given name
// of the lists followed by a capitalised word that is no noun of the text is
// a person, with particles and initials inside; a second given name opens a
// second person; a given name that the text uses as a noun after an article
// ("die Rose", "eine Art") opens no name.
func TestGermanPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // people that must be found
		not        []string // names that must not be found
	}{
		{"given names",
			"In seinem neuen Buch schreibt Heinz Kallenbach über die Geschichte der Universität, und Georg von Lindenau hat das Vorwort verfasst. " +
				"Schon früher hatte Markus Oberreiter die Akten gesichtet, doch erst jetzt liegt das ganze Material vor und kann gelesen werden. " +
				"Die Kritiker loben das Buch, weil es viele Quellen zum ersten Mal zeigt und die Leser neugierig macht.",
			[]string{"Heinz Kallenbach", "Georg von Lindenau", "Markus Oberreiter"},
			[]string{"Buch", "Geschichte", "Vorwort", "Akten", "Material", "Kritiker"}},
		{"a second person after a title",
			"Um dieser Frage nachzugehen, hat unsere Redakteurin Anna Brinkhoff Tobias Wendtland vom Bündnis getroffen, der seit Jahren gegen den Bau kämpft. " +
				"Treffpunkt ist ein Park am Fluss, wo die Bagger bald anrücken sollen, wie die Anwohner befürchten. " +
				"Die Initiative will das verhindern und sammelt seit dem Frühjahr Unterschriften in der ganzen Nachbarschaft.",
			[]string{"Anna Brinkhoff", "Tobias Wendtland"},
			[]string{"Anna Brinkhoff Tobias", "Anna Brinkhoff Tobias Wendtland", "Tobias"}},
		{"given names the text uses as nouns",
			"Im Garten blüht die Rose schon im Mai, und eine Art Zaun schützt die Beete, ein hoher Art Zaun vor den Hasen des Nachbarn. " +
				"Wer eine rote Rose Wochen später schneidet, bekommt im Herbst keine Blüten mehr, sagen die Gärtner aus dem Dorf. " +
				"Eine Art Pflege gibt es nicht, denn jede Sorte braucht etwas anderes und jeder Boden ist verschieden.",
			nil,
			[]string{"Rose Wochen", "Art Zaun", "Art Pflege"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := germanNames(t, tt.text)
			for _, n := range tt.want {
				if g, ok := got[n]; !ok || g != Person {
					t.Errorf("%q: got %q (found %v), want Person; entities %v", n, g, ok, got)
				}
			}
			for _, n := range tt.not {
				if _, ok := got[n]; ok {
					t.Errorf("%q found, want no such name; entities %v", n, got)
				}
			}
		})
	}
}

// TestGermanNouns checks what German text writes with a capital and English
// news reads as a name: a country's English alias ("Mann", the Isle of Man),
// a pronoun opening a sentence ("Wen", "Allen"), a given name that is a German
// noun ("von Land zu Land"); and a town after a preposition by its ending
// ("in Lindenhain", "nach Bergau").
func TestGermanNouns(t *testing.T) {
	text := "Ein junger Mann mit bunten Haaren wartet vor dem Club, wie jeden Samstag, und erzählt von seiner Reise nach Bergau. " +
		"Wen es im Herbst in die Gegend verschlägt, der sollte das Museum besuchen. Allen gefiel die Ausstellung, die von Land zu Land zieht. " +
		"Treffpunkt ist ein Café in Lindenhain, direkt am Fluss, wo die Initiative seit Jahren gegen den Bau der Straße kämpft."
	got := germanNames(t, text)
	for _, n := range []string{"Isle of Man", "Mann", "Wen", "Allen", "Land zu Land", "Land"} {
		if _, ok := got[n]; ok {
			t.Errorf("%q found, want no such name; entities %v", n, got)
		}
	}
	for _, n := range []string{"Lindenhain", "Bergau"} {
		if g := got[n]; g != Place {
			t.Errorf("%q: got %q, want Place; entities %v", n, g, got)
		}
	}
}

// TestGermanBodies checks German bodies named by a head or a tail that is a
// word of its own ("Café Lindenblatt", "Verlag Brenner Oskamp", "Brenner
// Oskamp Verlag"), and the name after an acronym ("FH Westerholz"), but not
// a compound's noun after one ("HR Vorstandspositionen"), nor a country's
// acronym before a word ("US Forum"), nor a tail alone ("der Verlag").
func TestGermanBodies(t *testing.T) {
	text := "Das Buch ist im Brenner Oskamp Verlag erschienen, und der Verlag hat es gut beworben, wie der Verlag Brenner Oskamp mitteilt. " +
		"Kuchen gibt es im Café Lindenblatt, und die Tagung findet an der FH Westerholz statt, wo die Studierenden jedes Jahr forschen. " +
		"Nur 7 HR Vorstandspositionen gibt es in den Konzernen, und Fragen können im US Forum gestellt werden, sagte die Sprecherin."
	got := germanNames(t, text)
	for _, n := range []string{"Brenner Oskamp Verlag", "Verlag Brenner Oskamp", "Café Lindenblatt", "FH Westerholz"} {
		if g := got[n]; g != Organization {
			t.Errorf("%q: got %q, want Organization; entities %v", n, g, got)
		}
	}
	for _, n := range []string{"Verlag", "HR Vorstandspositionen", "US Forum", "Verlag Brenner"} {
		if _, ok := got[n]; ok {
			t.Errorf("%q found, want no such name; entities %v", n, got)
		}
	}
}

// germanNames extracts text, which must read as German, and returns the
// type of each name and alias it finds.
func germanNames(t *testing.T, text string) map[string]EntityType {
	t.Helper()
	doc := Extract(text, time.Time{})
	if doc.Language == nil || doc.Language.Code != "de" {
		t.Fatalf("the text does not read as German: %v", doc.Language)
	}
	got := map[string]EntityType{}
	for _, e := range doc.Entities {
		got[e.Name] = e.Type
		for _, a := range e.Aliases {
			got[a] = e.Type
		}
	}
	return got
}
