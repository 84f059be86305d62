package extract

import "testing"

// TestTitlePartnerFirms: a partnership's name after a post's "of", "with"
// or "at", without a legal form or with a long first partner, is one body
// (affiliation-seed121 rows 2 and 12), and so is the same name the article
// writes again in a list; a seat, a field of work and a second person are
// no partnership.
func TestTitlePartnerFirms(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Money from the sale will help an offer co-sponsored by AFG Industries Inc and Wagner and Brown, Reynolds said. Randall Hubbard, chairman of AFG, and Joel Reed, chief financial officer of Wagner and Brown, attended the meeting.",
			want:    []string{"Joel Reed affiliation Wagner and Brown"},
			notWant: []string{"Joel Reed affiliation Wagner"}},
		{text: "Shearson said Robert Stearns formerly was part of Merrill Lynch Pierce, Fenner and Smith Inc's merger and acquisitions department.",
			want: []string{"Robert Stearns affiliation Merrill Lynch Pierce, Fenner and Smith Inc"}},
		{text: "Jeffrey Canin, computer analyst with Hambrecht and Quist, said he just added a year to his estimates.",
			want: []string{"Jeffrey Canin affiliation Hambrecht and Quist"}},
		{text: "David Saks, drug analyst with Morgan Olmstead, Kennedy and Gardner in New York, said the drugs can each bring in 50 mln dlrs.",
			want: []string{"David Saks affiliation Morgan Olmstead, Kennedy and Gardner"}},
		// the name before a firm's post and a person's name (affiliation-seed122 row 17)
		{text: "\"Oil prices are not going to crack,\" said Prescott, Ball and Turben analyst Bruce Lazier.",
			want:    []string{"Bruce Lazier affiliation Prescott, Ball and Turben"},
			notWant: []string{"Bruce Lazier affiliation Turben"}},
		// a film's star is no firm's post
		{text: "Colin Farrell, Jude Law and Troy star Eric Bana have also been tipped for the role.",
			notWant: []string{"Eric Bana affiliation Colin Farrell, Jude Law and Troy"}},
		// kept apart: a second person after "and", an MP's seat
		{text: "Among those charged are Tim Daly of Michael Foods and Kenneth Bowman, who worked for Total Foods.",
			notWant: []string{"Tim Daly affiliation Michael Foods and Kenneth"}},
		{text: "Sir Nicholas Scott, the former Conservative MP for Kensington and Chelsea, died on Sunday.",
			notWant: []string{"Nicholas Scott affiliation Kensington and Chelsea"}},
	})
}
