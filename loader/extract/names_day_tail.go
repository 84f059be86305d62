package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// dayTail cuts from a name the day of the week that wire copy writes
// right after it, with no preposition: "OPEC ministers in Vienna
// Saturday", "the Chicago Mercantile Exchange Monday", "in Paris last
// Saturday". No name of a body or a place ends in a weekday; a day named
// by a word before it is one ("Good Friday", "Black Monday"), and a paper
// "on" a day is a paper ("Mail on Sunday").
func dayTail(toks []nlp.Token, m ner.Mention) ner.Mention {
	end := m.End
	if end-m.Start < 2 {
		return m
	}
	if _, wd := lowerHas(weekdays, toks[end-1].Text); !wd {
		return m
	}
	if prev := toks[end-2]; prev.Text == "on" || gazetteer.Capitalised(prev.Text) && !strings.HasPrefix(prev.Tag, "NNP") || lowerIn(dayNames, prev.Text) {
		return m
	}
	end--
	if end-m.Start >= 2 && dayModifiers[toks[end-1].Text] {
		end--
	}
	m.End = end
	return m
}

// dayModifiers stand before a weekday cut from a name: "in Paris last
// Saturday".
var dayModifiers = map[string]bool{"last": true, "next": true, "this": true}

// dayNames open the names of days: "Good Friday", "Black Monday".
var dayNames = map[string]bool{"good": true, "black": true, "bloody": true, "ash": true, "palm": true, "holy": true, "maundy": true, "easter": true, "super": true, "cyber": true, "blue": true}
