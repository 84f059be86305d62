package extract

import "testing"

// TestHonorificsBeforeName: forms of address of rank between a title and
// the name ("Dr the Rt. Hon.", "the Hon.", "Sir") leave the title to the
// person; a plain "Mr" after a comma does not make the title before it his.
func TestHonorificsBeforeName(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Port\n\nPrime Minister Dr the Rt. Hon. Keith Rowley visited the port on Monday.",
			want: []string{`Keith Rowley jobTitle "Prime Minister"`}},
		{text: "Senate\n\nSenator the Hon. Kamina Johnson Smith spoke on Monday.",
			want: []string{`Kamina Johnson Smith jobTitle "Senator"`}},
		{text: "Reserves\n\nThe revelation that Shell had inflated its reserves led to the resignation of its chairman, Sir Phil Watts.",
			want: []string{`Phil Watts jobTitle "chairman"`}},
		{text: "Economy\n\nAsked whether he trusted the prime minister, Mr Gordon Brown replied that he did.",
			notWant: []string{`Gordon Brown jobTitle "prime minister"`}},
		// "the Territory's Premier" after the name: the place the story is about
		{text: "Territory\n\nThe British Virgin Islands were shocked on Friday. Tourism in the British Virgin Islands may suffer. Hon. Natalio Wheatley, the Territory’s Premier, said the islands would grow.",
			want: []string{`Natalio Wheatley jobTitle "Premier"`, "Natalio Wheatley affiliation British Virgin Islands"}},
	})
}
