package extract

import "testing"

// TestForeignLabourMinister: a Labour Minister of a country with no Labour
// party holds a portfolio, not the British party (issue 11, seed70); a
// Labour MP is the party's wherever the story is.
func TestForeignLabourMinister(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Brazil's seamen struck on Monday. Labour Minister Almir Pazzianotto said the government of Brazil will not force a settlement of the strike.",
			notWant: []string{"Almir Pazzianotto affiliation Labour Party"}},
		{text: "Iraq was the issue. However, Labour MP George Foulkes said the campaigners in Iraq would not make any difference.",
			want: []string{"George Foulkes affiliation Labour Party"}},
		{text: "Britain's unions were angry. Former Labour minister Jack Cunningham said Britain had changed.",
			want: []string{"Jack Cunningham affiliation Labour Party"}},
	})
}

// TestLabourMinistry: a lower-case "minister" after "Labour" is the labour
// ministry's post where the story is another country's and names no
// British politics (blind seed112); "Labour minister John Smith" with no
// country, or in a story of British politics, is the party's.
func TestLabourMinistry(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Union leaders of 9,000 miners employed by the state corporation Comibol began talks with the government today, a mining ministry spokesman said.\n\nLabour minister, Alfredo Franco, met with Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization (cob) and Victor Reyes, the miners federation top leader, at the mining ministry, he said.",
			notWant: []string{"Alfredo Franco affiliation Labour Party"}},
		{text: "He said Labour minister John Smith would go to Tokyo.",
			want: []string{"John Smith affiliation Labour Party"}},
		{text: "The Tories attacked the plan.\n\nThe French talks were useful, former Labour minister John Smith said.",
			want: []string{"John Smith affiliation Labour Party"}},
		{text: "The French talks were useful, former Labour minister John Smith, the MP for Leeds, said.",
			want: []string{"John Smith affiliation Labour Party"}},
	})
}
