// Firms: a name the context shows is a company ("the carmaker X", "X's shares", a deal between two names) is typed Organization.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// firmsByContext retypes a one-word "person" as an organisation when the
// article treats it as a firm ("shares in Pfizer", "Guidant said profits
// rose", "drugs firm Glaxo") and never as a person (no full name, title or
// honorific).
func (x *extractor) firmsByContext() {
	firm := map[string]bool{}
	person := map[string]bool{}
	var signal, titled map[string]bool // a firm's signal (firm_signals.go) outweighs all but a title
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		if x.dealCue(m) {
			firm[m.name] = true // "said lead manager Drexel Burnham": a syndicate's role, no person's title
			continue
		}
		if x.sharedTradeFirm(m) {
			firm[m.name] = true // "Minecraft developer Mojang" (firm_trades.go)
			continue
		}
		if x.titled(m) || m.text != m.name && len(strings.Fields(m.text)) > 1 && (isHonorific(lower(strings.TrimSuffix(strings.Fields(m.text)[0], "."))) || isTitleHead(strings.Fields(m.text)[0])) {
			person[m.name] = true
			titled = setWord(titled, m.name)
			continue
		}
		if x.firmSignal(m) && (m.end-m.start == 1 || weakPersonName(m.name)) || m.end-m.start > 1 && numberOpener(x.sents[m.sent].lower(m.start)) {
			signal = setWord(signal, m.name)
			continue
		}
		if x.firmNoun(m) || m.end-m.start == 1 && x.firmCue(m) {
			firm[m.name] = true
			continue
		}
		if m.end-m.start > 1 && (x.dealCue(m) || x.workplaceCue(m)) {
			firm[m.name] = true // "a deal to buy Oculus VR"
			continue
		}
		if x.mediaCue(m) {
			firm[m.name] = true // "posted on Instagram" (names_media.go)
			continue
		}
		if m.end-m.start > 1 {
			for w := range strings.FieldsSeq(m.name) {
				person[w] = true
			}
			person[m.name] = true
		}
	}
	// "a $1 billion buyout of Instagram", "a sale to Verizon": an unknown
	// name read as a place or a full name, where only a firm fits.
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || firm[m.name] {
			continue
		}
		switch {
		case (m.typ == Place || m.typ == City) && !m.sure && x.firmNounTown(m):
			firm[m.name] = true // "car maker TOWN", "retailer TOWN": a trade's noun right before the name outweighs the gazetteer (firm_noun_towns.go)
		case (m.typ == Place || m.typ == City) && m.end-m.start == 1 && !m.sure: // sure: "its Longbridge plant" (names_sites.go)
			if _, ok := gazetteer.Place(m.name); !ok && !x.townOfArea(m) && !x.placeWhich(m) && x.firmCue(m) {
				firm[m.name] = true
			}
		case (m.typ == Place || m.typ == City) && !m.sure && (x.copulaBody(m) || x.legalWordAfter(m) || x.firmTradeAfter(m)): // "Cambridge Medical Technology corp said", "at the D.A. Davidson brokerage"
			if _, ok := gazetteer.Place(m.name); !ok && !x.townOfArea(m) {
				signal = setWord(signal, m.name)
			}
		case m.typ == Other && x.firmTradeAfter(m):
			firm[m.name] = true // "at the Piper Sandler investment bank" read as a thing (roles_body_closes.go)
		case m.typ == Other && x.mediaCue(m):
			firm[m.name] = true // "posted on Instagram" read as a product
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if (m.typ == Person || m.typ == Place || m.typ == City || m.typ == Other) && (firm[m.name] && !person[m.name] || signal[m.name] && !titled[m.name]) {
			m.typ = Organization
			m.sure = true
		}
	}
}

// placeWhich reports whether mention m, read as a place, stands after a
// preposition of place and before ", which": "spots in Ferndale, which
// opened in 2022" tell of a place, not of a firm ("Airbus, which").
func (x *extractor) placeWhich(m *mention) bool {
	s := &x.sents[m.sent]
	return m.start > 0 && placePreps[s.lower(m.start-1)] && m.end+1 < len(s.toks) && s.toks[m.end].Text == "," && s.lower(m.end+1) == "which"
}

// dealCue reports whether a deal phrase stands before mention m: "the
// acquisition of WhatsApp", "a deal to buy Oculus VR".
func (x *extractor) dealCue(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.start > 1 && firmBefore[lower(toks[m.start-2].Text)+" "+lower(toks[m.start-1].Text)]
}

