package extract

import "testing"

// TestCountySeats: a county's bare office before a name serves the one
// county the story names (roles_county_seats.go), not when it names two,
// and an office no county elects gets no county.
func TestCountySeats(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Harbour plan\n\nThe marina would be built on a lake in Cook County. \"It is a fair deal,\" said Supervisor Ann Lowe.",
			want: []string{"Ann Lowe affiliation Cook County", `Ann Lowe jobTitle "Supervisor"`}},
		{text: "Jail\n\nThe jail in Orange County was full. Sheriff Tom Reyes said more cells were needed.",
			want: []string{"Tom Reyes affiliation Orange County"}},
		{text: "Harbour plan\n\nThe marina would link Cook County and Lake County. \"It is a fair deal,\" said Supervisor Ann Lowe.",
			notWant: []string{"Ann Lowe affiliation Cook County", "Ann Lowe affiliation Lake County"}},
		{text: "Harbour plan\n\nThe marina would be built on a lake in Cook County. \"It is a fair deal,\" said Professor Ann Lowe.",
			notWant: []string{"Ann Lowe affiliation Cook County"}},
	})
}
