// Subjects of verbs and events (syntax.go): the names before a verb with
// their coordinated partners, participles, fronted lists and clauses skipped.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// subjectBefore returns the subject names of the verb at token v: the
// nearest names before it, with their coordinated partners ("US, Russia
// meet"), skipping names inside prepositional phrases and titles; a
// pronoun resolves to the last person or body named.
func (x *extractor) subjectBefore(si, v int) (out []int) {
	s := &x.sents[si]
	toks := s.toks
	var led []int // "the mission, headed by X,": X
	defer func() {
		for _, e := range led {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}()
	if toks[v].Tag == "VBG" && v > 0 && toks[v-1].Text == "," {
		return x.participleSubject(si, v)
	}
	// auxiliaries and adverbs
	k := v - 1
	// and "today", which the tagger may read as a noun ("are today meeting")
	for k >= 0 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "TO" || lowerIn(dueWords, toks[k].Text) || relativeDay(toks[k].Text) && k > 0 && strings.HasPrefix(toks[k-1].Tag, "VB")) {
		k--
	}
	vg := k + 1 // the verb group's first word: "is" of "is holding"
	// "The minister met Shevardnadze": a described subject is the person
	// last named with that title, or else the last named with none.
	if k >= 1 && isTitleHead(toks[k].Text) && !gazetteer.Capitalised(toks[k].Text) && x.sents[si].owner[k] < 0 {
		p := k - 1
		for p >= 0 && (toks[p].Tag == "JJ" || lowerIn(titleModifiers, toks[p].Text) || toks[p].Tag == "NN" && !gazetteer.Capitalised(toks[p].Text)) && x.sents[si].owner[p] < 0 {
			p--
		}
		if p >= 0 && lowerIs(toks[p].Text, "the") && (p == 0 || toks[p-1].Text == ",") {
			if e := x.titleAntecedent(si, p, lower(toks[k].Text)); e >= 0 {
				return []int{e}
			}
			return nil
		}
	}
	// "The two leaders, X and Y, met": the people the apposition lists
	if k >= 0 && toks[k].Text == "," {
		if l := x.apposedList(si, k); l != nil {
			return l
		}
	}
	// "Nakasone will make a visit to the US and hold talks": a verb
	// after "and" shares the subject of the verb before it.
	if k > 0 && toks[k].Tag == "CC" && lowerIs(toks[k].Text, "and") && !strings.HasPrefix(toks[k+1].Tag, "NN") {
		for p := k - 1; p >= 0 && p >= k-20; p-- {
			t := toks[p]
			if t.Text == "," || t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || lowerIs(t.Text, "that") {
				break
			}
			if x.sents[si].owner[p] >= 0 {
				if m := x.mentionAt(si, p); m != nil && m.start == p && (m.end >= len(toks) || strings.HasPrefix(toks[m.end].Tag, "VB") || toks[m.end].Tag == "MD") {
					break // "Reagan and Gorbachev met": coordinated subjects
				}
				continue
			}
			if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VB" && p > 0 && (toks[p-1].Tag == "MD" || toks[p-1].Tag == "TO")) && !(p > 0 && (toks[p-1].Tag == "DT" || toks[p-1].Tag == "JJ")) {
				return x.subjectBefore(si, p)
			}
		}
	}
	for ; k >= 0 && k >= v-14; k-- {
		t := toks[k]
		lw := lower(t.Text)
		// "in northern Germany, where employers and union representatives
		// met": the clause "where" opens has its subject after it
		if t.Tag == ":" || lw == "that" || lw == "which" || lw == ";" || lw == "said" || t.Tag == "``" || t.Tag == "''" || lw == "where" && t.Tag == "WRB" {
			return nil
		}
		// skip ", who is accompanied by X," and ", headed by X, head of
		// Y," back to the subject; who heads it takes part
		if t.Text == "," {
			if p, ok := x.skipClause(si, k, &led); ok {
				k = p
				continue
			}
		}
		if es, ok := x.pronounSubject(si, k, lw); ok {
			return es
		}
		m := x.mentionAt(si, k)
		if m == nil || m.ent < 0 {
			if strings.HasPrefix(t.Tag, "VB") {
				return nil
			}
			continue
		}
		e := x.ents[m.ent]
		if e.typ == Event || e.typ == Other {
			return nil
		}
		if m.demonym {
			if !peopleNoun(toks, m.end) {
				k = m.start
				continue
			}
		} else if x.homeApposition(si, m) { // "Burroughs Wellcome, of Research Triangle Park, N.C., has"
			k = m.start
			continue
		} else if x.describedPlayer(si, m, v) { // "the former France international": syntax_player_subjects.go
			return x.playerSubject(si, m.start)
		} else if m.end < len(toks) && isTitleHead(toks[m.end].Text) && m.end < v && !personAfter(x, si, m.end, v) {
			// "State Department spokesman ..." is a title: keep looking for the name.
			k = m.start
			continue
		} else if m.end < len(toks) && toks[m.end].Tag == "POS" {
			// "the WTO's 148 current members gather": the body speaks
			if !possessedPeople(toks, m.end+1, v) {
				k = m.start
				continue
			}
		}
		// inside a prepositional phrase? "ministers of the GCC" still speaks
		// for the body.
		// but "as Deutsche Boerse held": a conjunction opening a clause
		if p := m.start - 1; p > 0 && (toks[p].Tag == "IN" || toks[p].Tag == "TO" || toks[p].Tag == "DT" && p > 1 && (toks[p-1].Tag == "IN" || toks[p-1].Tag == "TO")) && !lowerIs(toks[p].Text, "and") &&
			!(lowerIn(clauseOpeners, toks[p].Text) && (m.end == v || m.end == vg) && thatOpens(toks, p)) {
			if toks[p].Tag == "DT" {
				p--
			}
			if !(lowerIs(toks[p].Text, "of") && p > 0 && (lowerIn(peopleNouns, toks[p-1].Text) || toks[p-1].Tag == "NNS" && isTitleHead(strings.TrimSuffix(toks[p-1].Text, "s")))) {
				k = m.start
				continue
			}
		}
		// "Two local councillors who back Mr Flight met": the object of a
		// relative clause, whose head has no name
		l := x.titleLeft(si, m.start, e.typ)
		for l > 0 && isHonorific(lower(strings.TrimSuffix(toks[l-1].Text, "."))) {
			l-- // "Mr Flight"
		}
		if l >= 2 && strings.HasPrefix(toks[l-1].Tag, "VB") && (lowerIs(toks[l-2].Text, "who") || lowerIs(toks[l-2].Text, "that")) && (l < 3 || toks[l-3].Text != ",") {
			return nil
		}
		// "trade issues, like the dispute between the U.S. and Japan,":
		// names coordinated after "between" are another thing's parties
		out := x.coordinatedBefore(si, m, e)
		if left := x.listStart(si, out, m); left > 0 && (lowerIs(toks[left-1].Text, "between") || lowerIs(toks[left-1].Text, "among") || len(out) > 1 && listInPhrase(toks, left, nounsUpTo(toks, m.end) < vg)) {
			k = left
			continue
		}
		return out
	}
	return nil
}

