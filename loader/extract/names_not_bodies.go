// Names that are no body and no person. News capitalises the names of laws,
// treaties, awards, market indexes, rates and units of account, and the
// recogniser reads them as organisations (or, cut short, people): "the
// Financial Services Act", "the Louvre Accord", "the Sawyer Award", "the
// Nikkei Stock Average", "the London Interbank Offered Rate", "European
// Currency Units". Such a name ends in a head that says what it names
// (data/notBodyHeads.txt). A head after "of", "on", "for", "and" or "&"
// belongs to a body's name ("South Texas College of Law", "Axa Equity &
// Law"), and so does a name with a body's head before "of", "on" or "for"
// ("Standing Committee on Company Law"); a name a gazetteer knows stays.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// notBodyHeads maps the last word, or two, of a name that is no body to
// the types it unmakes: "all", "org", or "agency" (organisations, unless a
// body the gazetteer knows opens the name: data/notBodyHeads.txt).
var notBodyHeads = wordMap("notBodyHeads")

// notBodyLast are the last words of notBodyHeads.
var notBodyLast = func() map[string]bool {
	last := map[string]bool{}
	for h := range notBodyHeads {
		f := strings.Fields(h)
		last[f[len(f)-1]] = true
	}
	return last
}()

// notBodyBefore are the words that put the head inside a body's name.
var notBodyBefore = map[string]bool{"of": true, "on": true, "for": true, "and": true, "&": true}

// dropNotBodies removes the organisation and person mentions whose name is
// a law's, a treaty's, an award's, an index's, a rate's or a unit's, with
// the names the article gives it for short (see notBodyAlias) and the
// organisation named in brackets right after it ("Intermediate Export
// Credit Guarantee Program (GSM-103)").
func (x *extractor) dropNotBodies() {
	var gone []string
	kept := map[string]bool{}
	bracketed := map[string]bool{} // "(GSM-103)" after "Intermediate Export Credit Guarantee Program"
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Person || m.sure {
			continue
		}
		if long := x.notBodyReach(m); long != "" && !gazetteerKnows(m.name) {
			gone = append(gone, long)
			if b := x.bracketAfter(m); b != "" {
				bracketed[b] = true
			}
		} else {
			kept[m.name] = true
		}
	}
	if gone == nil {
		return
	}
	x.dropMentionsIf(func(m *mention) bool {
		if m.typ != Organization && m.typ != Person || gazetteerKnows(m.name) {
			return false
		}
		if x.notBodyReach(m) != "" {
			return !m.sure
		}
		if bracketed[m.name] && m.typ == Organization && !m.sure {
			return true
		}
		// an alias, even one its long name typed ("ECUs")
		for _, g := range gone {
			if notBodyAlias(m, g, kept) {
				return true
			}
		}
		return false
	})
}

// notBodyReach returns the not-body name a mention names, or "" when
// none: its own ("Tax Reform Act"), or the longer one it opens when the
// recogniser cut it before capitalised words that end in a head ("London
// Interbank" of "London Interbank Offered Rates").
func (x *extractor) notBodyReach(m *mention) string {
	s := &x.sents[m.sent]
	toks := s.toks
	j := m.end
	for j < len(toks) && j < m.end+3 && letters(toks[j].Text) && toks[j].Text[0] >= 'A' && toks[j].Text[0] <= 'Z' {
		j++
	}
	if strings.Contains(toks[m.end-1].Text, "/") {
		j = m.end // a name before a slash reaches no further: "PaineWebber" of "PaineWebber/Geodyne Energy Income Program"
	}
	// cheap test first: a head's last word ends the name or the reach
	if m.bend == 0 && !notBodyLast[s.lower(m.end-1)] && !(m.end-m.start > 2 && allDigits(toks[m.end-1].Text) && notBodyLast[s.lower(m.end-2)]) && !notBodyLast[s.lower(j-1)] {
		return ""
	}
	if notBodyName(m.name, m.typ) {
		return m.name
	}
	for ; j > m.end; j-- {
		long := m.name
		for _, t := range toks[m.end:j] {
			long += " " + t.Text
		}
		if notBodyName(long, m.typ) {
			return long
		}
	}
	return ""
}

