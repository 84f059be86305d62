// Rules for titles: a title before a name is a fact, not part of the name.

package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// jobTitle reports whether a mention is a job title rather than a name: it
// ends in a title word and starts with a word that is not usually
// capitalised ("Assistant Secretary"), unlike "John Major".
func jobTitle(f *sentFeats, m Mention) bool {
	last := m.End - 1
	if f.gaz[last]>>1 != gzTitle || !capitalised(f.words[last]) || nameBeforeLastTitle(f, m) {
		return false
	}
	first := m.Start
	return f.gaz[first]>>1 == gzTitle || f.stats[first].bucket <= 2
}

// titledNames applies "a name after an honorific or a title is a person":
// "Mr Blair", "spokesman Ned Price", "US Deputy Secretary of State Wendy
// Sherman" (the title is cut out of any mention around it, the name becomes a
// person and "US" stays a place) and "Presidents Joe Biden and Vladimir
// Putin" (a plural title takes coordinated names).
func titledNames(f *sentFeats, ms []Mention) []Mention {
	w := f.words
	for i := 0; i < len(w); i++ {
		code := f.gaz[i] >> 1
		if (code != gzPrefix && code != gzTitle) || f.gaz[i]&1 == 0 {
			continue
		}
		j := i + 1
		for j < len(w) && f.gaz[j] == code<<1 {
			j++
		}
		plural := false
		if code == gzTitle {
			t, _ := gazetteer.Title(w[i:j]...)
			plural = t != strings.ToLower(strings.Join(w[i:j], " "))
		}
		for j < len(w) && f.gaz[j]>>1 == gzPrefix {
			j++ // "a spokesman for Mr Prescott"
		}
		k := nameRun(f, j)
		if k == j {
			continue
		}
		// The model's person mention may know the name goes on.
		for _, m := range ms {
			if m.Label == Person && m.Start >= j && m.Start < k && m.End > k {
				k = m.End
			}
		}
		k = titleSurnameEnd(f, ms, j, k) // rules_title_surnames.go: "Claude Pope said"
		// Leave organisations alone: "Secretary of State Wendy Sherman Foundation".
		if code == gzTitle && orgMention(ms, j, k) {
			continue
		}
		names := []Mention{{Start: j, End: k, Label: Person}}
		for plural && k+1 < len(w) && (w[k] == "and" || w[k] == ",") {
			k2 := nameRun(f, k+1)
			if k2 == k+1 {
				break
			}
			names = append(names, Mention{Start: k + 1, End: k2, Label: Person})
			k = k2
		}
		ms = carve(f, ms, i, k)
		for _, n := range names {
			ms = insert(ms, n)
		}
		i = k - 1
	}
	return ms
}

// nameRun returns the end of the run of up to four capitalised proper nouns
// from token j that looks like a personal name.
func nameRun(f *sentFeats, j int) int {
	k := j
	for k < len(f.words) && k-j < 5 && f.gaz[k]>>1 != gzOrg && f.gaz[k]>>1 != gzCountry && f.gaz[k]>>1 != gzTitle && !f.orgEnd[k] {
		w := f.words[k]
		// Names are capitalised; "General Election" holds no name.
		ok := capitalised(w) && strings.HasPrefix(f.tags[k], "NNP") && f.stats[k].bucket > 1
		// "al-Jibouri", "bin Laden", "van Gogh", "Abdul-Karim".
		if !ok && k > j && (nameParticle(w) || capitalised(w) && strings.Contains(w, "-")) {
			ok = true
		}
		if !ok {
			break
		}
		k++
	}
	// A trailing particle is no name: "Omar bin" before a verb.
	for k > j && nameParticle(f.words[k-1]) && !strings.Contains(f.words[k-1], "-") {
		k--
	}
	return k
}

// nameParticle reports whether w is a particle inside Arabic, Dutch,
// German or Romance names, alone ("bin", "van") or hyphenated ("al-Jibouri").
func nameParticle(w string) bool {
	for _, p := range particlePrefixes {
		if strings.HasPrefix(w, p) && len(w) > len(p) && capitalised(w[len(p):]) {
			return true
		}
	}
	return nameParticles[w]
}

// nameParticles stand alone inside names, particlePrefixes before a hyphen.
var (
	nameParticles    = wordSet("nameParticles")
	particlePrefixes = wordList("particlePrefixes")
)

// carve removes tokens [i, k) from the mentions: a mention that starts before
// i keeps its part before i when the gazetteer knows that part (or when it is
// a person's name); everything inside [i, k) goes.
func carve(f *sentFeats, ms []Mention, i, k int) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.End <= i || m.Start >= k {
			out = append(out, m)
			continue
		}
		if m.Start < i {
			head := Mention{Start: m.Start, End: i, Label: m.Label}
			if lab, class, ok := gazClass(f.words, m.Start, i); ok {
				head.Label, head.Class = lab, class
				out = append(out, head)
			} else if _, ok := gazetteer.Demonym(joinWords(f.words, m.Start, i)); !ok && m.Label == Person {
				out = append(out, head)
			}
		}
		if m.End > k {
			out = append(out, Mention{Start: k, End: m.End, Label: m.Label, Class: m.Class})
		}
	}
	return out
}

// stripTitles removes honorifics, job titles and nationality words from the
// front of a name: "Russian Deputy Foreign Minister Sergei Ryabkov" → "Sergei
// Ryabkov", "Mr Blair" → "Blair". A mention that is only a title is dropped
// for a person, and kept otherwise.
func stripTitles(w []string, m Mention) Mention {
	// "General Accounting Office", "General Motors Corp": a body's name
	// that opens with a title word keeps it, unless a known body follows
	// the title ("Deputy State Department spokesman")
	if m.Label == Organization && m.End-m.Start >= 3 && (gazetteer.IsOrgSuffix(w[m.End-1]) || corpSuffixes[w[m.End-1]]) {
		if n := gazetteer.LongestTitle(w[m.Start:m.End]); n > 0 {
			if _, known := gazetteer.Org(joinWords(w, m.Start+n, m.End)); !known {
				return m
			}
		}
	}
	start := m.Start
	for start < m.End {
		if gazetteer.IsPrefix(w[start]) {
			start++
			continue
		}
		if n := gazetteer.LongestTitle(w[start:m.End]); n > 0 {
			start += n
			m.Label = Person
			continue
		}
		if start+1 < m.End {
			if _, ok := gazetteer.Demonym(w[start]); ok && gazetteer.LongestTitle(w[start+1:m.End]) > 0 {
				start++
				continue
			}
		}
		break
	}
	if start == m.Start {
		return m
	}
	if start >= m.End {
		m.End = m.Start // nothing left
		return m
	}
	m.Start = start
	return m
}