// listStart returns the first token of the leftmost mention in sentence si
// of the entities of a coordinated list ending in mention m, past "the".
func (x *extractor) listStart(si int, ents []int, m *mention) int {
	left := m.start
	for _, k := range x.sents[si].mentions {
		o := &x.mentions[k]
		if o.start < left && o.end <= m.start && slices.Contains(ents, o.ent) {
			left = o.start
		}
	}
	if left > 0 && x.sents[si].toks[left-1].Tag == "DT" {
		left--
	}
	return left
}

// clauseOpeners are conjunctions that open a clause whose subject follows
// right before its verb group: "as Deutsche Boerse held its third
// meeting", "while Oasis will also perform", "added that Contel is holding
// discussions with Comsat" (the tagger reads "that" as a preposition).
var clauseOpeners = map[string]bool{"as": true, "because": true, "while": true, "although": true, "though": true, "whereas": true, "when": true, "that": true}

// thatOpens reports whether the clause opener at token p opens a clause
// whose subject follows: any opener but "that", and "that" after a verb or
// a conjunction ("added that", "and that Geis later met Hahn"), not after
// a noun, whose relative clause may lack its object ("deficit targets that
// Congress must meet": no meeting).
func thatOpens(toks []nlpToken, p int) bool {
	if !lowerIs(toks[p].Text, "that") {
		return true
	}
	return p > 0 && (strings.HasPrefix(toks[p-1].Tag, "VB") || toks[p-1].Tag == "CC")
}

