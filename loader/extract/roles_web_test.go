package extract

import "testing"

// TestWebTitlesBefore: titles written before a name in modern copy: a
// lower-case trade, a capitalised title with its field, a rank after a
// lower-case post.
func TestWebTitlesBefore(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plumber jailed\n\nRegistered gas fitter Andrew Hartley did a rushed job.",
			want:    []string{`Andrew Hartley jobTitle "gas fitter"`},
			notWant: []string{`Andrew Hartley jobTitle "Registered gas fitter"`}},
		// a trade the tagger reads as a comparative (roles_misread_trades.go),
		// after a preposition read as an adverb; a comparative is no trade
		{text: "Wigs\n\nShe appeared alongside blogger Pamela Shaddock in the video.",
			want: []string{`Pamela Shaddock jobTitle "blogger"`}},
		{text: "Shows\n\nThe series features vlogger Jane Dolan and podcaster Joe Rennick.",
			want: []string{`Jane Dolan jobTitle "vlogger"`, `Joe Rennick jobTitle "podcaster"`}},
		{text: "Race\n\nThe younger Wilbur Tate was faster than the older Wilbur Tate.",
			notWant: []string{`Wilbur Tate jobTitle "younger"`, `Wilbur Tate jobTitle "older"`}},
		// a relational adjective opening the trade's compound is the trade's
		// (compoundAdjective); an adjective of another kind is not
		{text: "Wigs\n\nIn 2019 she created the brand alongside natural hair blogger Pamela Shaddock.",
			want: []string{`Pamela Shaddock jobTitle "natural hair blogger"`}},
		{text: "Race\n\nThe party chose the past front runner Catherine Murtagh again.",
			notWant: []string{`Catherine Murtagh jobTitle "past front runner"`}},
		// a two-word national adjective opening a sentence, its first word
		// read as a person's name (names_missed.go nationalPairOwner)
		{text: "Apology\n\nCosta Rican President Rodrigo Chaves apologized to the World Bank on Monday.",
			want: []string{"Rodrigo Chaves affiliation Costa Rica", `Rodrigo Chaves jobTitle "President"`}},
		{text: "Shaming\n\nProfessor of health psychology Jane Ogden told the show that shaming was wrong.",
			want: []string{`Jane Ogden jobTitle "Professor of health psychology"`}},
		{text: "Shooting\n\nAt the scene, police press liaison officer Superintendent Audley Peters said officers were alerted.",
			want:    []string{`Audley Peters jobTitle "police press liaison officer"`, `Audley Peters jobTitle "Superintendent"`},
			notWant: []string{`Audley Peters jobTitle "officer Superintendent"`}},
		// an honorific or a royal word after the post is no rank of its own
		{text: "Hearing\n\nCommittee chairman Rep. Jack Brooks said the hearing would go on.",
			want:    []string{`Jack Brooks jobTitle "chairman"`},
			notWant: []string{`Jack Brooks jobTitle "Rep."`, `Jack Brooks jobTitle "chairman Rep."`}},
		// a post-to-be is a title: before the name and in an apposition
		{text: "Apology\n\nPresident-elect Rodrigo Chaves apologized to the two women.",
			want: []string{`Rodrigo Chaves jobTitle "President-elect"`}},
		{text: "Commission\n\nThe commission will be led by the vice-president-elect, Mary Munive, and will include the ministries.",
			want: []string{`Mary Munive jobTitle "vice-president-elect"`}},
		// a kind of trade before "like" or "such as": each one listed
		{text: "Climate\n\nResearchers like Akshay Deoras attribute this rise to El Nino.",
			want: []string{`Akshay Deoras jobTitle "Researcher"`}},
		{text: "Rates\n\nThe cut was welcomed by economists such as John Smith and Mary Jones.",
			want: []string{`John Smith jobTitle "economist"`, `Mary Jones jobTitle "economist"`}},
		{text: "Book\n\nThere will be a market for politicians like Donald Trump.",
			notWant: []string{`Donald Trump jobTitle "politician"`}},
		{text: "Fans\n\nThe show drew viewers like John Smith.",
			notWant: []string{`John Smith jobTitle "viewer"`}},
		// deeds, ages, standings and things are no trades
		{text: "Release\n\nConvicted killer John Smith was freed on Monday.",
			notWant: []string{`John Smith jobTitle "killer"`}},
		{text: "Tennis\n\nSpanish teenager Rafael Nadal won the match.",
			notWant: []string{`Rafael Nadal jobTitle "teenager"`}},
		{text: "Magazine\n\nMajority shareholder Hugh Hefner sold some stock.",
			notWant: []string{`Hugh Hefner jobTitle "shareholder"`, `Hugh Hefner jobTitle "majority shareholder"`}},
		// an adjective before the nouns: the trade is cut, so none is read
		{text: "Casino\n\nThe deal was signed by real estate developer Donald Trump on Monday.",
			notWant: []string{`Donald Trump jobTitle "estate developer"`}},
		{text: "Bids\n\nThe offer came from last week investor Paul Bilzerian.",
			notWant: []string{`Paul Bilzerian jobTitle "week investor"`}},
		// someone's trade is a relation, not a post
		{text: "Family\n\nShe lived with his gardener John Smith.",
			notWant: []string{`John Smith jobTitle "gardener"`}},
	})
}

// TestWebAffiliations: bodies after "from", after a list of portfolios,
// and after a place.
func TestWebAffiliations(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Climate\n\nDavid Reay from Edinburgh University likens the figures to a film.",
			want: []string{"David Reay affiliation Edinburgh University"}},
		{text: "Climate\n\nResearchers like Akshay Deoras from the University of Reading attribute this rise to El Nino.",
			want: []string{"Akshay Deoras affiliation University of Reading"}},
		// where a player came from is no employer
		{text: "Transfer\n\nArsenal signed John Smith from Chelsea for five million pounds.",
			notWant: []string{"John Smith affiliation Chelsea"}},
		{text: "Airlines\n\n\"We are joining a family,\" Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska Airlines, said in a statement.",
			want:    []string{"Nathaniel Pieper affiliation Alaska Airlines", `Nathaniel Pieper jobTitle "senior vice president of fleet, finances and alliances"`},
			notWant: []string{`Nathaniel Pieper jobTitle "senior vice president of fleet"`}},
		{text: "Blackouts\n\n\"We understand outages are not easy,\" said Anne Gonzales, a spokeswoman for California ISO.",
			want:    []string{`Anne Gonzales jobTitle "spokeswoman"`, "Anne Gonzales affiliation ISO"},
			notWant: []string{"Anne Gonzales affiliation California"}},
		// a town and its state before "-based": the body's seat
		{text: "Software\n\nMark Delaney, president of Santa Monica, Calif.-based Zentrix Systems Inc, said sales rose.",
			want:    []string{"Mark Delaney affiliation Zentrix Systems Inc"},
			notWant: []string{"Mark Delaney affiliation Santa Monica"}},
		// a dash closes the apposition as a comma does
		{text: "Court\n\nThe family – including mother Lucy Evans, an artist – were not in court.",
			want: []string{`Lucy Evans jobTitle "artist"`}},
		// the person served ends the title, a place and "but" after it too
		{text: "Campaign\n\n\"He has been hit before,\" said Hank Sheinkopf, who was a political advisor to Michael Bloomberg in New York but is not working for his campaign.",
			want:    []string{`Hank Sheinkopf jobTitle "political advisor"`},
			notWant: []string{"Hank Sheinkopf affiliation Michael Bloomberg", "Hank Sheinkopf affiliation New York"}},
	})
}
