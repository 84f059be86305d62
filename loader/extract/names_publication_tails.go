// Publications' last words. "Magazine", "Weekly" and "Online" end the
// names of publications and sites ("Q Magazine", "Us Weekly", "Radar
// Online"), and the gazetteer's organisation suffixes hold them so that
// such names are bodies; alone they name nothing ("in the Magazine", or
// "+972 Magazine" with its figure cut off), so a one-word mention of one
// of them goes.

package extract

// publicationTails end publications' names but name none alone.
var publicationTails = wordSet("publicationTails")

// dropLonePublicationTails removes the one-word mentions that are a
// publication's last word alone.
func (x *extractor) dropLonePublicationTails() {
	x.dropMentionsIf(func(m *mention) bool {
		return m.end-m.start == 1 && m.bend == 0 && publicationTails[lower(m.name)]
	})
}
