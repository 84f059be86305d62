package extract

// Works read as bodies: the name of a film, a book or a series the
// recogniser read as an organisation is no body a person works for
// ("Joel Silver, producer of the Matrix trilogy", "Nair's Indian-style
// adaptation of Vanity Fair"; affiliation-seed121 rows 21 and 44).

// workAfterNouns, right after a name, say the name is a work's, or a
// series of works': "the Matrix trilogy", "the Star Wars saga".
var workAfterNouns = map[string]bool{
	"trilogy": true, "franchise": true, "saga": true, "sequel": true, "sequels": true, "prequel": true,
	"film": true, "films": true, "movie": true, "movies": true, "novel": true, "novels": true,
	"album": true, "musical": true, "biopic": true,
}

// workOfNouns, before "of" (or "to") and a name, say the name is a work's
// that another work was made from: "an adaptation of Vanity Fair", "a
// remake of Ocean's Eleven", "the sequel to Bridget Jones's Diary".
var workOfNouns = map[string]bool{
	"adaptation": true, "adaptations": true, "remake": true, "remakes": true,
	"sequel": true, "prequel": true, "staging": true, "retelling": true,
}

// namedWork reports whether body mention m of sentence s names a work: a
// work noun right after it, or a noun of a work made from it right before
// its "of" or "to" (and "the").
func namedWork(s *sentence, m *mention) bool {
	if m.end < len(s.toks) && workAfterNouns[s.lower(m.end)] {
		return true
	}
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	if k < 1 || s.lower(k) != "of" && s.lower(k) != "to" {
		return false
	}
	return workOfNouns[s.lower(k-1)]
}

// awardForWords, a few words before "for" and a name, say the name is what an
// award or a nomination was for, a work or a person, no body: "won best
// actor for Kinsey", "a nomination for Finding Neverland" (affiliation-seed151
// row 8; seed123 row 39, "best director for Alexander Payne").
var awardForWords = map[string]bool{
	"best": true, "worst": true, "award": true, "awards": true, "prize": true, "prizes": true,
	"nomination": true, "nominations": true, "nominated": true, "oscar": true, "oscars": true,
	"bafta": true, "baftas": true, "grammy": true, "grammys": true, "emmy": true, "emmys": true,
}

// awardedFor reports whether body mention m follows "for" (and "the") with an
// award word among the four words before it, or after "and" or a comma that
// closes an award's "for" and its name ("best director for Alexander Payne
// and supporting actor for Thomas Haden Church").
func awardedFor(s *sentence, m *mention) bool {
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	if k < 1 || s.lower(k) != "for" {
		return false
	}
	return awardForAt(s, k, 2)
}

// awardForAt reports whether the "for" at token k has an award word among the
// four words before it, or, up to depth times, follows "and" or a comma
// within those words that ends another such "for" and the capitalised name
// after it.
func awardForAt(s *sentence, k, depth int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if awardForWords[s.lower(i)] {
			return true
		}
	}
	if depth == 0 {
		return false
	}
	for i := k - 1; i >= 1 && i >= k-4; i-- {
		if w := s.lower(i); w != "and" && w != "," {
			continue
		}
		j := i - 1
		for j >= 0 && capitalisedWord(s.toks[j]) {
			j--
		}
		if j < i-1 && j >= 1 && s.lower(j) == "for" {
			return awardForAt(s, j, depth-1)
		}
		return false
	}
	return false
}
