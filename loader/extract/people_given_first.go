package extract

// A person the article names in royal style, a sovereign's or noble's title
// and a given name ("Prince Charles", then "Charles"), before it names anyone
// in full with that word ("Lib Dem leader Charles Kennedy", further down), is
// someone else: the royal style is that person's full name. A given name
// alone that comes first in other ways still joins a full name that comes
// later ("Sharon" then "Sharon Osbourne" in a feature), and so does a given
// name after the full name ("Anil" after "Anil Ambani").

import "strings"

// royalStyles are the titles that, before a given name, make a full name.
var royalStyles = map[string]bool{
	"prince": true, "princess": true, "king": true, "queen": true, "duke": true, "duchess": true,
	"emperor": true, "empress": true, "pope": true, "sheikh": true, "sultan": true, "emir": true,
}

// mentionPos is a mention's place in the text: its sentence, then its token,
// and whether a royal style comes right before it.
type mentionPos struct {
	sent, start int
	royal       bool
}

func (a mentionPos) before(b mentionPos) bool {
	return a.sent < b.sent || a.sent == b.sent && a.start < b.start
}

// firstPersonMentions returns where each person name is first mentioned.
func (x *extractor) firstPersonMentions() map[string]mentionPos {
	first := map[string]mentionPos{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person {
			continue
		}
		pos := mentionPos{sent: m.sent, start: m.start}
		if m.start > 0 {
			pos.royal = royalStyles[strings.ToLower(x.sents[m.sent].toks[m.start-1].Text)]
		}
		if f, ok := first[m.name]; !ok || pos.before(f) {
			first[m.name] = pos
		}
	}
	return first
}

// givenNameFirst reports whether the single name one joins full through a
// word that is not full's surname, and the article names one in royal
// style before full.
func givenNameFirst(p *people, firstAt map[string]mentionPos, one, full string) bool {
	if len(p.full[one]) > 0 {
		return false // a surname
	}
	a, ok := firstAt[one]
	if !ok || !a.royal {
		return false
	}
	b, ok := firstAt[full]
	return ok && a.before(b)
}
