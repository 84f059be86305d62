package extract

import "testing"

// TestAsRoles: a post held "as" a title after the body a verb names, in a
// relative clause after the name, and fronted before the pronoun that holds
// it; no post from a part played, an achievement or "as a result".
func TestAsRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hires\n\nCarl Dunn joined Acme Corp as chief financial officer in 2019.",
			want: []string{`Carl Dunn jobTitle "chief financial officer"`, "Carl Dunn affiliation Acme Corp"}},
		{text: "Retail\n\nThe combination has been steady, said Tom Forte, who follows Amazon as a managing director at Piper Sandler.",
			want: []string{`Tom Forte jobTitle "managing director"`, "Tom Forte affiliation Piper Sandler"}},
		{text: "Costs\n\nPaul Quinn spoke on Monday. As president of Acme Corp, he cut costs.",
			want: []string{`Paul Quinn jobTitle "president"`, "Paul Quinn affiliation Acme Corp"}},
		{text: "Taxes\n\nIn 2013, Senator Rita Stone of Kentucky called the debt the issue of the era. By 2017, as Senate majority leader, she cut taxes.",
			want: []string{`Rita Stone jobTitle "majority leader"`}},
		{text: "Film\n\nAnn Lowe, who starred as the President in the film, spoke on Monday.",
			notWant: []string{`Ann Lowe jobTitle "President"`}},
		{text: "Cup\n\nManager Mark Hughes, who won the Cup four times as a player, is aiming high.",
			notWant: []string{`Mark Hughes jobTitle "player"`}},
		{text: "Costs\n\nSam Todd spoke. As a result, he cut costs.",
			notWant: []string{`Sam Todd jobTitle "result"`}},
	})
}

// TestGermanRoleCompounds: a German title noun, alone or after a body's
// name and a hyphen, before a name; a name between is another person.
func TestGermanRoleCompounds(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Autobahn\n\nUm dieser Frage auf den Grund zu gehen, hat GROOVE-Autorin Charlotte Elsen Tobias Trommer vom Aktionsbündnis getroffen und mit ihm über die Clubs in Berlin gesprochen. " +
			"Die Clubs sind nur eine Zwischenlösung, betont er, und die Gebäude würden aufgrund der Baupläne nicht saniert.",
			want:    []string{`Charlotte Elsen jobTitle "GROOVE-Autorin"`, "Charlotte Elsen affiliation GROOVE"},
			notWant: []string{`Tobias Trommer jobTitle "GROOVE-Autorin"`}},
	})
}
