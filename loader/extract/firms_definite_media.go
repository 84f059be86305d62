package extract

// "The bank", "the airline", "the carmaker" stand for the firm the story
// named last (definiteBodies, entities.go), but never for a newspaper or a
// broadcaster, which is most often named last as the source of the report:
// "the official newspaper El Peruano said. It said ... the president of the
// bank of Mexico, Miguel Mancera Aguayo" is no president of El Peruano. "The
// company", "the group" may still be a medium ("the Washington Post ... the
// company's chairman").

// mediumFirmNouns are the nouns of definiteBodies that a news medium may be
// called by.
var mediumFirmNouns = map[string]bool{"company": true, "firm": true, "group": true, "agency": true, "organisation": true, "organization": true}

// mediaNouns written before a name make it a news medium: "the official
// newspaper El Peruano", "the daily Le Monde".
var mediaNouns = map[string]bool{"newspaper": true, "paper": true, "daily": true, "weekly": true, "magazine": true, "journal": true, "tabloid": true, "broadsheet": true, "broadcaster": true}

// tradeNounMedium reports whether entity e, the firm last named, is a news
// medium that the noun (a trade's: "bank", "airline") cannot stand for:
// known to the gazetteer as one, or named after a medium's noun.
func (x *extractor) tradeNounMedium(e int, noun string) bool {
	if mediumFirmNouns[noun] {
		return false
	}
	ent := x.ents[e]
	if o, ok := orgLookup(ent.name); ok && o.Class == "NewsMediaOrganization" {
		return true
	}
	for _, k := range ent.mentions {
		m := &x.mentions[k]
		if !m.nominal && m.start > 0 && mediaNouns[x.sents[m.sent].lower(m.start-1)] {
			return true
		}
	}
	return false
}
