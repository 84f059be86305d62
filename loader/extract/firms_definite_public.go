package extract

import (
	"strings"
)

// "The company", "the firm" stand for the firm the story named last
// (definiteBodies, entities.go), never for a public body named after it:
// "General Nutrition Inc filed a statement with the Securities and Exchange
// Commission. All the shares are sold by the estate of David Shakarian, the
// founder of the company" is General Nutrition's founder, "Police said the
// owners of the firm" own no police.

// businessNouns are the nouns of definiteBodies that only a business is
// called by ("the bank", "the group", "the agency" may be public).
var businessNouns = map[string]bool{"company": true, "firm": true, "carmaker": true, "retailer": true, "insurer": true, "lender": true, "airline": true}

// publicBodyHeads head the names of public bodies (data/publicBodyHeads.txt).
var publicBodyHeads = wordSet("publicBodyHeads")

// publicBody reports whether organisation e is a public body: known to the
// gazetteer as a government's, an international or a party, or its name
// headed by a public body's noun ("Securities and Exchange Commission",
// "Technical and Judicial Police", "Ministry of Finance").
func (x *extractor) publicBody(e int) bool {
	name := x.ents[e].name
	if o, ok := orgLookup(name); ok {
		switch o.Class {
		case "GovernmentOrganization", "InternationalOrganization", "PoliticalParty":
			return true
		}
	}
	ws := strings.Fields(lower(name))
	for k, w := range ws {
		if publicBodyHeads[w] && (k == len(ws)-1 || k == 0 || ws[k+1] == "of" || ws[k+1] == "for") {
			return true
		}
	}
	return false
}

// lastFirm returns the organisation last named in sentence si before token
// i or in the two sentences before that "the NOUN" (a businessNouns noun)
// may stand for: no public body. -1 when there is none.
func (x *extractor) lastFirm(si, i int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= i || m.ent < 0 || m.nominal || m.demonym || x.ents[m.ent].typ != Organization {
				continue
			}
			if x.publicBody(m.ent) {
				continue
			}
			return m.ent
		}
	}
	return -1
}
