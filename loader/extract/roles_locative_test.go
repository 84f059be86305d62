package extract

import "testing"

// TestAppositionLocatives: a body's place after it in an apposition, two
// trades joined by "and",
// and a host's guest with a national word (the curly possessive before a
// post, "the BVI’s port director, X", is read by the relation model: kept
// as a regression test).
func TestAppositionLocatives(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nAccording to Sobhi Skaik, the director of the Turkish Friendship Hospital in the Mughraqa area in the central Gaza Strip, the patients were moved.",
			want: []string{`Sobhi Skaik jobTitle "director"`, "Sobhi Skaik affiliation Turkish Friendship Hospital"}},
		{text: "Hospitals\n\n\"We have no fuel,\" said Marwan Al-Hams, director of Youssef Al-Najjar Hospital in the southern Gazan city of Rafah.",
			want: []string{`Marwan Al-Hams jobTitle "director"`, "Marwan Al-Hams affiliation Youssef Al-Najjar Hospital"}},
		// a verb after "in" is no place: the apposition does not close
		{text: "Bank\n\nJohn Smith, director of the Central Bank in charge of loans, said rates would rise.",
			notWant: []string{`John Smith jobTitle "director"`}},
		{text: "Hospitals\n\n\"It is hard,\" said Walid Abu Hatab, an obstetrician and gynecologist at Al Aqsa Martyrs Hospital.",
			want: []string{`Walid Abu Hatab jobTitle "obstetrician and gynecologist"`, "Walid Abu Hatab affiliation Al Aqsa Martyrs Hospital"}},
		// "and" before a person's name or a capitalised word joins no trades
		{text: "Hospitals\n\n\"It is hard,\" said Walid Abu Hatab, an obstetrician and friend of the family.",
			notWant: []string{`Walid Abu Hatab jobTitle "obstetrician and friend"`}},
		// a unit of the body after the title closes it
		{text: "Hospitals\n\n“We cannot do it,” said Abed Abu Hasira, a doctor in the department.",
			want: []string{`Abed Abu Hasira jobTitle "doctor"`}},
		{text: "Births\n\nDeaths have increased at the Obstetrics and Gynecology Department at Al-Shifa Hospital, according to Dr. Abed Abu Hasira, a doctor in the department.",
			want: []string{`Abed Abu Hasira jobTitle "doctor"`}},
		{text: "Hospitals\n\n“We cannot do it,” said Abed Abu Hasira, a doctor in the department of Gaza.",
			notWant: []string{`Abed Abu Hasira jobTitle "doctor"`}},
		// the second verb of a relative clause, a body's kind before its name
		{text: "Talks\n\nMr Anderson, who quit Future Publishing in 2001 and now runs organisation TED, spoke in court.",
			want: []string{"Anderson affiliation TED"}},
		{text: "Talks\n\nMr Anderson, who quit Future Publishing in 2001 and never runs organisation TED, spoke in court.",
			notWant: []string{"Anderson affiliation TED"}},
		{text: "Ports\n\nThe BVI’s port director, Oleanvine Maynard, said the port was closed.", // BVI: the British Virgin Islands by the gazetteer (463)
			want: []string{`Oleanvine Maynard jobTitle "port director"`, "Oleanvine Maynard affiliation British Virgin Islands"}},
		{text: "Ports\n\nPrime Minister Philip Davis hosted Jamaican Prime Minister Andrew Holness in Nassau on Wednesday.",
			want: []string{"Philip Davis met Andrew Holness"}},
	})
}
