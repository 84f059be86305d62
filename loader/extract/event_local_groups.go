// A town or region named only as where a group of people comes from is
// not a party to the event they attend: "Bakes told a meeting of Miami
// businessmen" was no meeting of Miami's. A country is left alone ("talks
// with Canadian officials" are Canada's), as is a place's officialdom or
// its states ("Moscow officials", "six Gulf Arab states").

package extract

// localPeople after a town's name are people from there, not its
// government: "Miami businessmen", "Detroit autoworkers" (not "six Gulf
// Arab states", "Moscow officials").
var localPeople = map[string]bool{"businessmen": true, "businesswomen": true, "businesspeople": true, "executives": true,
	"bankers": true, "traders": true, "dealers": true, "brokers": true, "farmers": true, "growers": true, "workers": true,
	"autoworkers": true, "residents": true, "voters": true, "students": true, "investors": true, "merchants": true,
	"industrialists": true, "shopkeepers": true, "lawyers": true, "doctors": true, "teachers": true, "fans": true,
	"supporters": true, "citizens": true, "people": true, "journalists": true, "reporters": true}

// localGroupOnly reports whether attendee a is a city or a place (not a
// country) that, at every mention in its sentence, modifies a plural
// common noun of people from there (localPeople): "Miami businessmen".
func (x *extractor) localGroupOnly(a evFact) bool {
	if t := x.ents[a.ent].typ; t != City && t != Place {
		return false
	}
	return x.atEveryMention(a, func(s *sentence, m *mention) bool {
		n := m.end
		return n < len(s.toks) && s.owner[n] < 0 && localPeople[s.toks[n].Text]
	})
}

// atEveryMention reports whether a has mentions in its sentence and ok
// holds at each of them.
func (x *extractor) atEveryMention(a evFact, ok func(s *sentence, m *mention) bool) bool {
	ms := x.entityMentionsIn(a.ent, a.sent)
	if len(ms) == 0 {
		return false
	}
	s := &x.sents[a.sent]
	for _, mi := range ms {
		if !ok(s, &x.mentions[mi]) {
			return false
		}
	}
	return true
}

// atEveryNamedMention reports whether a is named (not only by a common noun)
// in its sentence and ok holds at each mention by name; mentions by a common
// noun ("the company") are passed over.
func (x *extractor) atEveryNamedMention(a evFact, ok func(s *sentence, m *mention) bool) bool {
	s := &x.sents[a.sent]
	named := 0
	for _, mi := range x.entityMentionsIn(a.ent, a.sent) {
		m := &x.mentions[mi]
		if m.nominal {
			continue
		}
		named++
		if !ok(s, m) {
			return false
		}
	}
	return named > 0
}
