// Towns the gazetteer does not know: the gazetteer holds cities of 100,000
// people and more, and modern local copy names smaller ones ("in Ferndale",
// "Boise (BOI), Missoula (MSO) and Spokane (GEG)", "à Clichy").

package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/internal/wordset"
)

// townsData is the names of GeoNames' populated places of 5,000 people and
// more, one a line (data/towns.txt.gz; see data/NOTICE.md).
//
//go:embed data/towns.txt.gz
var townsData []byte

// towns reads townsData once.
var towns = wordset.Lazy("extract: towns", townsData)

// smallTown reports whether name is a town's of the list that reads as
// nothing else: none of its words is a dictionary word, a given name or a
// surname of news ("Hope", "Jackson", "Independence" are towns too), and no
// gazetteer knows it as a body.
func smallTown(name string) bool {
	if !towns().Has(name) {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		lw := lower(w)
		if dictionaryWord(w) || givenNames[lw] || surnames[lw] {
			return false
		}
	}
	if _, ok := gazetteer.Org(name); ok {
		return false
	}
	last := strings.Fields(name)
	return !gazetteer.IsOrgSuffix(last[len(last)-1])
}

// townsByContext types as places the names read as bodies (by the
// recogniser's default for a name it does not know) that are small towns
// named where a place is: after a preposition of place ("in Ferndale"), in a
// list with a place ("Boise (BOI), Missoula (MSO) and Spokane"), or before a
// place in brackets or after a comma ("Clichy (Hauts-de-Seine)", "Ferndale,
// Michigan"). A code in brackets after a place is the same place ("Boise
// (BOI)").
func (x *extractor) townsByContext() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Other || m.sure || m.demonym || m.nominal || m.bend != 0 {
			continue
		}
		if smallTown(m.name) && x.placeContext(m.sent, m.start, m.end) {
			m.typ = Place
		}
	}
	codes := map[string]*mention{} // a place's code -> the place's mention
	for k := range x.mentions {
		m := &x.mentions[k]
		if !isPlace(m.typ) || m.demonym {
			continue
		}
		s := &x.sents[m.sent]
		if m.end+2 >= len(s.toks) || s.toks[m.end].Text != "(" || s.toks[m.end+2].Text != ")" || !isAcronym(s.toks[m.end+1].Text) {
			continue
		}
		if o := s.owner[m.end+1]; o >= 0 && !x.mentions[o].sure && x.mentions[o].typ == Organization {
			code := &x.mentions[o]
			if _, known := gazetteer.Org(code.name); !known {
				codes[code.name] = m
				code.typ, code.name = m.typ, m.name // the code names the place
			}
		}
	}
	// the code alone elsewhere: "from LAX" after "Los Angeles (LAX)"
	for k := range x.mentions {
		m := &x.mentions[k]
		if p, ok := codes[m.name]; ok && m.typ == Organization && !m.sure {
			m.typ, m.name = p.typ, p.name
		}
	}
}

// placeContext reports whether tokens [i, j) of sentence si stand where a
// place does: after a preposition of place (but not "at" a workplace), before a place in brackets or
// after a comma, or next to a place in a list.
func (x *extractor) placeContext(si, i, j int) bool {
	s := &x.sents[si]
	toks := s.toks
	if i > 0 && placePreps[s.lower(i-1)] {
		return !x.workplaceAt(si, i)
	}
	// "Clichy (Hauts-de-Seine)", "Ferndale, Michigan"
	if j+1 < len(toks) && (toks[j].Text == "(" || toks[j].Text == ",") {
		if m := x.mentionAt(si, j+1); m != nil && isPlace(m.typ) && m.typ != City {
			return true
		}
	}
	// a list: the name before or after, past a code in brackets and a comma
	// or "and", is a place's
	return x.listedPlace(si, i, -1) || x.listedPlace(si, j-1, 1)
}

// listedPlace reports whether the name next to token i in direction dir
// (-1 before, 1 after), across a code in brackets and one comma or "and",
// is a place's.
func (x *extractor) listedPlace(si, i, dir int) bool {
	s := &x.sents[si]
	toks := s.toks
	k := i + dir
	if dir > 0 && k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
		k += 3
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	if w := s.lower(k); w != "," && w != "and" && w != "or" {
		return false
	}
	k += dir
	if dir < 0 && k-2 >= 0 && toks[k].Text == ")" && toks[k-2].Text == "(" {
		k -= 3
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	m := x.mentionAt(si, k)
	return m != nil && isPlace(m.typ) && !m.demonym
}

// workplaceAt reports whether "at" before token i of sentence si names a
// workplace, not a town: after a post or a verb of work ("an economist at
// Harvard", "works at Appen").
func (x *extractor) workplaceAt(si, i int) bool {
	s := &x.sents[si]
	if i == 0 || s.lower(i-1) != "at" {
		return false
	}
	if i < 2 {
		return false
	}
	w := s.lower(i - 2)
	return titleHeads[w] || analystNouns[w] || roleVerbs[w]
}
