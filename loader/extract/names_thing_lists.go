// Lists of things written in capitals. Game wikis, menus, recipes and shops
// capitalise the things they list ("she may offer you Omelet, Hashbrowns, or
// Pancakes", "Salmon Dinner, Crispy Bass, Fried Eel, or Vegetable Medley"),
// and the recogniser reads each item as a name. A list of names has names in
// it: a word news always capitalises ("Warner"), a name a gazetteer knows
// ("Paramount, Universal and Warner Brothers", "Britain, France and Spain"),
// a word that marks a body ("Sky News, Sky Travel and the Biography
// Channel") or "the" before it. Read by the dictionary, news's word
// statistics and the gazetteer's body words, never by the words themselves.

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// thingListItems is the most words one item of a list of things holds.
const thingListItems = 3

// dropThingLists removes the mentions that are items of a list of things:
// three items or more, each a run of capitalised words, joined by commas and
// a final "and" or "or", every item but one made of dictionary words news
// does not always capitalise, the other one word news does not always
// capitalise either ("Hashbrowns"), and no item a gazetteer knows.
func (x *extractor) dropThingLists() {
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || len(s.mentions) == 0 {
			continue
		}
		for _, it := range thingLists(s) {
			for _, o := range s.mentions {
				m := &x.mentions[o]
				if m.sure || m.demonym || m.nominal || m.start < it[0] || m.end > it[1] {
					continue
				}
				if drop == nil {
					drop = make([]bool, len(x.mentions))
				}
				drop[o] = true
			}
		}
	}
	if drop != nil {
		x.removeMentions(drop)
	}
}

// thingLists returns the token spans [start, end) of the items of the
// sentence's lists of things. A list opened by "the" names bodies ("the
// Army, Navy, Air Force and Coast Guard").
func thingLists(s *sentence) [][2]int {
	var out [][2]int
	toks := s.toks
	for i := 0; i < len(toks); {
		items, next := listAt(s, i)
		if items == nil {
			i++
			continue
		}
		if (items[0][0] == 0 || s.lower(items[0][0]-1) != "the") && thingItems(s, items) {
			out = append(out, items...)
		}
		i = next
	}
	return out
}

// listAt reads a list of capitalised items starting at token i: items joined
// by commas, the last one after "and" or "or" (and "a", "an" or "the"), or
// after a comma and "&" ("Beer, Mead, Pale Ale, & Wine"; not "Procter &
// Gamble", one name). It
// returns the items of a list of three or more, and the token after it.
func listAt(s *sentence, i int) ([][2]int, int) {
	if i > 0 && capToken(s, i-1) {
		return nil, i
	}
	var items [][2]int
	for {
		j := i
		for j < len(s.toks) && j-i < thingListItems && capToken(s, j) {
			j++
		}
		if j == i || j < len(s.toks) && capToken(s, j) {
			return nil, i + 1
		}
		items = append(items, [2]int{i, j})
		k := j
		last := false
		comma := k < len(s.toks) && s.toks[k].Text == ","
		if comma {
			k++
		}
		if w := lowerAt(s, k); w == "and" || w == "or" || w == "&" && comma {
			k++
			last = true
			if w := lowerAt(s, k); w == "a" || w == "an" || w == "the" {
				k++
			}
		}
		if last {
			j = k
			for j < len(s.toks) && j-k < thingListItems && capToken(s, j) {
				j++
			}
			if j == k || j < len(s.toks) && capToken(s, j) || len(items) < 2 {
				return nil, k
			}
			return append(items, [2]int{k, j}), j
		}
		if k == j {
			return nil, j
		}
		i = k
	}
}

func lowerAt(s *sentence, i int) string {
	if i >= len(s.toks) {
		return ""
	}
	return s.lower(i)
}

func capToken(s *sentence, i int) bool {
	t := s.toks[i].Text
	return gazetteer.Capitalised(t) && letters(t)
}

// thingItems reports whether the items are things, not names: all but one
// made of dictionary words, the other one word, none a word news always
// capitalises, a word that marks a body ("Army, Navy, Air Force and Coast
// Guard") or a name a gazetteer knows.
func thingItems(s *sentence, items [][2]int) bool {
	odd := 0
	for _, it := range items {
		name := s.toks[it[0]].Text
		for i := it[0] + 1; i < it[1]; i++ {
			name += " " + s.toks[i].Text
		}
		if gazetteerKnows(name) {
			return false
		}
		plain := true
		for i := it[0]; i < it[1]; i++ {
			w := s.toks[i].Text
			if ner.SeenName(w) || gazetteer.IsOrgSuffix(w) || gazetteer.IsOrgHead(w) {
				return false
			}
			if !dictionaryWord(w) {
				plain = false
			}
		}
		if plain {
			continue
		}
		if odd++; odd > 1 || it[1]-it[0] > 1 {
			return false
		}
	}
	return true
}
