package extract

// possessiveNationAdjective reports whether the nation's adjective at
// token i of sentence s is in the possessive: "American's chairman John
// Kerr" (affiliation-seed121 row 25) names a firm by its short name
// (American Century Corp, American Airlines), not the United States; a
// nation's possessive is its name's ("America's", "Britain's"), so the
// adjective read as a nation there is none.
func possessiveNationAdjective(s *sentence, i int) bool {
	return i+1 < len(s.toks) && (s.toks[i+1].Text == "'s" || s.toks[i+1].Text == "’s")
}
