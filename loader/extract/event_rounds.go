package extract

// An article about coming talks may name their last round ("its upcoming
// contract talks ... GM was named the lead company in the last round of talks
// in 1984"; "the 2005 Lions on their tour to New Zealand ... the last Lions
// tour of Australia in 2001"): when such a mention joins the event the
// article is about, its date and place stay out of it (event.absorb).

// earlierRoundWords before an event's head tell of a round before the one the
// article is about.
var earlierRoundWords = map[string]bool{"last": true, "previous": true, "prior": true, "preceding": true}

// roundTimeNouns after "last" make a time, not a round: "last week's talks".
var roundTimeNouns = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "night": true,
	"time": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// earlierRound reports whether the noun phrase of the trigger opens with a
// word of earlierRoundWords: "the last round of talks", "the last Lions
// tour", "its previous meeting"; not "last week's talks" nor "their last
// conference before the general election" (the last to come).
func (x *extractor) earlierRound(tr trigger) bool {
	toks := x.sents[tr.sent].toks
	if tr.end < len(toks) && lowerIs(toks[tr.end].Text, "before") {
		return false
	}
	for j := tr.start - 1; j >= 0 && j >= tr.start-5; j-- {
		w := lower(toks[j].Text)
		if earlierRoundWords[w] {
			return !(j+1 < tr.start && lowerIn(roundTimeNouns, toks[j+1].Text))
		}
		switch w {
		case "round", "rounds", "of", "session", "sessions":
			continue
		}
		switch toks[j].Tag {
		case "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "VBG":
		default:
			return false
		}
	}
	return false
}