// titled reports whether a title or honorific stands before mention m.
func (x *extractor) titled(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start == 0 {
		return false
	}
	p := toks[m.start-1].Text
	if pluralTitle(x.sents[m.sent].lower(m.start-1)) && (m.end >= len(toks) || !isConj(lower(toks[m.end].Text)) && toks[m.end].Text != ",") {
		return false // "the leaders Chelsea": a plural before one name is no title of it
	}
	return isTitleHead(p) || isHonorific(lower(strings.TrimSuffix(p, ".")))
}

// pluralTitle reports whether lw, in lower case, is a title in the plural
// ("leaders", "presidents"), which stands before several names, not one.
func pluralTitle(lw string) bool {
	return len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && isTitleHead(lw[:len(lw)-1])
}

// firmAfter are words after a name (or its "'s") that make it a firm:
// "Pfizer shares", "Guidant's shareholders".
var firmAfter = wordSet("firmAfter")

// partyNouns after a name make it a political body: "the Likud party".
var partyNouns = wordSet("partyNouns")

// firmOwned are words after a name's "'s" that make it a firm: "Ford's
// chief executive".
var firmOwned = wordSet("firmOwned")

// firmBefore are phrases before a name that make it a firm: "shares in
// Pfizer", "a bid for Guidant".
var firmBefore = wordSet("firmBefore")

// firmNoun reports whether a noun naming a firm or a newspaper stands
// before mention m: "drugs firm Glaxo", "the daily Fraternite Matin", or
// a trade's plural before a name alone: "bankers JP Morgan" (firm_trades.go).
func (x *extractor) firmNoun(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start == 0 {
		return false
	}
	t := toks[m.start-1]
	return lowerIn(orgNouns, t.Text) && (t.Tag == "NN" || t.Tag == "JJ") && !gazetteer.Capitalised(t.Text) && !shipCarrier(&x.sents[m.sent], m.start-1) || x.tradeFirm(m)
}

// firmCue reports whether the words around mention m treat it as a firm.
func (x *extractor) firmCue(m *mention) bool {
	return x.firmCueNear(m) || x.firmWordNext(m)
}

// firmCueNear reports whether the words right around mention m treat it
// as a firm: "shares in Pfizer", "Guidant said profits rose".
func (x *extractor) firmCueNear(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start > 1 && firmBefore[lower(toks[m.start-2].Text)+" "+lower(toks[m.start-1].Text)] {
		return true
	}
	// "WorldCom", "IPStream", "MCI": capitals inside a word
	if w := toks[m.start].Text; len(w) > 2 && strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 && !x.shoutedDateline(m) {
		return true
	}
	k := m.end
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
		for n := k; n < len(toks) && n < k+3; n++ {
			if lowerIn(firmOwned, toks[n].Text) {
				return true
			}
			if toks[n].Tag != "JJ" {
				break
			}
		}
	}
	if k < len(toks) && lowerIn(firmAfter, toks[k].Text) {
		return true
	}
	// "Yahoo will change its name", "Roscosmos said its experts": a
	// subject taken up by "its".
	if k == m.end && k < len(toks) && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD") {
		for n := k; n < len(toks) && n < k+6; n++ {
			w := lower(toks[n].Text)
			if w == "its" {
				return true
			}
			if x.sents[m.sent].owner[n] >= 0 || w == "," || w == "." || w == "and" || w == "but" || w == "that" || w == "his" || w == "her" || w == "their" {
				break
			}
		}
	}
	// "Netanyahu's Likud party", "the Ennahda movement"
	if k == m.end && k < len(toks) && lowerIn(partyNouns, toks[k].Text) && !gazetteer.Capitalised(toks[k].Text) {
		return true
	}
	// "Euronext chief Jean-Francois Theodore", "Boeing boss"
	if k == m.end && k < len(toks) && (lowerIs(toks[k].Text, "chief") || lowerIs(toks[k].Text, "boss") || lowerIs(toks[k].Text, "chairman")) && !gazetteer.Capitalised(toks[k].Text) {
		return true
	}
	// "Rosneft and VEB", "between Rosneft and CNPC": beside a body
	if k == m.end && k+1 < len(toks) && isConj(lower(toks[k].Text)) {
		if n := x.mentionAt(m.sent, k+1); n != nil && n.start == k+1 && n.typ == Organization && !n.demonym {
			return true
		}
	}
	if m.start > 1 && isConj(lower(toks[m.start-1].Text)) {
		if n := x.mentionAt(m.sent, m.start-2); n != nil && n.end == m.start-1 && n.typ == Organization && !n.demonym {
			return true
		}
	}
	// "an economist at Barclays", "chief financial officer at Boeing"
	if m.start > 1 && lowerIs(toks[m.start-1].Text, "at") && !gazetteer.Capitalised(toks[m.start-2].Text) {
		if w := lower(toks[m.start-2].Text); isTitleHead(w) || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "er") && w != "later" || strings.HasSuffix(w, "or") || w == "officer" || w == "director" {
			return true
		}
	}
	// "State-owned Rosneft", "Paris-based Euronext"
	if m.start > 0 {
		p := lower(toks[m.start-1].Text)
		for _, suf := range firmAdjectives {
			if strings.HasSuffix(p, suf) {
				return true
			}
		}
	}
	// "Airbus, which", "Corus said it would"
	if k == m.end && k+1 < len(toks) && toks[k].Text == "," && lowerIs(toks[k+1].Text, "which") {
		return true
	}
	if k == m.end && k+1 < len(toks) && (lowerIs(toks[k].Text, "said") || lowerIs(toks[k].Text, "says")) && lowerIs(toks[k+1].Text, "it") {
		return true
	}
	// "Guidant said profits rose", "Pfizer reported sales", "VW said on
	// Tuesday its profits rose"
	if k == m.end && k+1 < len(toks) {
		if v := lower(toks[k].Text); v == "said" || v == "says" || v == "reported" || v == "posted" || v == "announced" {
			for n := k + 1; n < len(toks) && n <= k+5; n++ {
				w := lower(toks[n].Text)
				if firmAfter[w] || w == "its" {
					return true
				}
				if strings.HasPrefix(toks[n].Tag, "VB") || toks[n].Tag == "PRP" || toks[n].Text == "," {
					break
				}
			}
		}
	}
	return false
}

