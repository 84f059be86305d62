package extract

// A description named by a body standing for a person: "The answer, the
// Vox founder suggests, is ..."; "The University of Surrey expert
// continued". And names used as modifiers, which stand for no one a
// description can mean: "the Victoria Derbyshire TV show", "The Dan
// Wootton Interview".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// bodyNominal reads "the BODY TITLE" at token i of sentence si before a
// verb: the title and the body go to the one person named in the sentence
// before it (or, if none, the one before that) and in this sentence before
// it. With two people or more in reach, nobody can tell which: nothing.
// A country's leader ("the UK leader wants") is left to the titles of
// nations (bodyTitle, nominalTitle), and a title many hold at once ("the
// Bank of Japan official said", "the Fed spokesman") to the unnamed
// sources of wire copy.
func (x *extractor) bodyNominal(si, i int) {
	s := &x.sents[si]
	toks := s.toks
	m := x.mentionAt(si, i+1)
	if m == nil || m.start != i+1 && m.start != i || m.ent < 0 || m.typ == Person || m.typ == Event || m.typ == Country || m.demonym {
		return
	}
	j := m.end
	k := j
	for k < len(toks) && k < j+3 && s.owner[k] < 0 && !capitalisedWord(toks[k]) && (toks[k].Tag == "NN" || toks[k].Tag == "JJ") {
		k++
	}
	if k == j || k >= len(toks) || !isTitleHead(toks[k-1].Text) && !expertNouns[lower(toks[k-1].Text)] || !(strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || reportingAside(toks, i, k)) {
		return
	}
	if !uniqueRole(lower(toks[k-1].Text)) {
		return // "the Bank of Japan official said": an unnamed source
	}
	if x.introducedUnnamed(si, i, lower(toks[k-1].Text)) {
		return // "A Borg-Warner spokesperson said ... The Borg-Warner spokesperson said"
	}
	person := x.onlyPersonBefore(si, i)
	if person < 0 || x.namedLaterIn(si, k, person) {
		return // "after the South Bend mayor entered the race, the Bloomberg campaign": someone else (roles_described_later.go)
	}
	title := x.span(si, j, k)
	x.addRole(person, role{title: postOfDescription(title), affil: s.owner[m.end-1]}, si)
	x.describes(person, si, j, k, title)
}

// onlyPersonBefore returns the one person named in sentence si before
// token i and in the nearest sentence before that names anyone (within
// descriptionReach sentences: "In Why We're Polarized, Ezra Klein sets out
// to answer ... [three sentences naming no one] ... The answer, the Vox
// founder suggests, is"), leaving out names used as modifiers; -1 when
// there is none or more than one.
func (x *extractor) onlyPersonBefore(si, i int) int {
	found := -1
	seen := false
	for s := si; s >= 0 && s >= si-descriptionReach; s-- {
		if s < si-1 && seen {
			break
		}
		for _, k := range x.sents[s].mentions {
			m := &x.mentions[k]
			if s == si && m.start >= i || m.ent < 0 || x.ents[m.ent].typ != Person || m.nominal || attributiveName(x.sents[s].toks, m) {
				continue
			}
			if s < si {
				seen = true
			}
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// descriptionReach is how many sentences back a description looks for the
// sentence that names the person it stands for.
const descriptionReach = 4

// attributiveName reports whether a person's name is used as a modifier
// after an article, naming a show, a campaign or a government rather than
// the person: "the Victoria Derbyshire TV show", "The Dan Wootton
// Interview", "the Trump administration".
func attributiveName(toks []nlp.Token, m *mention) bool {
	if m.start == 0 || m.end >= len(toks) {
		return false
	}
	w := lower(toks[m.start-1].Text)
	if w != "the" && w != "a" && w != "an" {
		return false
	}
	n := toks[m.end]
	return strings.HasPrefix(n.Tag, "NN") && n.Tag != "NNP" || capitalisedWord(n) && n.Tag == "NNP"
}

func capitalisedWord(t nlp.Token) bool {
	return t.Text != "" && strings.ToUpper(t.Text[:1]) == t.Text[:1] && strings.ToLower(t.Text[:1]) != t.Text[:1]
}

// reportingAside reports whether the word at k closes a reporting aside
// between commas opened at token i: "The answer, the Vox founder
// suggests, is ..." (a verb the tagger may read as a plural noun).
func reportingAside(toks []nlp.Token, i, k int) bool {
	return i > 0 && toks[i-1].Text == "," && k+1 < len(toks) && toks[k+1].Text == "," && !capitalisedWord(toks[k]) && (lowerIn(speechVerbs, toks[k].Text) || strings.HasSuffix(toks[k].Text, "s"))
}

// introducedUnnamed reports whether the title head was written after "a"
// or "an" in sentence si before token i or in the two sentences before: an
// unnamed holder introduced ("A Borg-Warner spokesperson said ..."), whom
// "the Borg-Warner spokesperson" then means.
func (x *extractor) introducedUnnamed(si, i int, head string) bool {
	for s := si; s >= 0 && s >= si-descriptionReach; s-- {
		toks := x.sents[s].toks
		for k, t := range toks {
			if s == si && k >= i {
				break
			}
			if lower(t.Text) != head {
				continue
			}
			for b := k - 1; b >= 0 && b >= k-4; b-- {
				if w := lower(toks[b].Text); w == "a" || w == "an" || w == "another" {
					return true
				}
			}
		}
	}
	return false
}