// participleSubject returns the subject of a participle after a comma:
// the sentence's ("Funaro will extend his tour, flying to Japan").
func (x *extractor) participleSubject(si, v int) []int {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.start >= v {
			break
		}
		if m.ent < 0 || m.demonym || m.nominal || m.start > 0 && (toks[m.start-1].Tag == "IN" || toks[m.start-1].Tag == "TO") {
			continue
		}
		if t := x.ents[m.ent].typ; t == Person || t == Organization || t == Country {
			if m.end < len(toks) && (toks[m.end].Tag == "POS" || isTitleHead(toks[m.end].Text)) {
				continue
			}
			return []int{m.ent}
		}
	}
	return nil
}

// skipClause skips back from the comma at token k over ", who is
// accompanied by X," and ", headed by X, head of Y," to the subject,
// adding who heads it to led; it returns the token to go on from and
// whether it skipped.
func (x *extractor) skipClause(si, k int, led *[]int) (int, bool) {
	toks := x.sents[si].toks
	p := k - 1
	for p >= 0 && toks[p].Text != "," {
		p--
	}
	if p >= 0 && p+1 < k {
		w := lower(toks[p+1].Text)
		if w == "who" || w == "which" || w == "whose" || partyTag(toks[p+1:k]) {
			return p, true // ", D-N.Y.,": a party and state after a name
		}
		if !clauseHasVerb(toks[p+1 : k]) {
			if r, ok := x.listOpenedClause(si, p); ok {
				return r, true // ", which combines the Paris, Amsterdam and Lisbon stock exchanges,"
			}
		}
		if (w == "headed" || w == "led") && p+3 < len(toks) && lowerIs(toks[p+2].Text, "by") {
			for q := p + 3; q < k; q++ {
				if pm := x.mentionAt(si, q); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
					*led = append(*led, pm.ent)
					break
				}
			}
			return p, true
		}
		if (w == "headed" || w == "led" || isTitleHead(toks[p+1].Text) || toks[p+1].Tag == "DT") && p+1 < k {
			for q := p - 1; q >= 0; q-- {
				if toks[q].Text == "," {
					break
				}
				if w2 := lower(toks[q].Text); (w2 == "headed" || w2 == "led") && q+2 < len(toks) && lowerIs(toks[q+1].Text, "by") {
					for r := q + 2; r < p; r++ {
						if pm := x.mentionAt(si, r); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person {
							*led = append(*led, pm.ent)
							break
						}
					}
				}
			}
			return p, true
		}
	}
	return k, false
}

// coordinatedBefore returns the entity of mention m and its coordinated
// partners to the left.
func (x *extractor) coordinatedBefore(si int, m *mention, e *entity) []int {
	toks := x.sents[si].toks
	out := []int{m.ent}
	// coordinated partners to the left: "US, Russia", "Senior US and
	// Russian", "Sir Geoffrey Howe and U.S. Secretary of State George
	// Shultz" (titles between)
	j := x.titleLeft(si, m.start, e.typ) - 1
	// "Arsenal and England defender Cole": a body before a titled
	// person's "and" may belong to the title
	titled := j+1 < m.start
	if e.typ == Person && j >= 1 && j+1 == m.start && occupationWord(toks[j]) && isConj(lower(toks[j-1].Text)) {
		j-- // "Councillor Andrew Swaby and businessman Michael Lee-Chin"
		titled = true
	}
	first := true
	j = pastArticleAfterConj(toks, j)
	for j >= 1 && (isConj(lower(toks[j].Text)) || toks[j].Text == ",") {
		// a list ends in "and" ("A, B and C"); a bare comma joins names
		// only at the start ("US, Russia meet"), not "owned by Matias
		// Machline, Sarney met"
		// "Blinken and his Australian counterpart, Penny Wong":
		// past a description in apposition (met_possessed_people.go)
		if d := x.describedBefore(si, j); d >= 1 && isConj(toks[d].Text) {
			j = d
		}
		if first && toks[j].Text == "," {
			if pm := x.mentionAt(si, j-1); pm == nil || x.titleLeft(si, pm.start, pm.typ) > 0 {
				break
			}
		}
		first = false
		pe := j - 1
		// "Chuck Schumer, D-N.Y., and ...": past the party tag
		if pe > 1 && toks[pe].Text == "," {
			q := pe - 1
			for q > 0 && toks[q].Text != "," {
				q--
			}
			if q > 0 && q < pe-1 && partyTag(toks[q+1:pe]) {
				pe = q - 1
			}
		}
		pe = x.pastListComma(si, pe, e.typ) // syntax_list_commas.go: "A, B, and C", "A, the Premier, and B"
		pm := x.mentionAt(si, pe)
		if pm == nil || pm.ent < 0 || x.ents[pm.ent].typ != e.typ && !(isPlace(e.typ) && isPlace(x.ents[pm.ent].typ)) && !(partyTypes(e.typ, x.ents[pm.ent].typ) && !titled) {
			break
		}
		out = append(out, pm.ent)
		j = pastArticleAfterConj(toks, x.titleLeft(si, pm.start, x.ents[pm.ent].typ)-1)
	}

	return out
}