// firmWordNext reports whether "the" and a firm's word ("the bank", "the
// company") follow mention m, in its sentence or the next, before any
// other body is named: "Barclays declined to comment. The bank ...". Too
// loose for a name of two words, whose surname the firm word may follow.
func (x *extractor) firmWordNext(m *mention) bool {
	for si := m.sent; si < len(x.sents) && si <= m.sent+1; si++ {
		ts := x.sents[si].toks
		n := 0
		if si == m.sent {
			n = m.end
		}
		for ; n+1 < len(ts); n++ {
			if o := x.sents[si].owner[n]; o >= 0 && x.mentions[o].typ == Organization && !x.mentions[o].demonym {
				return false
			}
			if lowerIs(ts[n].Text, "the") && lowerIn(firmWords, ts[n+1].Text) && !gazetteer.Capitalised(ts[n+1].Text) && x.sents[si].owner[n+1] < 0 {
				return true
			}
		}
	}
	return false
}

// firmAdjectives end a hyphenated adjective of firms: "State-owned".
var firmAdjectives = wordList("firmAdjectives")

// lastOrg returns the organisation last named before token i of sentence
// si, in it or the two sentences before, or -1.
func (x *extractor) lastOrg(si, i int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= i || m.ent < 0 || m.nominal || m.demonym {
				continue
			}
			if x.ents[m.ent].typ == Organization {
				return m.ent
			}
		}
	}
	return -1
}

// townOfArea reports whether mention m is followed by a comma and a known
// state or country closing the phrase, as towns are: "based in LaPorte,
// Indiana", "a plant in McAllen, Texas." (a word with a capital inside is
// no firm's there).
func (x *extractor) townOfArea(m *mention) bool {
	toks := x.sents[m.sent].toks
	k := m.end
	if k+1 >= len(toks) || toks[k].Text != "," {
		return false
	}
	n := x.mentionAt(m.sent, k+1)
	if n == nil || n.start != k+1 || n.demonym || n.end < len(toks) && !closes(toks[n.end]) {
		return false
	}
	p, ok := gazetteer.Place(n.name)
	return ok && (p.Class == gazetteer.ClassAdminArea || p.Class == gazetteer.ClassCountry)
}

// workplaceCue reports whether a name of several words is where someone
// works: "a fund manager at Perpetual Trustees", "an analyst at Hoare
// Govett" (no one works at a person; a possessive after the name is a
// home, "a dinner at Tom Reid's house", and is left alone).
func (x *extractor) workplaceCue(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.start < 2 || !lowerIs(toks[m.start-1].Text, "at") || gazetteer.Capitalised(toks[m.start-2].Text) {
		return false
	}
	if m.end < len(toks) && toks[m.end].Tag == "POS" {
		return false
	}
	w := lower(toks[m.start-2].Text)
	return isTitleHead(w) || strings.HasSuffix(w, "ist") || w == "manager" || w == "trader" || w == "officer"
}
