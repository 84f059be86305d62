package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// modifiedTitleStart returns where a lower-case title ending before token
// end of sentence s opens once its modifiers are taken in: "Comerica [chief]
// economist David Littman", "Citigroup [senior] economist Steven Wieting"
// (titleModifiers, at most two). The body's name ends there.
func modifiedTitleStart(s *sentence, end int) int {
	for k := 0; k < 2 && end > 1 && s.owner[end-1] < 0 && !gazetteer.Capitalised(s.toks[end-1].Text) && titleModifiers[s.lower(end-1)]; k++ {
		end--
	}
	return end
}
