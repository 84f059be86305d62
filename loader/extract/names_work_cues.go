// Works, vessels and products named after the noun that says what they
// are: "the movie Cocktail", "his album Confessions", "the Liberian tanker
// Avaj", "the drug Zantac", "aboard the Achille Lauro". The recogniser
// reads such a name as an organisation or a person; the noun before it
// (data/workCueNouns.txt, or "aboard") says it is neither, and the name is
// dropped wherever the article writes it, unless a gazetteer knows it. A
// name followed by a verb may be the subject of a relative clause ("the
// film Spielberg made") and stays, and so does a firm's name with its legal
// form or ticker ("a drug Upjohn Co <UPJ> has sold"). A name followed by
// a form of "be", or by a verb with its object after it ("the comedy
// Sideways won the prize", "the tanker Avaj was hit"), is the work itself
// (names_work_verbs.go).

package extract

import "strings"

// workCueNouns are the nouns that name the kind of a work, vessel or
// product just before its name (data/workCueNouns.txt).
var workCueNouns = wordSet("workCueNouns")

// dropCuedWorks removes the organisation and person mentions whose name is
// written, somewhere in the article, just after a work's noun or "aboard",
// or in a list of works after "such as" (names_work_lists.go).
func (x *extractor) dropCuedWorks() {
	var works map[string]bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.typ != Organization && m.typ != Person || m.sure || !workCued(s, m.start, m.end) && !workListed(s, m.start, m.end) {
				continue
			}
			if works == nil {
				works = map[string]bool{}
			}
			works[m.name] = true
		}
	}
	if works == nil {
		return
	}
	x.dropMentionsIf(func(m *mention) bool {
		return (m.typ == Organization || m.typ == Person) && !m.sure && works[m.name] && !gazetteerKnows(m.name)
	})
}

// workCued reports whether the name at tokens [i, j) of s follows a work's
// noun ("the movie Cocktail") or a show's with its modifier ("the TV show
// Twin Peaks", names_show_cues.go), "single" after no quantifier ("her new
// single Hey Ya"), "aboard" ("aboard the Achille Lauro") or a charterer's
// "took" in a tanker fixture ("Tennaco took Nicopolis part cargo"), and no
// verb follows it.
func workCued(s *sentence, i, j int) bool {
	if i == 0 || j < len(s.toks) && (s.toks[j].Text == "<" || relativeClauseAfter(s, j) || verbAfterIndefinite(s, i, j)) {
		return false
	}
	if last := strings.TrimSuffix(s.lower(j-1), "."); legalSuffix[last] || legalForms[last] {
		return false // a firm: "a drug Upjohn Co has sold"
	}
	p := i - 1
	if w := s.lower(p); w == "aboard" {
		return true
	} else if w == "the" && p > 0 && s.lower(p-1) == "aboard" {
		return true
	}
	t := s.toks[p]
	if t.Text == "single" {
		// "her latest single Sometimes You Can", "follows single Black and
		// White Town"; not "a single Tory MP", "no single European"
		return p > 0 && !singleQuantifiers[s.lower(p-1)]
	}
	if t.Text == "took" && charteredVessel(s, j) {
		return true // a tanker fixture: "Tennaco took Nicopolis part cargo 50,000 tons"
	}
	if t.Text == "carrier" {
		return shipCarrier(s, p)
	}
	if showCueNouns[t.Text] {
		return showCued(s, p) // "the cult TV show Twin Peaks", not "polls show Labour"
	}
	// "documentary" and "musical" are often tagged as adjectives
	return workCueNouns[t.Text] && (strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ")
}

// cargoCarrierWords are the words before "carrier" that make it a ship
// rather than an airline (data/cargoCarrierWords.txt).
var cargoCarrierWords = wordSet("cargoCarrierWords")

// shipCarrier reports whether token k of s is "carrier" after a cargo word:
// "the bulk carrier Juvena", "the aircraft carrier Kitty Hawk" name ships;
// "regional carrier Air Atlanta" names an airline.
func shipCarrier(s *sentence, k int) bool {
	return k > 0 && s.lower(k) == "carrier" && cargoCarrierWords[s.lower(k-1)]
}

// singleQuantifiers are the words before "single" that make it "one"
// rather than a record.
var singleQuantifiers = map[string]bool{"a": true, "an": true, "no": true, "one": true, "any": true, "every": true, "each": true}

// charteredVessel reports whether the tokens from j say what a vessel took
// on in a fixture: "part cargo", or a number of tons.
func charteredVessel(s *sentence, j int) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	a, b := s.lower(j), s.lower(j+1)
	return a == "part" && b == "cargo" || s.toks[j].Tag == "CD" && (b == "tons" || b == "tonnes")
}
