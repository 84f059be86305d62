package extract

// A body named after a town and its trade's noun ("Seattle coffee chain
// Starbucks", "Hong Kong battery seller Lenoge Technology", "London bank
// Barclays"): the body is located in the town.

import (
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// tradeNounsAfterTown are the nouns of trades that, besides orgNouns, end
// "TOWN [modifier] NOUN BODY": a seller, a maker of a thing.
var tradeNounsAfterTown = map[string]bool{"seller": true, "startup": true, "retailer": true}

// townTradeBody reads "TOWN [one or two lower-case nouns] NOUN BODY" before
// the mention m of an organisation in sentence si, NOUN a body's noun
// (orgNouns or tradeNounsAfterTown) and TOWN a city the gazetteer knows
// that is no firm's name too.
func (x *extractor) townTradeBody(si int, m *mention) {
	s := &x.sents[si]
	toks := s.toks
	k := m.start - 1
	if k < 1 || m.ent < 0 || m.demonym || m.nominal || s.owner[k] >= 0 || toks[k].Tag != "NN" || gazetteer.Capitalised(toks[k].Text) {
		return
	}
	if w := s.lower(k); !orgNouns[w] && !tradeNounsAfterTown[w] || personNouns[w] || subsidiaryNouns[w] {
		return // "the Toyota subsidiary Lexus": the parent, not a town
	}
	k--
	for n := 0; n < 2 && k > 0 && s.owner[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && !gazetteer.Capitalised(toks[k].Text); n++ {
		k--
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.end != k+1 || pm.ent < 0 || pm.demonym || pm.nominal || x.ents[pm.ent].typ != City {
		return
	}
	if pm.start > 0 && toks[pm.start-1].Tag == "POS" {
		return
	}
	if _, ok := gazetteer.Org(x.ents[pm.ent].name); ok {
		return // "Toyota luxury brand Lexus": the firm, not the town
	}
	x.addFact(m.ent, vocab.PLocation, pm.ent, "", si)
}
