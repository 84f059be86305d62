// A company's general meeting told by its chairman in a story that does not
// open on the company: "Navistar International Corp chairman Donald Lennox
// repeated ...; Lennox told the annual meeting". The lead firm is unknown
// (the story opens on a title, not on the firm's verb), but the speaker
// works for one body of the article: the meeting is that body's, as
// generalMeetingHosts makes it the lead firm's.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// speakersFirm returns the one organisation every person party of ev is
// affiliated with in the article, or -1: none, two, or a party that is
// no person or has no affiliation.
func (x *extractor) speakersFirm(ev *event) int {
	firm := -1
	for _, a := range ev.attendees {
		if x.ents[a.ent].typ != Person {
			return -1
		}
		f := x.onlyFirmOf(a.ent)
		if f < 0 || firm >= 0 && f != firm {
			return -1
		}
		firm = f
	}
	return firm
}

// onlyFirmOf returns the organisation person p is affiliated with when the
// article gives them exactly one, else -1. A person given a title but no
// body ("management board chairman Karlheinz Kaske said") is taken to hold
// it at the one organisation named in the title's sentence, or else in the
// article's first sentence ("World group turnover of Siemens AG ...").
func (x *extractor) onlyFirmOf(p int) int {
	firm, titled := -1, -1
	for k, si := range x.facts {
		if k.s != p {
			continue
		}
		if k.p == vocab.PJobTitle && (titled < 0 || si < titled) {
			titled = si
		}
		if k.p != vocab.PAffiliation || k.o < 0 {
			continue
		}
		if x.ents[k.o].typ != Organization || firm >= 0 && firm != k.o {
			return -1 // a party, a nation or two firms: no one firm
		}
		firm = k.o
	}
	if firm >= 0 || titled < 0 {
		return firm
	}
	if f := x.onlyOrganisationIn(titled); f >= 0 {
		return f
	}
	return x.onlyOrganisationIn(0)
}

// onlyOrganisationIn returns the one organisation sentence si names by
// name, or -1 when it names none or more than one.
func (x *extractor) onlyOrganisationIn(si int) int {
	if si < 0 || si >= len(x.sents) {
		return -1
	}
	org := -1
	for _, k := range x.sents[si].mentions {
		m := &x.mentions[k]
		if m.ent < 0 || m.nominal || m.demonym || x.ents[m.ent].typ != Organization {
			continue
		}
		if org >= 0 && org != m.ent {
			return -1
		}
		org = m.ent
	}
	return org
}

// ownersOnlyMeeting reports whether the words before a general meeting's
// noun name no one else's meeting: no common noun but the general
// meeting's own words ("the annual shareholders meeting", "the company's
// annual meeting"), not "the annual refiner meeting" (the refiners').
func (x *extractor) ownersOnlyMeeting(tr trigger) bool {
	s := &x.sents[tr.sent]
	for k := x.npStart(tr.sent, tr.start); k < tr.start; k++ {
		w := strings.TrimSuffix(s.lower(k), "'")
		if k+1 < tr.start && s.toks[k+1].Tag == "POS" {
			continue // the owner: "the company's"
		}
		if (s.toks[k].Tag == "NN" || s.toks[k].Tag == "NNS") && !generalMeetingWords[w] && w != "general" && w != "special" {
			return false
		}
	}
	return true
}
