// Rules for organisations: company names, bodies split at a possessive, one body named twice in a sentence.

package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// corpSuffixes end a company's name; a mention that starts with one grew
// from the wrong end. companyNouns (package lexicon's orgNouns) before a
// name and companyAfter after it make it a company; orgNounsAfter after a
// name make it a body's (namedBodies).
var (
	corpSuffixes  = wordSet("corpSuffixes")
	companyNouns  = lexicon.Keys("orgNouns")
	companyAfter  = wordSet("companyAfter")
	orgNounsAfter = wordSet("orgNounsAfter")
)

// companyNames extends a mention that starts with a company suffix ("Time
// [Inc]", "Mitsui and [Co Ltd]") over the capitalised words before it, and
// makes any mention ending in one an organisation.
func companyNames(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for k := range ms {
		m := &ms[k]
		if corpSuffixes[w[m.End-1]] {
			m.Label, m.Class = Organization, ""
		}
		if !corpSuffixes[w[m.Start]] {
			continue
		}
		a := m.Start
		joined := false // one "and" at most: "Goldman Sachs International and [S.G. Warburg and Co Ltd]"
		for a > 0 && (capitalised(w[a-1]) || (w[a-1] == "and" || w[a-1] == "&") && !joined && w[m.Start] == "Co" && a > 1 && capitalised(w[a-2])) {
			joined = joined || !capitalised(w[a-1])
			if k > 0 && ms[k-1].End > a-1 {
				// The words before belong to a mention of their own:
				// join it when it is no place ("Mitsui" + "and Co Ltd").
				if ms[k-1].Label == Place && ms[k-1].Class != "" {
					break
				}
			}
			a--
		}
		if a == m.Start {
			continue
		}
		m.Start, m.Label, m.Class = a, Organization, ""
		// Drop the mentions the company name swallowed.
		kept := ms[:0]
		for q, o := range ms {
			if q == k || o.End <= a || o.Start >= m.End {
				kept = append(kept, o)
			}
		}
		return companyNames(f, kept)
	}
	return ms
}

// TwoNames reports whether the words before an "and" and the word after it
// open two names, not one: both are words news writes only in names, and
// the first name has two words or more ("Sony Pictures Entertainment and
// MGM Studios"), where a body's name joined by "and" opens with a common
// word ("Amalgamated Engineering and Electrical Union", "Securities and
// Exchange Commission"); a legal form after "and" ends a partnership's name
// ("Arthur Andersen and Co").
func TwoNames(before []string, after string) bool {
	if len(before) < 2 || corpSuffixes[after] || strings.TrimSuffix(after, ".") == "Co" {
		return false
	}
	return SeenName(before[0]) && (SeenName(after) || capitalsOnly(after))
}

// capitalsOnly reports whether w is an acronym: two capitals or more, no
// lower-case letter ("MGM", "AT&T").
func capitalsOnly(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
			return false
		}
	}
	return caps >= 2
}

// tickers reads wire copy's stock tickers ("AB LM Ericsson <ERIC.ST>",
// "Matra <MATR.PA>"): a ticker is no part of a name, so a mention that ran
// into one ends before it, and the name just before a ticker is a company's.
func tickers(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for k := range ms {
		m := &ms[k]
		for q := m.Start + 1; q < m.End; q++ {
			if ticker(w[q]) {
				m.End = q
				break
			}
		}
		if m.End < len(w) && ticker(w[m.End]) {
			m.Label, m.Class = Organization, "Corporation"
		}
	}
	return ms
}

// ticker reports whether a token is a stock ticker in angle brackets:
// capitals and digits, a dot before the exchange ("<ERIC.ST>", "<GM>").
func ticker(t string) bool {
	if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' {
		return false
	}
	for i := 1; i < len(t)-1; i++ {
		c := t[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' && i > 1) {
			return false
		}
	}
	return true
}

// namedBodies finds organisations named before an organisation noun in
// lower case, after "the" or a possessive: "the Walkley board", "the
// Walkley journalism foundation", "Netanyahu's Likud party". The name is
// one to three capitalised words that are no date, nationality, title or
// known place; a mention of exactly those words becomes an organisation, and
// where the model found none, one is added.
func namedBodies(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for i := 1; i < len(w); i++ {
		if !theOrPossessive(w[i-1]) || !capitalised(w[i]) {
			continue
		}
		j := i
		for j < len(w) && j-i < 3 && capitalised(w[j]) {
			j++
		}
		k := j
		if k < len(w) && k+1 < len(w) && !capitalised(w[k]) && orgNounsAfter[w[k+1]] && !orgNounsAfter[w[k]] && f.tags[k] != "IN" && f.tags[k] != "CC" {
			k++ // "the Walkley journalism foundation"
		}
		if j == i || k >= len(w) || !orgNounsAfter[w[k]] || !bodyName(f, i, j) {
			continue
		}
		found := false
		for q := range ms {
			m := &ms[q]
			if m.Start == i && m.End == j {
				m.Label, m.Class = Organization, ""
				found = true
			} else if m.Start < j && i < m.End {
				found = true // another reading of these words: keep it
			}
		}
		if !found {
			ms = insert(ms, Mention{Start: i, End: j, Label: Organization})
		}
		i = j
	}
	return ms
}

// theOrPossessive reports whether strings.ToLower(w) is "the", "'s" or
// "’s", without lowering every word: only ASCII letters lower to these
// ones.
func theOrPossessive(w string) bool {
	switch len(w) {
	case 2:
		return w[0] == '\'' && w[1]|0x20 == 's'
	case 3:
		return w[0]|0x20 == 't' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e'
	case 4:
		return w[:3] == "’" && w[3]|0x20 == 's'
	}
	return false
}

