package extract

import "testing"

// TestTitlesSeed93: the wrong job titles of seed93-96 (and seed64's
// "Shadow leader") by mechanism (titles_trimmed.go).
func TestTitlesSeed93(t *testing.T) {
	runRules(t, []ruleCase{
		// a title head misspelt by two letters swapped, with its rank
		{text: "Sterling was seen firming on a wave of popularity for British prime minsiter Margaret Thatcher's ruling Conservatives.",
			want:    []string{`Margaret Thatcher jobTitle "prime minister"`},
			notWant: []string{`Margaret Thatcher jobTitle "minsiter"`}},
		{text: "The ferry was inspected by senior engineer John Dobbs on Tuesday.",
			want: []string{`John Dobbs jobTitle "senior engineer"`}},
		// a compound opening the sentence
		{text: "Talk show host Jerry Springer, whose programme inspired the opera, has said he would not have written it himself.",
			want:    []string{`Jerry Springer jobTitle "Talk show host"`},
			notWant: []string{`Jerry Springer jobTitle "show host"`}},
		// the tail of a body's name cut off its first word
		{text: "Economics Ministry State Secretary Otto Schlecht said the Bonn government saw no need.",
			want:    []string{`Otto Schlecht jobTitle "State Secretary"`},
			notWant: []string{`Otto Schlecht jobTitle "Ministry State Secretary"`}},
		{text: "In a briefing, Bank President Antonio Ortiz-Mena said lending would be at a similar level.",
			want: []string{`Antonio Ortiz-Mena jobTitle "Bank President"`}},
		// a firm's acronym before a lower-case title; not a nation's, a medium's
		{text: "German newspapers reported that Werner Schmidt, SEAT supervisory board chairman, had told journalists that SEAT losses were big.",
			want:    []string{`Werner Schmidt jobTitle "supervisory board chairman"`},
			notWant: []string{`Werner Schmidt jobTitle "SEAT supervisory board chairman"`}},
		{text: "Tonight's show is hosted by Jane Smith, a TV presenter, with a studio audience.",
			want: []string{`Jane Smith jobTitle "TV presenter"`}},
		// a name cut at an initial where the sentence was split
		{text: "The company said IBM vice president Paul R.\nSmith will head the unit.",
			notWant: []string{`Paul R jobTitle "vice president"`}},
		// a given name read into the title
		{text: "U.K. Minister for Aviation Michael Spicer said transatlantic traffic should increase.",
			want:    []string{`Spicer jobTitle "Minister for Aviation"`},
			notWant: []string{`Spicer jobTitle "Minister for Aviation Michael"`}},
		{text: "Secretary of Trade and Industry Jose Concepcion said exports rose.",
			want: []string{`Jose Concepcion jobTitle "Secretary of Trade and Industry"`}},
		// a describing adjective
		{text: "The Tower Commission's scathing comments on President Reagan's embattled chief of staff Donald Regan could signal the death knell.",
			want:    []string{`Donald Regan jobTitle "chief of staff"`},
			notWant: []string{`Donald Regan jobTitle "embattled chief of staff"`}},
		// a plural title before a comma and one name
		{text: "But a spokesman for the owners, Townsend Thoresen, said it was also possible the ferry had been holed.",
			notWant: []string{`Townsend Thoresen jobTitle "owner"`}},
		{text: "Scherer said one of its directors, Richard Manoogian, said he will buy shares.",
			want: []string{`Richard Manoogian jobTitle "director"`}},
		{text: "Bahrain's Finance Minister, Ibrahim Abdul-Karim, said the budget was balanced.",
			want: []string{`Ibrahim Abdul-Karim jobTitle "Finance Minister"`}},
		// another's post glued before an office
		{text: "North is the National Security Council (NSC) aide President Reagan fired in November.",
			want:    []string{`Reagan jobTitle "President"`},
			notWant: []string{`Reagan jobTitle "aide President"`}},
		{text: "Beryl Sprinkel, Chairman of President Reagan's Council of Economic Advisors, denounced protectionism.",
			notWant: []string{`Reagan jobTitle "Chairman of President"`}},
		{text: "Secretary of State George Shultz will go to Moscow.",
			want: []string{`George Shultz jobTitle "Secretary of State"`}},
		// a post named with its house
		{text: "Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"",
			want:    []string{`Oliver Heald jobTitle "Shadow leader of the Commons"`},
			notWant: []string{`Oliver Heald jobTitle "Shadow leader"`}},
		{text: "Governor of the Bank of England Robin Leigh-Pemberton said rates would hold.",
			want: []string{`Robin Leigh-Pemberton jobTitle "Governor"`}},
	})
}
