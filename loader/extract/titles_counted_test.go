package extract

import "testing"

// TestCountedPluralTitles: a spelled count between a possessive and a
// title in the plural ("the group's two leaders, A and B") leaves the
// title and its body to every person listed (titles_counted.go); a count
// without a possessive before it names no body, and a count before a noun
// that is no title gives no title.
func TestCountedPluralTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Profits\n\nAcme Corp reported higher profits on Monday. The company's two founders, Donald Hart and Mary Stone, said sales rose.",
			want: []string{"Donald Hart affiliation Acme Corp", "Mary Stone affiliation Acme Corp", `Donald Hart jobTitle "founder"`, `Mary Stone jobTitle "founder"`}},
		{text: "Votes\n\nSanders has the most endorsements among the Progressive Caucus members. Seven progressives, including the group's two leaders, Ann Lowe of Ohio and Luke Bram of Iowa, back him.",
			want: []string{"Ann Lowe affiliation Progressive Caucus", "Luke Bram affiliation Progressive Caucus", `Luke Bram jobTitle "leader"`}},
		{text: "Sale\n\nAcme Corp sold a unit on Monday. The company's two buyers, Donald Hart and Mary Stone, paid cash.",
			notWant: []string{"Donald Hart affiliation Acme Corp", `Donald Hart jobTitle "buyer"`}},
	})
}
