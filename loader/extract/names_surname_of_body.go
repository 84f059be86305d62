package extract

import "strings"

// splitSurnameOfBody splits a name the recogniser ran from a person's
// surname over "of" into a body's name: "Kondo of Yasuda Trust said", after
// "said Hiroyuki Kondo of Yasuda Trust and Banking Co Ltd", is the person
// Kondo and the body Yasuda Trust. Two names are there when the word before
// "of" is the last word of a person's name of two words or more that the
// article writes, and the words after it hold a body's word or name a body
// a gazetteer knows.
func (x *extractor) splitSurnameOfBody() {
	surnames := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		if f := strings.Fields(m.name); len(f) >= 2 {
			surnames[f[len(f)-1]] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	var drop []bool
	var parts []mentionPart
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.end-m.start < 3 || m.demonym || m.nominal || m.bend > 0 {
			continue
		}
		s := &x.sents[m.sent]
		if s.lower(m.start+1) != "of" || !surnames[s.toks[m.start].Text] || !x.bodyAt(m.sent, m.start+2, m.end) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		parts = append(parts, mentionPart{m.sent, m.start, m.start + 1, Person}, mentionPart{m.sent, m.start + 2, m.end, Organization})
	}
	if drop == nil {
		return
	}
	x.splitMentions(drop, parts)
}

// bodyAt reports whether tokens [i, j) of sentence si name a body: they
// hold a body's word ("Trust", "Corp", "Bank") or a gazetteer knows them.
func (x *extractor) bodyAt(si, i, j int) bool {
	s := &x.sents[si]
	if i >= j {
		return false
	}
	if orgWord(s.toks[i:j]) {
		return true
	}
	words := make([]string, 0, j-i)
	for _, t := range s.toks[i:j] {
		words = append(words, t.Text)
	}
	_, ok := orgLookup(strings.Join(words, " "))
	return ok
}
