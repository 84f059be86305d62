package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A person's full name the recogniser split in two where it stands before
// a colon or opens a caption line ("Alexandria Douziech: Whitewashed
// Botany", read as the city Alexandria and the person Douziech), while the
// article names that person whole elsewhere ("artist and educator
// Alexandria Douziech"). Two mentions side by side whose words together are
// a person's name of the article are that person: a page names the same
// person in the same words, and two names that happen to stand together are
// not a name the article writes whole. A speaker's name in capitals opening
// an interview's answer ("ALEXANDRIA DOUZIECH: I try to") is the same name.

// joinSplitPeople joins into one person's mention each run of two to four
// tokens that holds the name of a person the article reads whole elsewhere
// but is not one mention: the mentions in it and the words no mention took
// (see the file's comment).
func (x *extractor) joinSplitPeople() {
	var whole map[string]int // people's names of two words or more -> their words
	var firsts, names map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && plainName(m) && m.end-m.start >= 2 && m.end-m.start <= 4 && m.text == m.name && personShape(m.name) {
			if whole == nil {
				whole, firsts, names = map[string]int{}, map[string]bool{}, map[string]bool{}
			}
			whole[lower(m.name)] = m.end - m.start
			names[m.name] = true
			firsts[lower(firstField(m.name))] = true
		}
	}
	if whole == nil {
		return
	}
	var drop []bool
	var spans []tokenSpan
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue // a headline in capitals: its names are read apart
		}
		for i := 0; i < len(s.toks); i++ {
			if !firsts[s.lower(i)] {
				continue
			}
			for n := 2; n <= 4 && i+n <= len(s.toks); n++ {
				owned, ok := x.splitRun(si, i, i+n)
				if !ok {
					continue
				}
				run := x.span(si, i, i+n)
				if lowerIn(whole, run) != n || !names[run] && strings.ToUpper(run) != run {
					continue // the same words, in the same case or in capitals
				}
				if drop == nil {
					drop = make([]bool, len(x.mentions))
				}
				for _, o := range owned {
					drop[o] = true
				}
				spans = append(spans, tokenSpan{si, i, i + n})
				i += n - 1
				break
			}
		}
	}
	if spans != nil {
		x.replaceMentions(drop, spans, Person)
	}
}

// splitRun returns the mentions inside tokens [i, j) of sentence si when
// the run holds at least one, every mention touching it lies inside it and
// is a plain name, and no one mention is the whole run.
func (x *extractor) splitRun(si, i, j int) ([]int, bool) {
	s := &x.sents[si]
	var owned []int
	for t := i; t < j; t++ {
		o := s.owner[t]
		if o < 0 {
			continue
		}
		m := &x.mentions[o]
		if m.start < i || m.end > j || !plainName(m) || m.start == i && m.end == j {
			return nil, false
		}
		if len(owned) == 0 || owned[len(owned)-1] != o {
			owned = append(owned, o)
		}
	}
	return owned, len(owned) > 0
}

// plainName reports whether m is a name of whole tokens, no description, no
// national adjective and no event.
func plainName(m *mention) bool {
	return !m.demonym && !m.nominal && m.bstart == 0 && m.bend == 0 && m.typ != Event
}

// personShape reports whether a name of two words or more reads as a
// person's: capitalised words, the first a given name or no word of the
// dictionary, the last a surname or no word of the dictionary ("Alexandria
// Douziech", not "Dalkon Shield" or "Windows XP Home"), no acronym, no
// body the gazetteer knows first and no place or body last ("BBC
// Newcastle", "Texaco Canada").
func personShape(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !gazetteer.Capitalised(w) || isAcronym(w) {
			return false // "ICI Pharma", "BBC Newcastle"
		}
	}
	first, last := f[0], f[len(f)-1]
	if _, ok := orgLookup(first); ok {
		return false
	}
	return (lowerIn(givenNames, first) || !dictionaryWord(first)) && (lowerIn(surnames, last) || !dictionaryWord(last)) && surnameOnly(last)
}
