package extract

import (
	"strings"
	"testing"
	"time"
)

// TestRolesS26: titles of modern copy (issue 15). A lower-case title whose
// head is known and whose other words are nouns ("port director", "sales
// director") is the post of the name after its comma when "the" or a
// possessive opens it, not a relation ("brother"); a place's noun in a
// possessive before a title set off by a comma ("The country's president,
// Ann Cole,") stands for the place the story is about as it does without
// the comma, and after the name ("Ann Cole, the island's port director,")
// the fact's evidence is the sentence with the noun; a degree cut by the
// tokenizer ("Ph.D.,") is passed like "PhD," before the title.
func TestRolesS26(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Docks\n\nThe port director, Mara Quinlan, said ships would wait.",
			want: []string{`Mara Quinlan jobTitle "port director"`}},
		{text: "Sales\n\nBrindle Foods said sales rose. The company's sales director, Tomas Ferreira, expects more.",
			want: []string{`Tomas Ferreira jobTitle "sales director"`, "Tomas Ferreira affiliation Brindle Foods"}},
		{text: "Fire\n\nThe victim's brother, Paul Denny, said he was shocked.",
			notWant: []string{`Paul Denny jobTitle "brother"`}},
		{text: "Vote\n\nMalawi held a vote on Monday. Malawi was calm. The country's president, Ann Cole, said it was fair.",
			want: []string{`Ann Cole jobTitle "president"`, "Ann Cole affiliation Malawi"}},
		// two countries named: the noun stands for neither
		{text: "Vote\n\nMalawi held a vote on Monday. Zambia sent observers. The country's president, Ann Cole, said it was fair.",
			notWant: []string{"Ann Cole affiliation Malawi", "Ann Cole affiliation Zambia"}},
		{text: "Harbour\n\nJamaica opened a port. Ships came to Jamaica. The island's port director, Ann Cole, said ships would dock.",
			want: []string{`Ann Cole jobTitle "port director"`, "Ann Cole affiliation Jamaica"}},
		{text: "Study\n\nThe study was led by Ruth Adler, Ph.D., a professor at Vanderbilt University.",
			want: []string{`Ruth Adler jobTitle "professor"`, "Ruth Adler affiliation Vanderbilt University"}},
		{text: "Study\n\nDan Ortiz, M.D., M.P.H., a surgeon at Vanderbilt University, led the study.",
			want: []string{`Dan Ortiz jobTitle "surgeon"`, "Dan Ortiz affiliation Vanderbilt University"}},
	})
}

// TestPlaceNounEvidence: "Ann Cole, the island's port director," links her
// to the island the story is about with the sentence that says so as
// evidence, not the first sentence naming the island.
func TestPlaceNounEvidence(t *testing.T) {
	text := "Harbour\n\nJamaica opened a port. Ships came to Jamaica. Ann Cole, the island's port director, said ships would dock."
	doc := Extract(text, time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC))
	for _, f := range doc.Facts {
		if f.Predicate != "affiliation" || doc.Entities[f.Subject].Name != "Ann Cole" {
			continue
		}
		if got := doc.Entities[f.Object].Name; got != "Jamaica" {
			t.Fatalf("affiliation object %q, want Jamaica", got)
		}
		if got := doc.Sentences[f.Sentence].Text; !strings.HasPrefix(got, "Ann Cole, the island's") {
			t.Fatalf("affiliation evidence %q, want the sentence with the island's noun", got)
		}
		return
	}
	t.Fatal("no affiliation for Ann Cole")
}

// TestDescriptionNamedLater: a description guessed to stand for the person
// named before it is someone else when that person is named again after it
// in the same sentence ("After the mayor entered the race, Ortega gained"),
// by the full name or the surname alone; with no later name it still
// stands for them.
func TestDescriptionNamedLater(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Race\n\nDaniel Ortega is running. After the mayor entered the race, Ortega gained ground.",
			notWant: []string{`Daniel Ortega jobTitle "mayor"`}},
		{text: "Race\n\nDaniel Ortega is running. After the Tulsa mayor entered the race, the Ortega campaign gained ground.",
			notWant: []string{`Daniel Ortega jobTitle "mayor"`, "Daniel Ortega affiliation Tulsa"}},
		{text: "Talks\n\nJack Straw spoke on Monday. The foreign secretary told MPs that the talks would go on.",
			want: []string{`Jack Straw jobTitle "foreign secretary"`}},
	})
}

// TestPostOfBody: a name read as a person's right after a lower-case title
// head and "of" is the post's body ("managing director of Quillon
// Dataworks"), unless it opens with a given name ("the successor of Maria
// Quillon") or may be a town before its state ("mayor of Ashby, Mass.").
func TestPostOfBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Attack\n\nOsric Lamming, managing director of Quillon Dataworks, said the attack was small.",
			want: []string{`Osric Lamming jobTitle "managing director"`, "Osric Lamming affiliation Quillon Dataworks"}},
	})
	doc := Extract("Vote\n\nHe was chosen as the successor of Maria Quillon at the meeting.", time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC))
	for _, e := range doc.Entities {
		if e.Name == "Maria Quillon" && e.Type != Person {
			t.Errorf("Maria Quillon typed %s, want Person", e.Type)
		}
	}
}
