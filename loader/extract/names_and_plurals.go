// A body's name made of two plural nouns joined by "and": "Margaritaville
// Hotels and Resorts", "Precision Cybertechnologies and Digital
// Solutions", "the Academy of Motion Picture Arts and Sciences". The
// recogniser ends the name at the "and" and leaves the words after it
// unread, as if they were the next item of a list of things.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// joinAndPlurals carries a name of two words or more that ends in a
// capitalised plural over "and" and the one to three capitalised
// dictionary words (no determiner: "His Dark Materials and The History
// Boys" are two plays) right after it that no name holds, the last of them a
// plural too, as one organisation's name. Two bodies with the same last
// word ("Eastern Airlines and People Express Airlines"), a party's members
// ("Social Democrats and Liberals"), peoples ("Americans and Europeans")
// and natural features ("Turks and Caicos Islands") are no such name.
func (x *extractor) joinAndPlurals() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.typ == Event || m.typ == Country || m.end-m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if s.row || s.shouts() {
			continue
		}
		if end := x.andPluralsEnd(s, m.start, m.end); end > 0 {
			x.respan(k, m.start, end, Organization)
		}
	}
}

// andPluralsEnd returns the end of the plural noun phrase after "and" that
// goes on the name of tokens [start, end) of sentence s (see
// joinAndPlurals), or 0 when none does.
func (x *extractor) andPluralsEnd(s *sentence, start, end int) int {
	and := end
	if and+1 >= len(s.toks) || s.lower(and) != "and" || s.owner[and] >= 0 {
		return 0
	}
	last := end - 1
	if !capitalisedPlural(s, last) || ner.SeenName(s.toks[last].Text) || memberWord(s, last) {
		return 0
	}
	j := and + 1
	if o := s.owner[j]; o >= 0 && !readAsThing(x.mentions[o], j) {
		return 0 // a name of its own after "and"
	}
	for j < len(s.toks) && j <= and+3 && (s.owner[j] < 0 || s.owner[j] == s.owner[and+1]) && gazetteer.Capitalised(s.toks[j].Text) && isLetterWord(s.toks[j].Text) {
		if !dictionaryWord(s.toks[j].Text) || determiners[s.lower(j)] != "" || ner.SeenName(s.toks[j].Text) || memberWord(s, j) {
			return 0
		}
		j++
	}
	if j == and+1 || j < len(s.toks) && (gazetteer.Capitalised(s.toks[j].Text) && isLetterWord(s.toks[j].Text) || s.owner[j] >= 0 && s.owner[j] == s.owner[j-1]) {
		return 0 // nothing after "and", a run longer than a name's tail, or a name going on past it
	}
	tail := j - 1
	if !capitalisedPlural(s, tail) || s.lower(tail) == s.lower(last) || featurePlural(s.lower(tail)) {
		return 0
	}
	return j
}

// readAsThing reports whether mention o, holding token j, opens there and
// is read as no person's, body's or place's name ("Digital Solutions" read
// as a thing): the tail of a name cut at "and" rather than a name of its own.
func readAsThing(o mention, j int) bool {
	return o.start == j && o.typ == Other && !o.demonym && o.bend == 0
}

// capitalisedPlural reports whether token i of sentence s is a
// capitalised plural noun: a word of letters ending in "s" (not "ss", "us"
// or "is").
func capitalisedPlural(s *sentence, i int) bool {
	w := s.toks[i].Text
	if len(w) < 4 || !gazetteer.Capitalised(w) || !isLetterWord(w) || !strings.HasPrefix(s.toks[i].Tag, "NN") {
		return false
	}
	lw := s.lower(i)
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is")
}

// memberWord reports whether token i of sentence s names a party's members
// or a nation's people: "Republicans", "Tories", "Americans".
func memberWord(s *sentence, i int) bool {
	if _, ok := s.partyAt(i); ok {
		return true
	}
	w := s.toks[i].Text
	if _, ok := demonym(w); ok {
		return true
	}
	_, ok := demonym(strings.TrimSuffix(w, "s"))
	return ok
}

// featurePlural reports whether lw names natural features in the plural,
// which end places' names, not bodies': "Islands", "Mountains".
func featurePlural(lw string) bool {
	return naturalFeature(lw) || lw == "islands" || lw == "isles" || lw == "hills" || lw == "lakes" || lw == "falls"
}
