package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// related adds the relations the pair classifier (loader/relate) finds
// between two names of a sentence: killed, homeLocation, affiliation
// (works for), containedInPlace and an organisation's location. The
// classifier, trained on CoNLL04, overreaches on news, so a relation is
// kept only when the words between the two names carry its cue (relCues).
func (x *extractor) related() {
	x.titledSeats() // titles_local_seats.go: "said Supervisor X of Napa County", whether the model reads the pair or not
	for si := range x.sents {
		s := &x.sents[si]
		if len(s.mentions) < 2 {
			continue
		}
		var ms []ner.Mention
		var idx []int
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.ent < 0 || m.demonym || m.nominal || m.bend > 0 {
				continue
			}
			var l ner.Label
			switch x.ents[m.ent].typ {
			case Person:
				l = ner.Person
			case Organization:
				l = ner.Organization
			case Country, City, Place:
				l = ner.Place
			default:
				continue
			}
			ms = append(ms, ner.Mention{Start: m.start, End: m.end, Label: l})
			idx = append(idx, k)
		}
		if len(ms) < 2 {
			continue
		}
		for _, r := range x.rel.Find(nlp.Sentence{Tokens: s.toks}, ms) {
			hm, tm := &x.mentions[idx[r.Head]], &x.mentions[idx[r.Tail]]
			h, t := hm.ent, tm.ent
			if h == t || !cue(s.toks, hm, tm, r.Type) {
				continue
			}
			switch r.Type {
			case relate.Kill:
				x.addFact(h, vocab.PKilled, t, "", si)
			case relate.LiveIn:
				if x.seatOf(si, h, hm, tm) || x.legislatorsState(si, hm, tm) { // titles_plural_abbrev.go, roles_legislator_states.go: the state a senator serves
					x.addFact(h, vocab.PAffiliation, t, "", si)
				} else if known(x.ents[t].name) && !x.hasFact(h, vocab.PAffiliation, t) && !x.placeModifies(s, hm, tm) && !x.placeOwnsBody(s, hm, tm) { // roles_place_possessor.go
					x.addFact(h, vocab.PHomeLocation, t, "", si)
				}
			case relate.WorkFor:
				if !bodyHeadBefore(s, hm) && !possessesOther(s, tm) && !modifiesPossessor(s, tm) && !x.possessesBody(si, tm) && !x.createdWork(si, tm) && !x.possessedWork(s, hm, tm) && !clauseBetween(s, hm, tm) && !surveyedBy(s, tm) && !x.afterPlaceComma(si, tm) && !townOfState(s, tm) && !cutShort(s, tm) && !possessedModifier(s, hm, tm) && !clientOf(s, tm) && !contestWon(s, tm) && !ownedName(s, hm) && !noWorkBetween(s, hm, tm) && !x.kinOfBetween(s, hm, tm) && !x.notABody(si, tm) && !x.affilRefused(t, titleBetween(s, tm, hm)) && !x.ofTheTitle(s, hm, tm) && !actedOnBody(s, hm, tm) { // affiliation_acted_on.go
					x.addFact(h, vocab.PAffiliation, t, "", si)
					if hm.end <= tm.start {
						x.possessedUnitRole(si, h, s.owner[tm.start]) // roles_possessed_units.go: "Reed of Columbia University's Zuckerman Institute"
					}
				}
			case relate.LocatedIn:
				x.contain(h, t, si)
			case relate.OrgBasedIn:
				x.addFact(h, vocab.PLocation, t, "", si)
			}
		}
	}
}

// relCues are the words one of which must stand between two names, close
// together, for a classifier relation to be kept.
// (data/relCues.txt: a word and the relations it cues), by relation.
var relCues = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for w, rels := range wordMap("relCues") {
		for r := range strings.FieldsSeq(rels) {
			if m[r] == nil {
				m[r] = map[string]bool{}
			}
			m[r][w] = true
		}
	}
	return m
}()

// relGap is the most words between two names for each relation.
var relGap = map[string]int{relate.Kill: 6, relate.LiveIn: 3, relate.WorkFor: 4, relate.OrgBasedIn: 3, relate.LocatedIn: 3}

// cue reports whether the words between two mentions carry the cue of a
// relation type.
func cue(toks []nlp.Token, a, b *mention, typ string) bool {
	i, j := a.end, b.start
	if b.end <= a.start {
		i, j = b.end, a.start
	}
	if j-i > relGap[typ] || j < i {
		return false
	}
	for _, t := range toks[i:j] {
		w := lower(t.Text)
		if relCues[typ][w] || strings.HasSuffix(w, "-based") {
			return true
		}
	}
	return false
}

// known reports whether the gazetteer knows a place name.
func known(name string) bool {
	_, ok := gazetteer.Place(name)
	return ok
}
