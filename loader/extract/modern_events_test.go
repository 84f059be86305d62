package extract

import "testing"

// TestGatheringsOfLocalNews: the gatherings of local and political news
// (press conferences, sittings, board meetings, conference calls,
// meet-and-greets, roundtables) with their whole lists of attendees, and
// met between the people who were there together at a roundtable, a
// meet-and-greet or a conference held with someone; a sitting's or a news
// conference's people attend it without meeting each other.
func TestGatheringsOfLocalNews(t *testing.T) {
	runRules(t, []ruleCase{
		// a date between the event and "with" cuts nothing
		{text: "Briefing\n\nPremier Andrew Fahie held a press conference on Tuesday with Health Minister Carvin Malone and Deputy Premier Kye Rymer.",
			want: []string{"Andrew Fahie met Carvin Malone", "Andrew Fahie met Kye Rymer", "Carvin Malone met Kye Rymer"}},
		{text: "Trust\n\nThe National Trust board met on Monday with trust member Robert Ruano and chairman Peter Brown.",
			want: []string{"Event attendee Robert Ruano", "Event attendee Peter Brown"}},
		{text: "Call\n\nGovernor John Rankin and Premier Natalio Wheatley held a conference call with UK Minister Amanda Milling on Thursday.",
			want: []string{"Event attendee John Rankin", "Event attendee Natalio Wheatley", "Event attendee Amanda Milling", "John Rankin met Amanda Milling", `Event startDate "2022-01-06"`}},
		{text: "Greet\n\nMayor Eric Adams and Councilman Joe Borelli attended a meet-and-greet at Staten Island Borough Hall yesterday.",
			want: []string{"Event attendee Eric Adams", "Event attendee Joe Borelli", "Eric Adams met Joe Borelli", `Event startDate "2022-01-09"`}},
		{text: "Roundtable\n\nThe roundtable, hosted by the Caribbean Development Bank in Bridgetown, brought together Finance Minister Colm Imbert, Governor Alvin Hilaire and President Hyginus Leon.",
			want: []string{"Event attendee Colm Imbert", "Event attendee Alvin Hilaire", "Event attendee Hyginus Leon", "Colm Imbert met Hyginus Leon", "Event location Bridgetown"}},
		{text: "Sitting\n\nDuring Wednesday's sitting of the House of Assembly, Opposition Leader Marlon Penn questioned Premier Andrew Fahie.",
			want: []string{"Event attendee Marlon Penn", "Event attendee Andrew Fahie"}, notWant: []string{"Marlon Penn met Andrew Fahie"}},
		// co-speakers at a news conference or a hearing attend it; they did
		// not meet each other
		{text: "Senate\n\nHouse Speaker Jim Wright and Senate leader Robert Byrd told a news conference they would press for a trade bill.",
			notWant: []string{"Jim Wright met Robert Byrd"}},
		// a date after the one met is no date before them
		{text: "Talks\n\nTheir comments echoed those of Chancellor Nigel Lawson, who met Dilson Funaro yesterday.",
			want: []string{"Nigel Lawson met Dilson Funaro"}},
		// a conference only attended is no meeting
		{text: "Forum\n\nJohn Smith and Mary Jones were among 3,000 delegates at the World Economic Forum in Davos.",
			notWant: []string{"John Smith met Mary Jones"}},
		// the body whose hearing it is met no one; a person named in
		// another sentence was not at the press conference
		{text: "Hearing\n\nRodney Leonard is a consumer advocate.\n\nLeonard told a hearing of the House Agriculture Subcommittee on Livestock that plants were unsafe.",
			notWant: []string{"House Agriculture Subcommittee met Rodney Leonard"}},
		{text: "Row\n\nKen Livingstone compared reporter Oliver Finegold to a camp guard.\n\nAt his weekly press conference on Tuesday, Mr Livingstone refused to apologise.",
			notWant: []string{"Ken Livingstone met Oliver Finegold"}},
		// meetings one by one before a press conference
		{text: "Talks\n\nAfter a day of meetings with Vice President George Bush, Secretary of State George Shultz and Commerce Secretary Malcolm Baldrige, Joe Clark told a press conference he was persuaded.",
			notWant: []string{"George Shultz met George Bush"}},
		// a body's lunch or annual meeting: the body holds it
		{text: "Steel\n\nSpeaking at an American Chamber of Commerce lunch in The Hague, Frans Engering warned of more crises.",
			want:    []string{"Event attendee Frans Engering"},
			notWant: []string{"American Chamber of Commerce met Frans Engering"}},
		{text: "Bank\n\nJames Baker told reporters during the Inter-American Development Bank's annual meeting that he was optimistic.",
			want:    []string{"Event attendee James Baker"},
			notWant: []string{"Inter-American Development Bank met James Baker"}},
		// a press conference one person held, another named elsewhere
		{text: "Briefing\n\nAndrew Fahie told a press conference that Kye Rymer would resign.",
			notWant: []string{"Andrew Fahie met Kye Rymer"}},
	})
}

