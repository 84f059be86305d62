package extract

// The party-and-state tag the wire writes after a member of Congress's name
// ("Sen. Tom Harkin (D-Iowa)", "Rep. Dan Glickman, D-Kan., said", "Sen.
// David Pryor (Ark.)"): the letter names the member's party (D Democratic,
// R Republican; I an independent, no party), the abbreviation the state the
// member sits for. The tag is no name of its own (names_party_tags.go drops
// it); here the person is affiliated with the party and the state is read
// as a place, named in full, with the tag's abbreviation as its mention.

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// stateAbbreviations are the wire's abbreviations of US states, without
// their final dot, and the states they name (data/stateAbbreviations.txt).
var stateAbbreviations = wordMap("stateAbbreviations")

// tagParties are the parties a tag's first letter names.
var tagParties = map[byte]string{'D': "Democratic Party", 'R': "Republican Party"}

// partyTagFacts reads every person's party-and-state tag.
func (x *extractor) partyTagFacts() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for _, k := range s.mentions {
			if m := &x.mentions[k]; m.typ == Person && m.ent >= 0 && x.ents[m.ent].typ == Person {
				x.partyTagAfter(si, m.ent, m.end)
			}
		}
	}
}

// partyTagAfter reads the tag that opens at token j of sentence si, after
// the name of person: "(D-Neb.)" or "(Ark.)" in brackets, ", R-Kan.," after
// a comma (or at the sentence's end).
func (x *extractor) partyTagAfter(si, person, j int) {
	toks := x.sents[si].toks
	if j+1 >= len(toks) || toks[j].Text != "(" && toks[j].Text != "," {
		return
	}
	end := j + 1 // the token after the tag
	for end < len(toks) && end <= j+4 && toks[end].Text != ")" && toks[end].Text != "," {
		end++
	}
	closed := end < len(toks) && (toks[j].Text == "(" && toks[end].Text == ")" || toks[j].Text == "," && toks[end].Text == ",")
	if !closed && toks[j].Text == "," && end == len(toks) && toks[end-1].Text == "." && end-1 > j+1 {
		end, closed = end-1, true // "said Tom Foley, D-Wash." closing the sentence
	}
	if !closed || end == j+1 || end-j-1 > 4 {
		return // no tag between the marks (", ,"), or too long for one
	}
	start, stop := toks[j+1].Start, toks[end-1].End
	tag := x.text[start:stop]
	if strings.ContainsAny(tag, " \n\t") {
		return
	}
	party, abbr := byte(0), tag
	if len(tag) > 2 && tag[1] == '-' && (tag[0] == 'D' || tag[0] == 'R' || tag[0] == 'I') {
		party, abbr = tag[0], tag[2:]
		start += 2
	} else if toks[j].Text != "(" {
		return // a bare state after a comma is a town's: "Dedham, Mass."
	}
	state, ok := stateNamed(abbr)
	if !ok {
		return
	}
	owned := false
	for k := j + 1; k < end; k++ {
		owned = owned || x.sents[si].owner[k] >= 0 // the recogniser read the state already: "(Ark.)"
	}
	if name, ok := tagParties[party]; ok {
		if p := x.entityByName(name); p >= 0 {
			if !owned {
				x.tagMention(si, j+1, end, start-2, start-1, p) // the letter: the sentence names the party
			}
			x.addFact(person, vocab.PAffiliation, p, "", si)
		}
	}
	if !owned {
		x.tagMention(si, j+1, end, start, stop, x.stateEntity(state))
	} else if k := x.sents[si].owner[j+1]; x.mentions[k].start == j+1 && x.mentions[k].end == end {
		x.restate(k, abbr, state)
	}
}

// restate moves mention k, the recogniser's reading of a state's
// abbreviation in a tag ("Okla." as a thing of its own name), to the
// state's entity.
func (x *extractor) restate(k int, abbr, state string) {
	m := &x.mentions[k]
	if m.ent < 0 || strings.TrimSuffix(x.ents[m.ent].name, ".") != strings.TrimSuffix(abbr, ".") {
		return
	}
	old := x.ents[m.ent]
	old.mentions = slices.DeleteFunc(old.mentions, func(i int) bool { return i == k })
	e := x.stateEntity(state)
	m.ent, m.typ, m.name = e, Place, state
	x.ents[e].mentions = append(x.ents[e].mentions, k)
	if !slices.Contains(x.ents[e].aliases, m.text) {
		x.ents[e].aliases = append(x.ents[e].aliases, m.text)
	}
}

// stateNamed returns the US state an abbreviation in a tag names ("Neb.",
// "N.J.", "Iowa", "NE").
func stateNamed(abbr string) (string, bool) {
	a := strings.TrimSuffix(abbr, ".")
	if st, ok := stateAbbreviations[a]; ok {
		return st, true
	}
	if len(a) == 2 && strings.ToUpper(a) == a {
		if p, ok := gazetteer.USState(a); ok {
			return p.Name, true
		}
		return "", false
	}
	if p, ok := gazetteer.Place(a); ok && p.Class == gazetteer.ClassAdminArea && p.Country == "United States" && p.Name == a {
		return p.Name, true
	}
	return "", false
}

// stateEntity returns the place entity of the US state named state, found
// by its key or made. A state whose name the gazetteer reads first as a
// city or a country ("Washington", "New York", "Georgia") is named "STATE
// State", apart from the city or country the article may name.
func (x *extractor) stateEntity(state string) int {
	if p, ok := gazetteer.Place(state); !ok || p.Class != gazetteer.ClassAdminArea {
		state += " State"
	}
	key := "P:" + state
	for k, en := range x.ents {
		if en.key == key {
			return k
		}
	}
	x.ents = append(x.ents, &entity{typ: Place, name: state, key: key})
	return len(x.ents) - 1
}

// tagMention records bytes [bstart, bend) of tokens [i, j) of sentence si,
// part of a tag, as a mention of entity e; a place keeps the written
// abbreviation as an alias ("Neb." of Nebraska).
func (x *extractor) tagMention(si, i, j, bstart, bend, e int) {
	en := x.ents[e]
	written := x.text[bstart:bend]
	if en.typ == Place && written != en.name && !slices.Contains(en.aliases, written) {
		en.aliases = append(en.aliases, written)
	}
	x.mentions = append(x.mentions, mention{sent: si, start: i, end: j, typ: en.typ, text: written, name: en.name, bstart: bstart, bend: bend, ent: e})
	en.mentions = append(en.mentions, len(x.mentions)-1)
}
