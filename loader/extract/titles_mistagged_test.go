package extract

import "testing"

// TestMisreadTitleModifiers: a lower-case word the tagger misreads as a
// proper noun or a verb before a title's lower-case nouns stays in the
// title (titles_mistagged.go); a real verb before the title does not.
func TestMisreadTitleModifiers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Steel\n\nThe quota is too low, EC external trade chief Anton Brenner said on Monday.",
			want:    []string{`Anton Brenner jobTitle "external trade chief"`},
			notWant: []string{`Anton Brenner jobTitle "trade chief"`}},
		{text: "Tin\n\nThe council will sell slowly, buffer stock manager Karl Weiss said on Monday.",
			want:    []string{`Karl Weiss jobTitle "buffer stock manager"`},
			notWant: []string{`Karl Weiss jobTitle "stock manager"`}},
		{text: "Rugby\n\nWales rugby union captain Dafydd Rees has said he is fit to play.",
			want:    []string{`Dafydd Rees jobTitle "rugby union captain"`},
			notWant: []string{`Dafydd Rees jobTitle "union captain"`}},
		{text: "Board\n\nThe shareholders elected finance director Mary Stone to the board on Monday.",
			want:    []string{`Mary Stone jobTitle "finance director"`},
			notWant: []string{`Mary Stone jobTitle "elected finance director"`}},
	})
}

// TestCurrentHolderTitles: "current" and "incumbent" before a post only say
// it is held now (data/describingWords.txt).
func TestCurrentHolderTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Club\n\nThe club has a new treasurer. Ann Lowe is the current secretary.",
			want:    []string{`Ann Lowe jobTitle "secretary"`},
			notWant: []string{`Ann Lowe jobTitle "current secretary"`}},
		{text: "Acme\n\nAcme Corp said current chief executive Donald Hart will become chairman.",
			want:    []string{`Donald Hart jobTitle "chief executive"`},
			notWant: []string{`Donald Hart jobTitle "current chief executive"`}},
	})
}

// TestInternationalDepartmentTitles: "International" opening a sentence
// before capitalised department words and a head is the title's, with two
// department words joined by "and" (titles_opening.go).
func TestInternationalDepartmentTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Aid\n\nInternational Development Minister Ann Lowe said the aid would go to the north.",
			want:    []string{`Ann Lowe jobTitle "International Development Minister"`},
			notWant: []string{`Ann Lowe jobTitle "Development Minister"`}},
		{text: "Trade\n\nInternational Trade and Industry Minister Ken Mori told parliament the pact held.",
			want:    []string{`Ken Mori jobTitle "International Trade and Industry Minister"`},
			notWant: []string{`Ken Mori jobTitle "Trade and Industry Minister"`}},
	})
}

// TestOpeningCommonWordTitles: a common word opening a sentence, tagged a
// proper noun or an adjective or unseen inside sentences, before a title's
// lower-case noun and head is the title's first word (titles_mistagged.go
// misreadOpeningNoun, titles.go nameBeforeTitle); a body's noun before a
// head alone is not, and a describing word is dropped though capitalised.
func TestOpeningCommonWordTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tin\n\nBuffer stock manager Karl Weiss will keep selling until the council meets.",
			want:    []string{`Karl Weiss jobTitle "Buffer stock manager"`},
			notWant: []string{`Karl Weiss jobTitle "stock manager"`}},
		{text: "Bonds\n\nPublic finances director Ana Ruiz said the state would borrow abroad.",
			want:    []string{`Ana Ruiz jobTitle "Public finances director"`},
			notWant: []string{`Ana Ruiz jobTitle "finances director"`}},
		{text: "Talks\n\nPolitical science professor Hugo Lind said the coalition would hold.",
			want:    []string{`Hugo Lind jobTitle "Political science professor"`},
			notWant: []string{`Hugo Lind jobTitle "science professor"`}},
		{text: "Acme\n\nCompany chairman Karl Weiss said the issue would be placed abroad.",
			want:    []string{`Karl Weiss jobTitle "chairman"`},
			notWant: []string{`Karl Weiss jobTitle "Company chairman"`}},
		{text: "Music\n\nTeenage soul singer Mia Lowe has sold a million records.",
			want:    []string{`Mia Lowe jobTitle "soul singer"`},
			notWant: []string{`Mia Lowe jobTitle "Teenage soul singer"`}},
	})
}