// bodyOfPhrase reports whether words hold a body's head before "of", "on"
// or "for": "Standing Committee on Company Law" is a committee.
func bodyOfPhrase(words []string) bool {
	for i := 1; i < len(words); i++ {
		if w := words[i]; (w == "of" || w == "on" || w == "for") && gazetteer.IsOrgSuffix(words[i-1]) {
			return true
		}
	}
	return false
}

// notBodyAlias reports whether name stands for the not-body name long in
// its article: its head alone ("the Act"), its acronym ("LIBOR" for
// "London Interbank Offered Rate", "ECUs" for "European Currency Units"),
// or, for an organisation, its first words ("Louvre" for "Louvre Accord")
// when no other name of the article opens with them ("Baltic" stays with
// "Baltic Exchange"; a person stays: "the Irving Thalberg Award").
func notBodyAlias(m *mention, long string, kept map[string]bool) bool {
	name := m.name
	if _, ok := lowerHas(notBodyHeads, name); ok && !strings.Contains(name, " ") {
		return true
	}
	if acronymLetters(name, long) {
		return true
	}
	if m.typ != Organization || !strings.HasPrefix(long, name+" ") {
		return false
	}
	for k := range kept {
		if k != name && strings.HasPrefix(k, name+" ") {
			return false
		}
	}
	return true
}

// acronymLetters reports whether short, one word of letters (a plural "s"
// aside), is an acronym of long: its letters, in capitals, are letters of
// long in order, from long's first letter, with every initial of long.
func acronymLetters(short, long string) bool {
	short = strings.TrimSuffix(short, "s")
	if len(short) < 2 || !letters(short) || short[0] < 'A' || short[0] > 'Z' {
		return false
	}
	up := strings.ToUpper(short)
	ini := initials(long)
	if len(ini) < 2 || up[0] != ini[0] {
		return false
	}
	// every initial of long in up, in order
	i := 0
	for j := 0; j < len(up) && i < len(ini); j++ {
		if up[j] == ini[i] {
			i++
		}
	}
	if i < len(ini) {
		return false
	}
	// every letter of up a letter of long, in order
	l := strings.ToUpper(long)
	j := 0
	for i := 0; i < len(up); i++ {
		k := strings.IndexByte(l[j:], up[i])
		if k < 0 {
			return false
		}
		j += k + 1
	}
	return true
}

// notBodyName reports whether a name of type typ ends in a head of
// notBodyHeads that unmakes the type ("Tax Reform Act", "Companies Act
// 1985"): at least one word before the head, not one of notBodyBefore.
func notBodyName(name string, typ EntityType) bool {
	w := strings.Fields(name)
	for len(w) > 2 && allDigits(w[len(w)-1]) {
		w = w[:len(w)-1] // "Companies Act 1985"
	}
	n := len(w)
	if n < 2 {
		return false
	}
	for _, k := range []int{2, 1} {
		if n <= k {
			continue
		}
		head := lower(strings.Join(w[n-k:], " "))
		kind, ok := notBodyHeads[head]
		if !ok {
			continue
		}
		if kind != "all" && typ != Organization || lowerIn(notBodyBefore, w[n-k-1]) {
			return false
		}
		if kind == "agency" && knownBodyOpens(w[:n-k]) {
			return false // "United Nations Development Programme": the body's agency
		}
		return !bodyOfPhrase(w[:n-k])
	}
	return false
}

// knownBodyOpens reports whether the first words of words are the name of
// a body the gazetteer knows ("United Nations", "UN", "EC"): a programme
// or project it names after itself is one of its agencies.
func knownBodyOpens(words []string) bool {
	for k := 1; k <= len(words); k++ {
		if _, ok := orgLookup(strings.Join(words[:k], " ")); ok {
			return true
		}
	}
	return false
}

// bracketAfter returns the name of the one mention in brackets right after
// mention m, or after the capitalised words that go on from it (at most
// three), or "".
func (x *extractor) bracketAfter(m *mention) string {
	s := &x.sents[m.sent]
	for e := m.end; e < m.end+4 && e+2 < len(s.toks); e++ {
		if s.toks[e].Text == "(" {
			o := s.owner[e+1]
			if o < 0 || x.mentions[o].start != e+1 || x.mentions[o].end >= len(s.toks) || s.toks[x.mentions[o].end].Text != ")" {
				return ""
			}
			return x.mentions[o].name
		}
		if !gazetteer.Capitalised(s.toks[e].Text) {
			return ""
		}
	}
	return ""
}