// listInPhrase reports whether the coordinated list starting at token left
// is the object of a preposition (past "both" or "either", an article and
// titles), as its last name alone is tested above: "At both the G-7 and the
// Interim Committee we will be discussing", "a call with Minister Milling
// and the Acting Premier Natalio Wheatley tomorrow to discuss". A
// preposition that may open a clause does so when the list stands right
// before the verb ("before U.S. And Japanese officials are to meet"): apart
// says whether words stand between. Not "of", nor a preposition after the
// people the names stand for ("Representatives from Brazil, Colombia and
// Mexico will meet") or after "along" or "together".
func listInPhrase(toks []nlpToken, left int, apart bool) bool {
	p := left - 1
	for p > 0 && (isTitleHead(toks[p].Text) || lowerIn(titleModifiers, toks[p].Text) || lowerIs(toks[p].Text, "the")) {
		p--
	}
	if p > 0 && (lowerIs(toks[p].Text, "both") || lowerIs(toks[p].Text, "either")) {
		p--
	}
	lw := lower(toks[p].Text)
	if toks[p].Tag != "IN" || lw == "of" || openClauseWords[lw] || clauseOpeners[lw] && thatOpens(toks, p) || clausePrepositions[lw] && !apart {
		return false
	}
	if p > 0 {
		if b := toks[p-1]; b.Tag == "NNS" || lowerIn(peopleNouns, b.Text) || lowerIs(b.Text, "along") || lowerIs(b.Text, "together") {
			return false
		}
	}
	return true
}

// clausePrepositions may open a clause with its own subject: "before the
// U.S. and Japan meet".
var clausePrepositions = map[string]bool{"before": true, "after": true, "since": true, "until": true, "till": true, "once": true, "because": true}

// nounsUpTo returns the first token from j that is no noun or adjective:
// the end of "Japanese officials" after the name.
func nounsUpTo(toks []nlpToken, j int) int {
	for j < len(toks) && (isNounTag(toks[j].Tag) || strings.HasPrefix(toks[j].Tag, "JJ")) {
		j++
	}
	return j
}

// pastArticleAfterConj returns j-1 when token j is "the" after "and", "or"
// or a comma, else j: "Japan and the United States", "the EC, the U.S. and
// Japan" coordinate names with their articles. ("U.S. And Japan": the wire
// copy's capital "And" after an abbreviation is read as "and" by the loop.)
func pastArticleAfterConj(toks []nlpToken, j int) int {
	if j >= 2 && lowerIs(toks[j].Text, "the") && (isConj(lower(toks[j-1].Text)) || toks[j-1].Text == ",") {
		return j - 1
	}
	return j
}

