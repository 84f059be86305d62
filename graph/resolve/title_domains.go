package resolve

import "strings"

// A job title tells what walk of life its holder is in: a minister is in
// politics, a coach in sport, a fund manager in business, an actress in
// the arts. Two people of one full name in one year are told apart by it
// when nothing else joins them (people_apart.go): "Gareth Thomas", captain
// of a rugby team in one story and development minister in another.
//
// Only words of one walk of life are listed: "president", "director",
// "manager", "secretary", "head", "leader" and "chancellor" are in every
// walk (a club's manager, a fund's; a film's director, a company's) and
// decide nothing. "Chairman" is a company's word here: a committee's
// chairman is a senator too, and shares that title's words, its body or
// what its stories name with the senator's other groups.

// Domain is a walk of life a job title places its holder in.
type domain uint8

const (
	domainPolitics domain = 1 << iota
	domainSport
	domainBusiness
	domainArts
)

// domainWords are the title words of one walk of life each.
var domainWords = map[string]domain{
	"minister": domainPolitics, "senator": domainPolitics, "sen": domainPolitics, "congressman": domainPolitics,
	"congresswoman": domainPolitics, "mp": domainPolitics, "mep": domainPolitics, "backbencher": domainPolitics,
	"premier": domainPolitics, "ambassador": domainPolitics, "diplomat": domainPolitics, "legislator": domainPolitics,
	"lawmaker": domainPolitics,

	"coach": domainSport, "skipper": domainSport, "captain": domainSport, "striker": domainSport, "winger": domainSport,
	"flanker": domainSport, "midfielder": domainSport, "defender": domainSport, "goalkeeper": domainSport,
	"batsman": domainSport, "bowler": domainSport, "sprinter": domainSport, "athlete": domainSport, "jockey": domainSport,
	"golfer": domainSport, "boxer": domainSport, "footballer": domainSport, "cricketer": domainSport,

	"chairman": domainBusiness, "ceo": domainBusiness, "executive": domainBusiness, "analyst": domainBusiness,
	"investor": domainBusiness, "raider": domainBusiness, "financier": domainBusiness, "banker": domainBusiness,
	"broker": domainBusiness, "trader": domainBusiness,

	"actor": domainArts, "actress": domainArts, "singer": domainArts, "comedian": domainArts, "filmmaker": domainArts,
	"musician": domainArts, "rapper": domainArts, "songwriter": domainArts, "novelist": domainArts,
	"presenter": domainArts, "broadcaster": domainArts, "journalist": domainArts, "columnist": domainArts,
	"guitarist": domainArts, "drummer": domainArts, "dancer": domainArts,
}

// domainPhrases are titles of one walk of life whose words alone are in
// several ("fund manager", "treasury secretary"), as titleWords gives
// them (no stop words: "secretary state" of "Secretary of State").
var domainPhrases = map[string]domain{
	"prime minister": domainPolitics, "secretary state": domainPolitics, "treasury secretary": domainPolitics,
	"home secretary": domainPolitics, "foreign secretary": domainPolitics, "attorney general": domainPolitics,
	"fund manager": domainBusiness, "managing director": domainBusiness, "film maker": domainArts,
}

// pastWords mark a title its holder no longer holds ("former chairman"):
// it tells nothing of the walk of life they are in now.
var pastWords = map[string]bool{"former": true, "ex": true, "retired": true, "late": true}

// titleWords returns a title's words: lower case, split at spaces and
// hyphens, without dots and stop words ("Vice-Premier" gives "vice",
// "premier").
func titleWords(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		w = strings.Trim(w, ".'\"()")
		if w != "" && !stopWords[w] && w != "to" && w != "in" && w != "at" && w != "on" {
			out = append(out, w)
		}
	}
	return out
}

// titleDomains returns the walks of life of titles: of each title held now
// (not "former ..."), its words' and phrases' domains.
func titleDomains(titles []string) domain {
	var d domain
	for _, t := range titles {
		words := titleWords(t)
		past := false
		for _, w := range words {
			past = past || pastWords[w]
		}
		if past {
			continue
		}
		for _, w := range words {
			d |= domainWords[w]
		}
		joined := " " + strings.Join(words, " ") + " "
		for p, pd := range domainPhrases {
			if strings.Contains(joined, " "+p+" ") {
				d |= pd
			}
		}
	}
	return d
}
