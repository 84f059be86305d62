package resolve

import "strings"

// rulerTitles are the titles of monarchs, princes and sheikhs: news names
// such a person by the title and a given name ("King Hassan", "Prince
// Charles", "Sheikh Zayed"), so the one word after it is no surname and
// does not join a full name ending with that word (a "Margaret Hassan").
var rulerTitles = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "crown prince": true,
	"sheikh": true, "sheik": true, "emir": true, "sultan": true, "shah": true, "emperor": true, "empress": true,
}

// rulerTitled reports whether one of a group's job titles is a ruler's
// title: the title alone or followed by "of" a realm ("King of Morocco").
func rulerTitled(titles []string) bool {
	for _, t := range titles {
		t = strings.ToLower(strings.TrimSpace(t))
		if head, _, ok := strings.Cut(t, " of "); ok {
			t = head
		}
		if rulerTitles[t] {
			return true
		}
	}
	return false
}