// bodyName reports whether words [i, j) can name a body: none a date, a
// nationality, a title or honorific, or the whole a known place.
func bodyName(f *sentFeats, i, j int) bool {
	for k := i; k < j; k++ {
		if dateWords[strings.ToLower(f.words[k])] {
			return false
		}
		if c := f.gaz[k] >> 1; c == gzDemonym || c == gzTitle || c == gzPrefix {
			return false
		}
	}
	if lab, _, ok := gazClass(f.words, i, j); ok && lab == Place {
		return false
	}
	return true
}

// splitPossessives cuts a mention at a possessive inside it: "Verizon’s
// Yahoo" is two names.
func splitPossessives(f *sentFeats, ms []Mention) []Mention {
	out := ms[:0:0]
	for _, m := range ms {
		start := m.Start
		for k := m.Start + 1; k < m.End-1; k++ {
			if f.tags[k] == "POS" && (f.words[k] == "'s" || f.words[k] == "’s") {
				if k > start {
					out = append(out, Mention{Start: start, End: k, Label: m.Label, Class: m.Class})
				}
				start = k + 1
			}
		}
		if start == m.Start {
			out = append(out, m)
		} else if start < m.End {
			out = append(out, Mention{Start: start, End: m.End, Label: m.Label})
		}
	}
	return out
}

// orgNames finds organisation names the model cut up or missed: capitalised
// words, maybe joined by "and", "of", "for", "&" or a plural possessive,
// ending in an organisation word ("Transport and General Workers' Union",
// "Public and Commercial Services Union"). Known places and bodies inside
// stay whole only when they are the name itself.
func orgNames(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for i := 0; i < len(w); i++ {
		if !capitalised(w[i]) || w[i] == "The" || i > 0 && capitalised(w[i-1]) && w[i-1] != "The" {
			continue
		}
		j := i + 1
		for j < len(w) {
			if capitalised(w[j]) {
				j++
				continue
			}
			joiner := w[j] == "and" || w[j] == "of" || w[j] == "for" || w[j] == "&" || w[j] == "'" || w[j] == "’"
			// "Electrolux AB and Pepsico Inc": a legal form ends a name,
			// and "and" after it joins two
			if joiner && j+1 < len(w) && capitalised(w[j+1]) && !(w[j] == "and" && (corpSuffixes[w[j-1]] || TwoNames(w[i:j], w[j+1]))) {
				j++
				continue
			}
			break
		}
		if j-i < 2 || !gazetteer.IsOrgSuffix(strings.TrimSuffix(w[j-1], ".")) || !capitalised(w[j-1]) {
			continue
		}
		// Leave runs that hold a known place or body ("IMF and World
		// Bank", "United States and Soviet Union"), a person the model
		// found ("Blair Labour Party" is no name), or that already are one
		// mention.
		skip := false
		if _, _, whole := gazClass(w, i, j); !whole {
			for k := i; k < j; k++ {
				if c := f.gaz[k] >> 1; c != gzNone && c != gzTitle && c != gzPrefix && c != gzDemonym {
					skip = true
				}
			}
		}
		for _, m := range ms {
			if m.Start < j && i < m.End && (m.Label == Person && m.End < j || m.Class != "" && !(m.Start == i && m.End == j) || m.Start < i || m.End > j) {
				skip = true
			}
			if m.Start == i && m.End == j {
				skip = true
			}
		}
		if skip {
			i = j - 1
			continue
		}
		kept := ms[:0]
		for _, m := range ms {
			if m.End <= i || m.Start >= j {
				kept = append(kept, m)
			}
		}
		ms = insert(kept, Mention{Start: i, End: j, Label: Organization})
		i = j - 1
	}
	return ms
}

// sameSentenceOrgs relabels a person mention whose words begin an
// organisation mention of the same sentence ("Boeing" beside "Boeing Co").
func sameSentenceOrgs(f *sentFeats, ms []Mention) []Mention {
	for k := range ms {
		if ms[k].Label != Person {
			continue
		}
		for _, o := range ms {
			if o.Label != Organization || o.End-o.Start <= ms[k].End-ms[k].Start {
				continue
			}
			same := true
			for q := 0; q < ms[k].End-ms[k].Start; q++ {
				if f.words[o.Start+q] != f.words[ms[k].Start+q] {
					same = false
					break
				}
			}
			if same && corpSuffixes[f.words[o.End-1]] {
				ms[k].Label, ms[k].Class = Organization, ""
			}
		}
	}
	return ms
}

// companyContext reports whether the words around tokens [i, j) say they
// name a company or another body: a company noun just before ("firm
// Holcim", "union Unison") or "shares"/"stock" just after.
func companyContext(w []string, i, j int) bool {
	if i > 0 && companyNouns[strings.ToLower(w[i-1])] {
		return true
	}
	if j < len(w) && companyAfter[strings.ToLower(w[j])] {
		return true
	}
	return i > 1 && strings.ToLower(w[i-1]) == "in" && strings.ToLower(w[i-2]) == "shares"
}

// orgWord reports whether words [i, j) hold an organisation word.
func orgWord(w []string, i, j int) bool {
	for k := i; k < j; k++ {
		if gazetteer.IsOrgSuffix(strings.TrimSuffix(w[k], ".")) {
			return true
		}
	}
	return false
}

// orgMention reports whether an Organization mention not known to the
// gazetteer overlaps tokens [j, k) and goes on after them.
func orgMention(ms []Mention, j, k int) bool {
	for _, m := range ms {
		if m.Start < k && j < m.End && m.End > k && m.Label == Organization && m.Class == "" {
			return true
		}
	}
	return false
}
