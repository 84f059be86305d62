// A town, state or region named only as a word before a noun phrase that is
// no officialdom of it is not a party to the event: "the Texas Democrat told
// an American Stock Exchange conference" (Bentsen's, not Texas's), "a
// meeting of Suffolk Coastal UKIP members", "Middle East currency dealers
// meet", "the London exchange is holding talks". A country is left alone
// ("U.S. officials", "Japanese negotiators" are their country's), as is a
// place's own officialdom ("Moscow officials", "six Gulf Arab states").

package extract

// localOfficialdom are nouns after a place's name that make the phrase the
// place's own government or its states: a party of the place.
var localOfficialdom = map[string]bool{"government": true, "governments": true, "officials": true, "official": true,
	"authorities": true, "administration": true, "delegation": true, "delegations": true, "negotiators": true,
	"cabinet": true, "leaders": true, "leadership": true, "state": true, "states": true, "regime": true,
	"council": true, "ministers": true, "minister": true, "representatives": true, "envoys": true, "envoy": true}

// localModifierOnly reports whether attendee a is a city or a place (not a
// country) that, at every mention in its sentence, is followed by a noun
// phrase of up to four nouns, names and adjectives with no word of
// localOfficialdom: the place only tells where that phrase's thing or
// people are from.
func (x *extractor) localModifierOnly(a evFact) bool {
	if t := x.ents[a.ent].typ; t != City && t != Place {
		return false
	}
	return x.atEveryMention(a, func(s *sentence, m *mention) bool {
		n := 0
		for k := m.end; k < len(s.toks) && k < m.end+4; k++ {
			tag := s.toks[k].Tag
			if !isNounTag(tag) && tag != "JJ" {
				break
			}
			if localOfficialdom[s.lower(k)] {
				return false
			}
			n++
		}
		return n > 0 && isNounTag(s.toks[m.end+n-1].Tag)
	})
}

// privatePeople are nouns of people who act for themselves or their firm,
// not for their country: "a private U.S. rice trader visited Tokyo".
var privatePeople = map[string]bool{"trader": true, "traders": true, "businessman": true, "businessmen": true,
	"businesswoman": true, "businesswomen": true, "businesspeople": true, "executive": true, "executives": true,
	"banker": true, "bankers": true, "dealer": true, "dealers": true, "broker": true, "brokers": true,
	"farmer": true, "farmers": true, "grower": true, "growers": true, "investor": true, "investors": true,
	"industrialist": true, "industrialists": true, "merchant": true, "merchants": true, "exporter": true,
	"exporters": true, "importer": true, "importers": true, "producers": true, "manufacturers": true,
	"fans": true, "supporters": true, "tourists": true, "tourist": true, "students": true, "student": true}

// privateGroupOnly reports whether country attendee a, at every mention in
// its sentence, is the first word of a noun phrase of up to four nouns and
// adjectives whose head is a word of privatePeople: "U.S. rice trader",
// "Japanese businessmen" (not "U.S. officials").
func (x *extractor) privateGroupOnly(a evFact) bool {
	if x.ents[a.ent].typ != Country {
		return false
	}
	return x.atEveryMention(a, func(s *sentence, m *mention) bool {
		k := m.end
		for k < len(s.toks) && k < m.end+4 && (isNounTag(s.toks[k].Tag) || s.toks[k].Tag == "JJ") {
			k++
		}
		if k == m.end || k < len(s.toks) && s.toks[k].Tag == "POS" {
			return false
		}
		return privatePeople[s.lower(k-1)]
	})
}