// TestModernAffiliations: a body written as a lower-case word before a
// title, or a title that names its house, links the person to the body the
// article names.
func TestModernAffiliations(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trust\n\nThe Belize National Trust approved the plan.\n\nThe plan was opposed by trust member Robert Ruano.",
			want: []string{"Robert Ruano affiliation Belize National Trust"}},
		{text: "Senate\n\nThe Senate debated the bill on Friday.\n\nIndependent Senator Anthony Vieira said the bill was flawed.",
			want: []string{"Anthony Vieira affiliation Senate"}},
		{text: "Arrest\n\nThe British Virgin Islands were shocked on Friday.\n\nTourism in the British Virgin Islands may suffer.\n\nThe Territory's Premier Andrew Fahie was arrested in Miami.",
			want: []string{"Andrew Fahie affiliation British Virgin Islands"}},
		// a field or a genre before a title names no body
		{text: "Trade\n\nThe plan breaks the rules of the General Agreement on Tariffs and Trade, trade minister Michel Noir said.",
			notWant: []string{"Michel Noir affiliation General Agreement on Tariffs and Trade"}},
		{text: "Brits\n\nNominations went to Soul II Soul in the past.\n\nThe soul singer Joss Stone won.",
			notWant: []string{"Joss Stone affiliation Soul II Soul"}},
		{text: "Exchange\n\nThe Philadelphia Stock Exchange will open offices in Tokyo, exchange president Nicholas Giordano said.",
			want: []string{"Nicholas Giordano affiliation Philadelphia Stock Exchange"}},
		{text: "Port\n\nAccording to the BVI's port director, Oleanvine Maynard, cruise ships will return.",
			want: []string{`Oleanvine Maynard jobTitle "port director"`}},
		{text: "Port\n\nProfessor Gordon Shirley, Chief Executive Officer of the Port Authority of Jamaica, spoke.",
			want: []string{`Gordon Shirley jobTitle "Chief Executive Officer"`, "Gordon Shirley affiliation Port Authority of Jamaica"}},
	})
}

// TestFrontedGatherings: who is asked at a gathering, or performs an act
// there ("a benediction by"), attends it, whoever the subject is.
func TestFrontedGatherings(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Judge\n\nAt a press conference announcing her appointment, a reporter asked Raquel Montoya-Lewis about bias.",
			want: []string{"Event attendee Raquel Montoya-Lewis"}},
		{text: "Judge\n\nAt the ceremony, there was an opening song and a benediction by Rabbi Seth Goldstein, a rabbi based in Olympia.",
			want: []string{"Event attendee Seth Goldstein"}},
		{text: "Judge\n\nAt the swearing-in ceremony, a lawyer in attendance, Shannon Kilpatrick, tweeted that Raquel Montoya-Lewis spoke movingly about her background.",
			want: []string{"Event attendee Raquel Montoya-Lewis", "Event attendee Shannon Kilpatrick"}},
		// a speech about someone, not by them
		{text: "Judge\n\nAt the ceremony, a speech about Seth Goldstein was read.",
			notWant: []string{"Event attendee Seth Goldstein"}},
	})
}

// TestSpeakersAtGatherings: who speaks at a gathering, in a participle
// ("speaking at a press conference") or telling reporters there, attends it.
func TestSpeakersAtGatherings(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Briefing\n\nPremier Andrew Fahie, speaking at a press conference on Tuesday, said the territory would recover.",
			want: []string{"Event attendee Andrew Fahie"}},
		{text: "Sitting\n\nSpeaking during Thursday's sitting of the House of Assembly, Opposition Leader Marlon Penn said the bill was rushed.",
			want: []string{"Event attendee Marlon Penn"}},
		{text: "Briefing\n\nHealth Minister Carvin Malone told reporters at a press briefing yesterday that cases had fallen.",
			want: []string{"Event attendee Carvin Malone"}},
		// told someone of the event, not at it
		{text: "Briefing\n\nHealth Minister Carvin Malone told Kye Rymer about a press briefing.",
			notWant: []string{"Event attendee Carvin Malone"}},
	})
}

// TestWholeAttendeeLists: lists of titled names are not cut at a title
// after a comma, members named after "members", the chair attends, and a
// place hosting a meeting is where it is, no attendee.
func TestWholeAttendeeLists(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Meeting\n\nThe meeting, held in Panama City on Friday, was attended by Prime Minister Philip Davis, Opposition Leader Michael Pintard, Senator Randy Rolle and Permanent Secretary Kenneth Fox.",
			want: []string{"Event attendee Philip Davis", "Event attendee Michael Pintard", "Event attendee Randy Rolle", "Event attendee Kenneth Fox", "Event location Panama City"}},
		// a lower-case title in the list
		{text: "Trip\n\nEC Commissioner Martin Bangemann will meet Secretary of State George Shultz, trade envoy Clayton Yeutter, World Bank President Barber Conable and Paul Volcker, Chairman of the Federal Reserve Board.",
			want:    []string{"Martin Bangemann met Barber Conable", "Martin Bangemann met Clayton Yeutter", "Martin Bangemann met Paul Volcker"},
			notWant: []string{"Clayton Yeutter met Barber Conable"}},
		// an apposition after a name is still skipped
		{text: "Talks\n\nHe met Wendy Sherman, the US deputy secretary of state, and Sergei Ryabkov.",
			want: []string{"Event attendee Wendy Sherman", "Event attendee Sergei Ryabkov"}},
		{text: "Trust\n\nThe trust's board meeting on Monday was chaired by Sharon Smith and attended by members John Hull, Mary Ebanks and Tom Bodden.",
			want: []string{"Event attendee Sharon Smith", "Event attendee John Hull", "Event attendee Tom Bodden", "Sharon Smith met Mary Ebanks"}},
		{text: "Health\n\nJamaica hosted the meeting of regional health ministers in Kingston on Monday.",
			notWant: []string{"Event attendee Jamaica"}},
	})
}
