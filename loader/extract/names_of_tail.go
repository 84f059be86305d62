package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A body's name that the recogniser cut inside its "of" phrase goes on over
// the capitalised words after it: "[National Association of Securities]
// Dealers said", "the [National Association] of Attorneys General, a group
// of ...". The words taken are capitalised nouns that no other name holds;
// the run stops at a title ("Bank of Japan Governor Satoshi Sumita"), a
// title's modifier, a calendar word, a given name, a place, an acronym or an
// honorific, which stand after names without being theirs; titles that end
// the name and hold a plural are the name's ("Attorneys General").

// ofTailEnd returns where the organisation's name [start, end) of sentence si
// ends when the capitalised words of its "of" phrase go on after end.
func (x *extractor) ofTailEnd(si, start, end int) int {
	s := &x.sents[si]
	toks := s.toks
	if end >= len(toks) || end-start < 2 {
		return end
	}
	from := end
	if of := lastOf(s, start, end); of > start {
		if isTitleHead(toks[of-1].Text) {
			return end // "[Army Chief of Staff] Hector Rios Erenu": a title
		}
		if _, ok := gazetteer.Place(x.span(si, of+1, end)); ok {
			return end // "Mobil Oil Corp of U.S. Plans": a place's "of"
		}
		for k := start; k < end; k++ {
			if k > of && !gazetteer.Capitalised(toks[k].Text) || s.in(k, tlGivenNames) {
				return end // "Bank of the West"; a person's name glued
			}
		}
	} else if s.lower(end) == "of" && (gazetteer.IsOrgSuffix(toks[end-1].Text) || gazetteer.IsOrgHead(toks[end-1].Text)) {
		from = end + 1
	} else {
		return end
	}
	j := from
	for j < len(toks) && x.ofTailWord(si, j) {
		j++
	}
	if j == from || !x.ofTailStop(si, j) {
		if t := x.pluralTitleTail(si, j); t > j {
			j = t
		} else {
			return end
		}
	}
	if from > end {
		if _, ok := orgLookup(x.span(si, end-1, j)); ok {
			return end // "U.S. House of Representatives": the known body's own rules
		}
	}
	return j
}

// ofTailStop reports whether the capitalised words of a body's "of" phrase
// may end before token j of sentence si: at the sentence's end, a word in
// lower case or a sign (not a possessive: the words own what follows), a
// calendar word, or a title after a plural
// ("Securities Dealers President Gordon Macklin"); not at a capitalised word
// the run refused ("Financial Corp of Santa Barbara", "University of
// Missouri Agricultural Economist").
func (x *extractor) ofTailStop(si, j int) bool {
	s := &x.sents[si]
	toks := s.toks
	if j >= len(toks) {
		return true
	}
	if possessiveToken(toks[j]) || toks[j].Text == "'" || toks[j].Text == "’" {
		return false // "the Aircraft Systems Co of [Allied-Signal]'s Aerospace": an owner
	}
	if !gazetteer.Capitalised(toks[j].Text) {
		return true
	}
	lw := s.lower(j)
	_, wd := weekdays[lw]
	_, mo := months[lw]
	if wd || mo {
		return true
	}
	return isTitleHead(toks[j].Text) && pluralToken(toks[j-1]) && s.owner[j] < 0
}

// pluralToken reports whether token t reads as a plural noun: tagged so, or
// a word ending in a single "s" ("Dealers", which the tagger may read as a
// proper noun).
func pluralToken(t nlp.Token) bool {
	if t.Tag == "NNS" || t.Tag == "NNPS" {
		return true
	}
	return len(t.Text) > 3 && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss")
}

// lastOf returns the last "of" inside [start, end) of sentence s, or -1.
func lastOf(s *sentence, start, end int) int {
	for k := end - 2; k > start; k-- {
		if s.lower(k) == "of" {
			return k
		}
	}
	return -1
}

// ofTailWord reports whether token j of sentence si can go on with a body's
// "of" phrase.
func (x *extractor) ofTailWord(si, j int) bool {
	s := &x.sents[si]
	t := s.toks[j]
	if s.owner[j] >= 0 || !gazetteer.Capitalised(t.Text) || !isLetterWord(t.Text) || isAcronym(t.Text) || !strings.HasPrefix(t.Tag, "NN") {
		return false
	}
	lw := s.lower(j)
	_, wd := weekdays[lw]
	_, mo := months[lw]
	if wd || mo || isTitleHead(t.Text) || titleModifiers[lw] || givenNames[lw] || isHonorific(lw) || directions[lw] {
		return false
	}
	if _, ok := gazetteer.Place(t.Text); ok {
		return false
	}
	if _, ok := demonym(t.Text); ok {
		return false
	}
	return true
}

// pluralTitleTail returns where a run of title words from token j of
// sentence si ends as the name's when it holds a plural title, which stands
// before no one person's name: all of it when nothing capitalised follows,
// else up to its last plural when a singular title follows that ("of Attorneys General, a group", "Council of Economic
// Advisers Chairman Beryl Sprinkel"). "Bank of Japan Governor said" keeps its
// one governor out.
func (x *extractor) pluralTitleTail(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	k, last := j, -1
	for k < len(toks) && s.owner[k] < 0 && gazetteer.Capitalised(toks[k].Text) && (isTitleHead(toks[k].Text) || titleModifiers[s.lower(k)]) {
		if pluralWord(toks[k].Text) {
			last = k
		}
		k++
	}
	switch {
	case last < 0:
		return j
	case k == len(toks) || !gazetteer.Capitalised(toks[k].Text):
		return k
	case last+1 < k:
		return last + 1
	}
	return j
}

// pluralTitleOf reports whether the name [start, end) of sentence si ends in
// an "of" phrase whose last words are titles holding a plural ("National
// Association of Attorneys General", "Council of Economic Advisers").
func (x *extractor) pluralTitleOf(si, start, end int) bool {
	s := &x.sents[si]
	of := lastOf(s, start, end)
	if of <= start {
		return false
	}
	for k := end - 1; k > of; k-- {
		if !isTitleHead(s.toks[k].Text) && !titleModifiers[s.lower(k)] {
			return false
		}
		if pluralWord(s.toks[k].Text) {
			return true
		}
	}
	return false
}

// officeOfTitle reports whether the name [start, end) of sentence s is a
// body's head noun and an "of" phrase of one capitalised title with its
// modifier: "Office of Public Counsel", the body the post names.
func officeOfTitle(s *sentence, start, end int) bool {
	return end-start == 4 && s.lower(start+1) == "of" && gazetteer.IsOrgHead(s.toks[start].Text) &&
		gazetteer.Capitalised(s.toks[start+2].Text) && gazetteer.Capitalised(s.toks[end-1].Text)
}
