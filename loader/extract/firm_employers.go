// Firms by employment: a full name read as a person's that the article
// gives as the workplace of a person or of an analyst is a firm's.

package extract

import "strings"

// analystNouns are the people's nouns that name a firm's staff after the
// firm's name or before "of", "at", "with" or "from" and the firm's name:
// "a Smith Barney analyst", "a currency analyst with Smith Barney".
var analystNouns = map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "trader": true, "traders": true}

// firmsByEmployer retypes as organisations the names of two words or more
// read as people's that some sentence gives as a workplace: after a
// person's name and "of", "at" or "from" ("analyst Philip Fricke of
// Goldman Sachs", "Simon Wheatley, from Goldman Sachs,"), after an
// analyst's noun and one of those words ("a currency analyst with Smith
// Barney"), or before an analyst's noun ("Smith Barney livestock analyst
// Tom O'Hare"), or as the subject of a syndicate's verb ("Keefe Bruyette,
// Goldman Sachs and Merrill Lynch co-managed the deal"). Not a name the article shows is a person's by a title, an
// honorific or an apposition (a pronoun after the name is the employee's).
func (x *extractor) firmsByEmployer() {
	var firm, people map[string]bool
	for _, k := range x.syndicateSubjects() {
		if m := &x.mentions[k]; m.typ == Person && m.end-m.start >= 2 {
			if firm == nil {
				firm, people = map[string]bool{}, x.titledPeople()
			}
			if !people[m.name] {
				firm[m.name] = true
			}
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || m.end-m.start < 2 || !x.employerCue(m) {
			continue
		}
		if firm == nil {
			firm, people = map[string]bool{}, x.titledPeople()
		}
		if !people[m.name] {
			firm[m.name] = true
		}
	}
	if firm == nil {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && firm[m.name] {
			m.typ, m.sure = Organization, true
		}
	}
}

// titledPeople returns the names of people the article shows are people's
// by a title, an honorific or an apposition (a title or an age).
func (x *extractor) titledPeople() map[string]bool {
	people := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && (x.titled(m) || x.honorificText(m) || x.appositionTitle(m) || givenNameLast(m.name)) {
			people[m.name] = true
		}
	}
	return people
}

// employerCue reports whether mention m stands where a workplace does
// (firmsByEmployer).
func (x *extractor) employerCue(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
		return false // "Smith Barney's Greenbaum"
	}
	if m.start >= 2 {
		if w := s.lower(m.start - 1); w == "of" || w == "at" || w == "with" || w == "from" {
			p := m.start - 2
			if s.toks[p].Text == "," && p > 0 {
				p-- // "Simon Wheatley, from Goldman Sachs"
			}
			if o := s.owner[p]; o >= 0 && o != s.owner[m.start] {
				// not "with": "Guy Easterby with Eric Miller"
				if q := &x.mentions[o]; w != "with" && q.typ == Person && q.end == p+1 && !q.demonym && !q.nominal && strings.Contains(q.name, " ") {
					return true
				}
			} else if o < 0 && analystNouns[s.lower(p)] {
				return true
			} else if o < 0 && w != "with" && w != "from" && x.postOf(s, p, m) {
				return true // "Ronald Walcott, managing director of Precision Cybertechnologies" (firm_post_of.go)
			}
		}
	}
	for n := m.end; n < len(s.toks) && n <= m.end+1; n++ {
		if t := s.toks[n].Tag; s.owner[n] >= 0 || t != "NN" && t != "NNS" && t != "JJ" || s.toks[n].Text != s.lower(n) {
			return false
		}
		if analystNouns[s.lower(n)] {
			return true
		}
	}
	return false
}

// syndicateVerbs are the verbs of banks in a bond or share issue, whose
// subjects are firms.
var syndicateVerbs = map[string]bool{"co-managed": true, "co-manage": true, "lead-managed": true,
	"underwrote": true, "underwrite": true}

// syndicateSubjects returns the mentions named right before a syndicate's
// verb (or "will" and the verb), and those listed with them.
func (x *extractor) syndicateSubjects() []int {
	var out []int
	for si := range x.sents {
		s := &x.sents[si]
		for i := 1; i < len(s.toks); i++ {
			if !s.in(i, tlSyndicateVerbs) { // syndicateVerbs
				continue
			}
			j := i - 1
			if s.lower(j) == "will" && j > 0 {
				j--
			}
			o := s.owner[j]
			if o < 0 || x.mentions[o].end != j+1 {
				continue
			}
			out = append(out, o)
			for n := len(s.mentions) - 1; n > 0; n-- {
				if s.mentions[n] != o {
					continue
				}
				for ; n > 0; n-- {
					if ok, _ := x.listed(s, &x.mentions[s.mentions[n-1]], &x.mentions[s.mentions[n]]); !ok {
						break
					}
					out = append(out, s.mentions[n-1])
				}
				break
			}
		}
	}
	return out
}