// frontedSubject reads the subject after a fronted phrase: "Leaving a
// Brussels summit Mr Blair said", "After talks with Suharto, he said".
func (x *extractor) frontedSubject(si, head int, ev *event) {
	toks := x.sents[si].toks
	if len(toks) == 0 {
		return
	}
	first := lower(toks[0].Text)
	if !(toks[0].Tag == "VBG" || first == "after" || first == "following" || first == "during" || first == "before" || first == "at" || first == "in" || first == "on") {
		return
	}
	if !x.frontedPhrase(si, head) {
		return // "In hearings before the commission, Guinn said ..., and due to discussions with it, he said"
	}
	if x.frontedTopic(si, head) {
		return // "On the failure of the recent ICO talks, Arango said": fronted_topics.go
	}
	// "At the ceremony, there was a benediction by Rabbi Seth Goldstein":
	// who performs an act there attends
	for k := head + 1; k+2 < len(toks) && k < head+40; k++ {
		if lw := x.sents[si].lower(k); actNouns[lw] && strings.HasPrefix(toks[k].Tag, "NN") {
			if w := x.sents[si].lower(k + 1); w == "by" || w == "from" {
				objs, _ := x.nameList(si, k+2, false)
				for _, o := range objs {
					if x.ents[o].typ == Person {
						ev.addAttendee(o, si)
						ev.own = true
					}
				}
			}
		}
	}
	// "At the ceremony, a lawyer tweeted that Montoya-Lewis spoke
	// movingly": who speaks or performs there attends
	for k := head + 1; k+1 < len(toks) && k < head+30; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.start != k || m.ent < 0 || m.typ != Person || m.end >= len(toks) {
			continue
		}
		if v := m.end; presenceVerbs[x.sents[si].lower(v)] && strings.HasPrefix(toks[v].Tag, "VB") && !negated(toks, v) && (toks[k-1].Tag != "IN" || x.sents[si].lower(k-1) == "that") {
			ev.addAttendee(m.ent, si)
			ev.own = true
		}
		k = m.end - 1
	}
	// (past a long list of names: "After a day of meetings with Vice
	// President George Bush, Secretary of State George Shultz and Commerce
	// Secretary Malcolm Baldrige, Clark told")
	for k := head + 1; k < len(toks) && k < head+30; k++ {
		t := toks[k]
		lw := lower(t.Text)
		// "At a press conference, a reporter asked Montoya-Lewis": who is
		// asked or questioned there was there, whoever asks
		if faceVerbs[lw] && strings.HasPrefix(t.Tag, "VB") && !negated(toks, k) && k > head+1 {
			objs, _ := x.nameList(si, k+1, false)
			for _, o := range objs {
				if x.ents[o].typ == Person {
					ev.addAttendee(o, si)
					ev.own = true
				}
			}
			return
		}
		if personPronouns[lw] && t.Tag == "PRP" && k > 0 && (toks[k-1].Text == "," || k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") && k-head <= 3) {
			if e := x.antecedent(si, 0, true); e >= 0 {
				x.resolvedPronoun(si, k, e)
				ev.addAttendee(e, si)
				ev.own = true
			}
			return
		}
		if e, ok := x.describedClauseSubject(si, k); ok {
			// "In a meeting with Mayor Grant, the governor discussed":
			// the governor named before (event_fronted_described.go)
			if e >= 0 {
				ev.addAttendee(e, si)
				ev.own = true
			}
			return
		}
		if x.clauseVerbAt(si, k) {
			// "Following the IMF talks, the rate will be adjusted ...,
			// Chivuno said": the clause has another subject, the one who
			// says so later took no part
			return
		}
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && m.typ == Person {
			// the subject is followed by a verb
			e := m.end
			for e < len(toks) && e < m.end+2 && toks[e].Tag == "RB" {
				e++ // "Gros also said"
			}
			if e < len(toks) && (strings.HasPrefix(toks[e].Tag, "VB") || toks[e].Tag == "MD" || toks[m.end].Text == "," && toks[k-1].Text == ",") && (toks[k-1].Text == "," || !inPhrase(toks, k)) {
				ev.addAttendee(m.ent, si)
				ev.own = true
				// "During the sitting, Penn questioned Premier Fahie": who
				// is questioned or thanked there was there
				if faceVerbs[x.sents[si].lower(e)] && !negated(toks, e) {
					objs, _ := x.nameList(si, e+1, false)
					for _, o := range objs {
						if x.ents[o].typ == Person {
							ev.addAttendee(o, si)
						}
					}
				}
				return
			}
			k = m.end - 1
		}
	}
}

// partyTypes reports whether a person and a body may be coordinated in one
// subject: "PaineWebber and Ammeen met with Edelman" names both (a person
// with a title before it does not take a body before "and").
func partyTypes(a, b EntityType) bool {
	return a == Person && b == Organization || a == Organization && b == Person
}

// pronounSubject reads a subject pronoun at token k of sentence si (lw in
// lower case): "he" is a person, "it" a body, "I" in a quotation its speaker
// (quote_speakers.go). It reports false when token k is no such pronoun.
func (x *extractor) pronounSubject(si, k int, lw string) ([]int, bool) {
	if x.sents[si].toks[k].Tag != "PRP" {
		return nil, false
	}
	e := -1
	switch {
	case lw == "i":
		e = x.firstPersonSpeaker(si, k)
	case personPronouns[lw] || thingPronouns[lw]:
		e = x.antecedent(si, k, personPronouns[lw])
	default:
		return nil, false
	}
	if e < 0 {
		return nil, true
	}
	x.resolvedPronoun(si, k, e)
	return []int{e}, true
}
