// Attendees of an event through the events held on its sidelines: who
// holds talks "on the sidelines of" a summit was at the summit. Not talks
// "at" a party's conference nor a meeting "part of" a dialogue: the gold
// (shared/eval/gold) puts no attendee at those.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// subEvents maps each event to the events held on its sidelines (their
// superEvent), once for the article.
func (x *extractor) subEvents() map[*event][]*event {
	out := map[*event][]*event{}
	for _, o := range x.events {
		if o.merged != nil || o.super == nil || !o.sidelines {
			continue
		}
		if sup := o.super.root(); sup != o {
			out[sup] = append(out[sup], o)
		}
	}
	return out
}

// subAttendees returns the people who attend the events subs held within
// ev and are not ev's own attendees, each with the sentence that puts
// their event within ev. They attend ev without meeting everyone there:
// emitEvents writes no met for them.
func (x *extractor) subAttendees(ev *event, subs []*event) []evFact {
	var out []evFact
	seen := map[int]bool{}
	for _, a := range ev.attendees {
		seen[a.ent] = true
	}
	for _, o := range subs {
		for _, a := range o.attendees {
			if x.ents[a.ent].typ == Person && !seen[a.ent] {
				seen[a.ent] = true
				out = append(out, evFact{a.ent, o.superSent})
			}
		}
	}
	return out
}

// sidelinesOf reports whether the tokens from..to of sentence si end with
// "on the sidelines of" (margins, fringes) and a name's words before the
// event noun at to: "met Wang on the sidelines of the G20 meeting", "held
// talks on the sidelines of the CARICOM Heads of Government Meeting".
func (x *extractor) sidelinesOf(si, from, to int) bool {
	s := &x.sents[si]
	toks := s.toks
	for k := to - 1; k > from; k-- {
		if sidelineWords[s.lower(k-1)] && s.lower(k) == "of" {
			return true
		}
		t := toks[k]
		if !(s.owner[k] >= 0 || t.Tag == "DT" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "JJ" ||
			s.lower(k) == "of" && k+1 < to && gazetteer.Capitalised(toks[k+1].Text) || gazetteer.Capitalised(t.Text)) {
			return false
		}
	}
	return false
}

// sidelineWords are the nouns of "on the sidelines of" an event.
var sidelineWords = map[string]bool{"sidelines": true, "sideline": true, "margins": true, "margin": true, "fringes": true, "fringe": true}
