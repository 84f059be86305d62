// "Mr Blair" in an article that names Tony and Cherie Blair: what the
// article says of a person's sex picks the one of two people of a surname
// an honorific stands for.

package extract

import "strings"

// femaleNames are given names only women have, lower-cased
// (data/femaleNames.txt).
var femaleNames = wordSet("femaleNames")

// sex is what an article says of a person's sex.
type sex int8

const (
	sexUnknown sex = iota
	sexMale
	sexFemale
	sexBoth // the article says both: no evidence
)

// add returns s with the evidence t added.
func (s sex) add(t sex) sex {
	switch {
	case t == sexUnknown || s == t:
		return s
	case s == sexUnknown:
		return t
	}
	return sexBoth
}

// honorificSexes are the honorifics that say a person's sex.
var honorificSexes = map[string]sex{
	"mr": sexMale, "sir": sexMale, "lord": sexMale, "mister": sexMale, "monsieur": sexMale, "herr": sexMale,
	"mrs": sexFemale, "ms": sexFemale, "miss": sexFemale, "lady": sexFemale, "dame": sexFemale,
	"madam": sexFemale, "madame": sexFemale, "mme": sexFemale, "frau": sexFemale,
}

// kinSexes are the kin nouns that say the sex of the person named right
// after them ("his wife Cherie Blair").
var kinSexes = map[string]sex{
	"wife": sexFemale, "daughter": sexFemale, "mother": sexFemale, "sister": sexFemale, "widow": sexFemale,
	"girlfriend": sexFemale, "granddaughter": sexFemale, "grandmother": sexFemale, "niece": sexFemale, "aunt": sexFemale,
	"husband": sexMale, "son": sexMale, "father": sexMale, "brother": sexMale, "widower": sexMale,
	"boyfriend": sexMale, "grandson": sexMale, "grandfather": sexMale, "nephew": sexMale, "uncle": sexMale,
}

// honorificSex returns the sex the honorific of mention k says: one in the
// mention's text ("Mrs Cherie Blair") or right before it.
func (x *extractor) honorificSex(k int) sex {
	m := &x.mentions[k]
	if f := strings.Fields(m.text); len(f) > 1 {
		if s, ok := lowerHas(honorificSexes, strings.TrimSuffix(f[0], ".")); ok {
			return s
		}
	}
	toks := x.sents[m.sent].toks
	if m.start > 0 && m.bend == 0 {
		return lowerIn(honorificSexes, strings.TrimSuffix(toks[m.start-1].Text, "."))
	}
	return sexUnknown
}

// mentionSex returns what mention k of a person says of the person's sex:
// its honorific, a woman's given name, a kin noun right before it.
func (x *extractor) mentionSex(k int) sex {
	m := &x.mentions[k]
	s := x.honorificSex(k)
	if f := strings.Fields(m.name); len(f) > 1 && lowerIn(femaleNames, f[0]) {
		s = s.add(sexFemale)
	}
	if m.start > 0 && m.bend == 0 {
		s = s.add(kinSexes[x.sents[m.sent].lower(m.start-1)])
	}
	return s
}

// fullNameSexes returns what the article says of the sex of each person it
// names in full (by the full name the person's mentions resolve to).
func (x *extractor) fullNameSexes(p *people) map[string]sex {
	out := map[string]sex{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || countFields(m.name, 2) < 2 {
			continue
		}
		n := m.name
		if l, ok := p.longer[n]; ok {
			n = l
		}
		out[n] = out[n].add(x.mentionSex(k))
	}
	return out
}

// bySex returns the one of the full names cands that a surname with an
// honorific of sex s stands for: the one not known to be of the other sex,
// when all the others are ("Mr Blair" where the article's other Blair is
// "Mrs Blair" or "Cherie"), or "" when two men (or women) share the name.
func bySex(cands []string, s sex, sexes map[string]sex) string {
	if s != sexMale && s != sexFemale {
		return ""
	}
	other := sexMale + sexFemale - s
	found := ""
	for _, c := range cands {
		if sexes[c] == other || c == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}

// surnamesBySex keys the one-word person mentions whose surname two people
// of the article share: one with an honorific to the one person of that
// sex (bySex), and then the bare ones to that person when every mention
// with an honorific is theirs.
func (x *extractor) surnamesBySex(r *keying, p *people) {
	var sexes map[string]sex
	picked := map[string]string{} // surname -> the full name its honorifics pick, "" when they differ
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || r.keys[k] != "H:"+m.name || len(p.full[m.name]) < 2 {
			continue
		}
		s := x.honorificSex(k)
		if s == sexUnknown {
			continue
		}
		if sexes == nil {
			sexes = x.fullNameSexes(p)
		}
		n := bySex(p.full[m.name], s, sexes)
		if old, ok := picked[m.name]; ok && old != n {
			n = ""
		}
		picked[m.name] = n
		if n != "" {
			r.set(k, "H:"+n, n, Person)
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if n := picked[m.name]; n != "" && m.typ == Person && r.keys[k] == "H:"+m.name {
			r.set(k, "H:"+n, n, Person)
		}
	}
}
