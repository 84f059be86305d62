package extract

import "testing"

// TestPossessedNameNoBody: a person's possessive right before a name that
// says no body (no body's word, no legal form, no acronym, no body the
// gazetteer knows) names the person's work, a show or a plan, even in a
// sentence with no word for works (issue 11, s30-facts); a body named so
// stays the person's.
func TestPossessedNameNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Anna Kowalczyk's Silent Harbour Nights topped the box office again at the weekend.",
			notWant: []string{"Anna Kowalczyk affiliation Silent Harbour Nights"}},
		{text: "Critics say the evening may belong to Peter Hallworth's Golden Orchard Blues.",
			notWant: []string{"Peter Hallworth affiliation Golden Orchard Blues"}},
		{text: "Ministers said Mr Carrow's Regional Growth Facility would lend to small farmers.",
			notWant: []string{"Carrow affiliation Regional Growth Facility"}},
		{text: "Fox Broadcasting, owned by Rupert Murdoch's News Corp Ltd, will launch two shows.",
			want: []string{"Rupert Murdoch affiliation News Corp Ltd"}},
		{text: "Prime Minister Anton Velik's Social Democratic Party lost one seat in the vote.",
			want: []string{"Anton Velik affiliation Social Democratic Party"}},
		{text: "The paper was previously owned by Lord Marcus Fell's Fellgate International.",
			want: []string{"Marcus Fell affiliation Fellgate International"}},
		{text: "Richard Branson's Virgin said profits rose.",
			want: []string{"Richard Branson affiliation Virgin"}},
	})
}
