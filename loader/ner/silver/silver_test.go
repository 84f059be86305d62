package silver

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/ner"
)

// marks renders a training sentence's mentions and free ranges as words.
func marks(s ner.TrainingSentence) string {
	w := s.Sentence.Words()
	var out []string
	for _, m := range s.Mentions {
		out = append(out, strings.Join(w[m.Start:m.End], " ")+"/"+string(m.Label))
	}
	for _, f := range s.Free {
		out = append(out, strings.Join(w[f[0]:f[1]], " ")+"/free")
	}
	return strings.Join(out, ", ")
}

func TestProject(t *testing.T) {
	names := []name{
		{spellings: []string{"Halvorsen Milling", "Halvorsen"}, label: ner.Organization},
		{spellings: []string{"Greta Lund", "Lund"}, label: ner.Person},
		{spellings: []string{"Tromso"}, label: ner.Place},
		{spellings: []string{"Tromso Harbour Board"}, label: ner.Organization},
		{spellings: []string{"Arctic Fair"}, label: labelOf("Event")},
		{spellings: []string{"Norwegian"}, ignorable: true},
	}
	text := "HALVORSEN MILLING PROFITS RISE IN TROMSO\n\n" +
		"Halvorsen Milling said on Tuesday that profits rose.\n\n" +
		"Chief executive Greta Lund told the Tromso Harbour Board that Halvorsenville was not for sale.\n\n" +
		"Lund said the Norwegian firm would show its flour at the Arctic Fair in Tromso.\n"
	for _, tc := range []struct {
		mode IMode
		want []string
	}{
		{IFree, []string{
			"Halvorsen Milling/Organization",
			"Greta Lund/Person, Tromso Harbour Board/Organization",
			"Lund/Person, Arctic Fair/Other, Tromso/Place, Norwegian/free",
		}},
		{IDrop, []string{
			"Halvorsen Milling/Organization",
			"Greta Lund/Person, Tromso Harbour Board/Organization",
		}},
		{IOther, []string{
			"Halvorsen Milling/Organization",
			"Greta Lund/Person, Tromso Harbour Board/Organization",
			"Lund/Person, Norwegian/Other, Arctic Fair/Other, Tromso/Place",
		}},
		{IIgnore, []string{
			"Halvorsen Milling/Organization",
			"Greta Lund/Person, Tromso Harbour Board/Organization",
			"Lund/Person, Arctic Fair/Other, Tromso/Place",
		}},
	} {
		var st Stats
		ss := Project("x", text, names, tc.mode, &st)
		var got []string
		for _, s := range ss {
			got = append(got, marks(s))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.mode, got, tc.want)
		}
		if st.Headlines != 1 {
			t.Errorf("%s: %d headlines left out, want 1", tc.mode, st.Headlines)
		}
	}
}

func TestProjectTitlesOutsideThePerson(t *testing.T) {
	var st Stats
	ss := Project("x", "Chief executive Greta Lund resigned.\n", []name{{spellings: []string{"Greta Lund"}, label: ner.Person}}, IFree, &st)
	if len(ss) != 1 || len(ss[0].Titles) != 1 || ss[0].Titles[0] != [2]int{0, 2} {
		t.Fatalf("titles %v", ss)
	}
}

func TestParseIMode(t *testing.T) {
	if _, err := ParseIMode("maybe"); err == nil {
		t.Error("ParseIMode(maybe): no error")
	}
	if m, err := ParseIMode("drop"); err != nil || m != IDrop {
		t.Errorf("ParseIMode(drop) = %v, %v", m, err)
	}
}
