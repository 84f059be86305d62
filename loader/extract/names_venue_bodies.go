package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodyAfterVenue reports whether the last word of a name of several words
// is a body's (gazetteer.IsOrgSuffix: "Foundation", "Trust", "Company",
// "Society") that is neither a venue's word nor a building's: "Fenice
// Theatre Foundation" is the foundation that runs the theatre, "Guggenheim
// Museum" and "Barbican Centre" are venues.
func bodyAfterVenue(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !gazetteer.IsOrgSuffix(last) || buildingWords[strings.ToLower(last)] {
		return false
	}
	for _, v := range venueWords {
		if strings.EqualFold(last, v) {
			return false
		}
	}
	return true
}

// buildingWords end the names of buildings as well as bodies': "Barbican
// Centre", "Albert Hall", "Opera House".
var buildingWords = map[string]bool{"centre": true, "center": true, "hall": true, "house": true, "museum": true, "hospital": true}
