package extract

// Where and when a post is held, told after the title or its body in an
// apposition (issue 15): "Jane Roe, an analyst in London,", "a front end
// engineer working out of Washington, D.C., and", "an economist at Barclays
// based in London,", "chairman of the Council of Economic Advisers in the
// Carter administration,", "an adviser under President Carter,". Such a
// tail closes the title's phrase as a comma would.

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// postedWords open a tail of where a post is plied: "based in", "working
// out of".
var postedWords = map[string]bool{"based": true, "working": true, "stationed": true, "living": true}

// periodNouns end "in the Carter administration": the time a post was held.
var periodNouns = map[string]bool{"administration": true, "administrations": true, "government": true, "cabinet": true, "era": true, "presidency": true}

// tailCloses reports whether a tail of where or when a post is held starts
// at token j of sentence si and reaches the end of the apposition.
func (x *extractor) tailCloses(si, j int) bool {
	s := &x.sents[si]
	toks := s.toks
	if j+1 >= len(toks) || s.owner[j] >= 0 {
		return false
	}
	switch w := s.lower(j); {
	case postedWords[w]:
		k := j + 1
		switch s.lower(k) {
		case "in", "at", "from":
			k++
		case "out":
			if k+1 >= len(toks) || s.lower(k+1) != "of" {
				return false
			}
			k += 2
		default:
			return false
		}
		return x.placeCloses(si, k)
	case w == "in":
		return x.townCloses(si, j+1) || x.periodCloses(si, j+1)
	case w == "under":
		// "under President Carter": the head of state served
		k := j + 1
		if pm := x.mentionAt(si, k); pm != nil && pm.start == k && pm.typ == Person {
			return pm.end >= len(toks) || closes(toks[pm.end])
		}
		for k < len(toks) && k < j+3 && s.owner[k] < 0 && isTitleHead(toks[k].Text) && gazetteer.Capitalised(toks[k].Text) {
			k++
		}
		pm := x.mentionAt(si, k)
		return k > j+1 && pm != nil && pm.start == k && pm.typ == Person && (pm.end >= len(toks) || closes(toks[pm.end]))
	}
	return false
}

// placeCloses reports whether a place's name starts at token k of sentence
// si (after "the" when written) and ends the apposition, with its larger
// place after a comma ("Washington, D.C.", "Melbourne, Australia").
func (x *extractor) placeCloses(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	if k < len(toks) && s.lower(k) == "the" {
		k++
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.start != k || pm.demonym || !isPlace(pm.typ) {
		return false
	}
	end := pm.end
	if end+1 < len(toks) && toks[end].Text == "," {
		if qm := x.mentionAt(si, end+1); qm != nil && qm.start == end+1 && !qm.demonym && isPlace(qm.typ) {
			end = qm.end
		}
	}
	return end >= len(toks) || closes(toks[end]) || dateCloses(toks, end)
}

// periodCloses reports whether "the NAME administration" (or government,
// cabinet, era) starts at token k of sentence si and ends the apposition:
// "in the Carter administration,".
func (x *extractor) periodCloses(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	if k >= len(toks) || s.lower(k) != "the" {
		return false
	}
	n := k + 1
	for n < len(toks) && n < k+4 && gazetteer.Capitalised(toks[n].Text) && !periodNouns[s.lower(n)] {
		n++
	}
	return n > k+1 && n < len(toks) && periodNouns[s.lower(n)] && (n+1 >= len(toks) || closes(toks[n+1]))
}

// townCloses reports whether a town, region or country that is no continent
// or wide region starts at token k of sentence si and ends the apposition:
// "an analyst in London," but not "the best striker in Europe".
func (x *extractor) townCloses(si, k int) bool {
	s := &x.sents[si]
	if k < len(s.toks) && s.lower(k) == "the" {
		k++
	}
	if k >= len(s.toks) || s.owner[k] < 0 || x.regionMention(s.owner[k]) {
		return false
	}
	return x.placeCloses(si, k)
}

// tailClosesTitle reports whether a tail closes the apposition at token
// stop after a title read with no body (head at headAt): "in PLACE" only
// after a title word (no occupation read by its shape: "a try-scorer in
// Rome"; "a software engineer working out of Washington" says the post), and
// no capitalised word after the head ("managing director of T-Mobile in
// the UK" names a body the names stage missed).
func (x *extractor) tailClosesTitle(si, headAt, stop int, r role) bool {
	if r.occ && x.sents[si].lower(stop) == "in" || !x.tailCloses(si, stop) {
		return false
	}
	for k := headAt + 1; k < stop; k++ {
		if gazetteer.Capitalised(x.sents[si].toks[k].Text) {
			return false
		}
	}
	return true
}
