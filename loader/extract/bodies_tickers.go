package extract

import (
	"slices"
	"strings"
)

// A firm's ticker, written in angle brackets after its name ("AMEX BEGINS
// TRADING HARCOURT BRACE <HBJ> OPTIONS", "Reuters Holdings PLC <RTRSY>"),
// names that firm where the article uses it as a name ("the initial
// expiration months for HBJ options"): one node, not a second one for the
// letters.

// tickerAliases keys each organisation's mention whose name is a ticker the
// article writes in angle brackets right after one organisation's name as
// that organisation; a ticker written after the names of two organisations,
// or whose letters open another organisation's initials, names neither; a
// name the gazetteer knows as a body or an earlier rule keyed keeps its
// key, and a ticker that is a word of the name ("NV KLM Royal Dutch
// Airlines <KLM.AS>") is left to the rules of short names.
func (x *extractor) tickerAliases(r *keying) {
	var firms map[string]string // ticker -> key of the firm it follows, "" when two
	for si := range x.sents {
		s := &x.sents[si]
		for i := 1; i < len(s.toks); i++ {
			t := s.toks[i].Text
			if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' {
				continue
			}
			o := s.owner[i-1]
			if o < 0 || x.mentions[o].typ != Organization || x.mentions[o].end != i || r.keys[o] == "" {
				continue
			}
			ticker, _, _ := strings.Cut(t[1:len(t)-1], ".") // "<TSBA.T>": the exchange after the dot
			if !isAcronym(ticker) || slices.Contains(strings.Fields(x.mentions[o].name), ticker) {
				continue // "NV KLM Royal Dutch Airlines <KLM.AS>": a word of the name, left to the name rules
			}
			if firms == nil {
				firms = map[string]string{}
			}
			if old, ok := firms[ticker]; ok && old != r.keys[o] {
				firms[ticker] = ""
			} else {
				firms[ticker] = r.keys[o]
			}
		}
	}
	if firms == nil {
		return
	}
	// a ticker whose letters open the initials of another organisation's
	// name is no sure sign: "General Electric Credit Corp <GE>", the
	// parent's ticker after its unit, beside "General Electric Co"
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization {
			continue
		}
		ini := initials(m.name)
		for t, key := range firms {
			if key != "" && key != r.keys[k] && len(t) >= 2 && strings.HasPrefix(ini, t) {
				firms[t] = ""
			}
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.bend != 0 || r.keys[k] != "O:"+m.name {
			continue // a name an earlier rule keyed keeps its key
		}
		if _, known := orgLookup(m.name); known {
			continue // the gazetteer's body, which the resolver joins
		}
		if key := firms[m.name]; key != "" && key != r.keys[k] {
			r.keys[k] = key // this mention only: its key may be another name's ("BAA Plc", whose initials are BP)
		}
	}
}
