// The first person of a quotation is its speaker: in "Governor John Rankin
// said: “I will have a call with Minister Milling tomorrow.”" the one who
// will have the call is Rankin. A quotation is attributed in its own
// sentence ("X said: “I ...”", "“I ...,” X said."), at its close in a later
// sentence of its paragraph, or, when a whole paragraph is quoted with no
// attribution, by the paragraph before, whose last sentence has a person
// speak ("In the meantime, the governor also indicated that he will ...").
// "I" outside quotation marks (a first-person blog, an interview's
// questions) stays unresolved.

package extract

// quoteReportVerbs attribute a quotation or a paragraph of quotation to
// their subject: the speechVerbs and verbs of saying that report a stance.
var quoteReportVerbs = wordSet("quoteReportVerbs")

// quoteAt is where a quotation holding a token opened.
type quoteAt struct{ sent, tok int }

// openQuoteBefore returns where the quotation holding token k of sentence
// si opened, reading the quotation marks from the start of its paragraph,
// and whether k is inside one.
func (x *extractor) openQuoteBefore(si, k int) (quoteAt, bool) {
	first := si
	for first > 0 && !x.paragraphBreak(first) {
		first--
	}
	inside, at := false, quoteAt{-1, -1}
	for s := first; s <= si; s++ {
		toks := x.sents[s].toks
		end := len(toks)
		if s == si {
			end = k
		}
		for j := 0; j < end; j++ {
			switch t := toks[j]; {
			case t.Tag == "``" || t.Text == "\"" && !inside:
				inside, at = true, quoteAt{s, j}
			case t.Tag == "''" || t.Text == "\"" && inside:
				inside = false
			}
		}
	}
	return at, inside
}

// paragraphBreak reports whether sentence si opens a paragraph: a line
// break lies between it and the sentence before.
func (x *extractor) paragraphBreak(si int) bool {
	if si <= 0 || si >= len(x.doc.Sentences) {
		return true
	}
	a, b := x.doc.Sentences[si-1].End, x.doc.Sentences[si].Start
	for i := a; i < b && i < len(x.text); i++ {
		if x.text[i] == '\n' {
			return true
		}
	}
	return false
}

// firstPersonSpeaker returns the person "I" at token k of sentence si
// stands for, the speaker of the quotation holding it, or -1.
func (x *extractor) firstPersonSpeaker(si, k int) int {
	q, inside := x.openQuoteBefore(si, k)
	if !inside {
		return -1
	}
	// "X said: “I ...": the speaker before the quotation opens
	if e := x.speakerBeforeQuote(q); e >= 0 {
		return e
	}
	// "“I ...,” X said.": the speaker after it closes, in its paragraph
	for s := si; s < len(x.sents) && s <= si+6; s++ {
		if s > si && x.paragraphBreak(s) {
			break
		}
		from := 0
		if s == si {
			from = k
		}
		if c := closeQuoteFrom(x.sents[s].toks, from); c >= 0 {
			if e := x.speakerAfterQuote(s, c, q); e >= 0 {
				return e
			}
			if wordsAfter(x.sents[s].toks, c) {
				return -1 // attributed to someone this reads not as a person ("a spokesman said")
			}
			break
		}
	}
	// a paragraph quoted whole: the person the paragraph before has speak
	if q.tok == 0 && x.paragraphBreak(q.sent) && q.sent > 0 && !x.sents[q.sent-1].row {
		if _, open := x.openQuoteBefore(q.sent-1, len(x.sents[q.sent-1].toks)); !open {
			return x.reportingPerson(q.sent - 1)
		}
	}
	return -1
}

// closeQuoteFrom returns the first closing quotation mark at or after
// token from, or -1.
func closeQuoteFrom(toks []nlpToken, from int) int {
	for j := from; j < len(toks); j++ {
		if toks[j].Tag == "''" || toks[j].Text == "\"" {
			return j
		}
	}
	return -1
}

// speakerBeforeQuote returns the one person whose verb of saying right
// before the quotation at q introduces it ("He said: “", "X said on
// Monday, “"), or -1.
func (x *extractor) speakerBeforeQuote(q quoteAt) int {
	s := &x.sents[q.sent]
	for v := q.tok - 1; v >= 0 && v >= q.tok-6; v-- {
		if !quoteReportVerbs[s.lower(v)] || !isVerbTag(s.toks[v].Tag) {
			continue
		}
		return x.onePerson(x.subjectBefore(q.sent, v))
	}
	return -1
}

// speakerAfterQuote returns the person the words after the closing quote
// at c of sentence si name as its speaker ("," X said / said X / she
// said), or -1. A pronoun there stands for a person named before the
// quotation opened at q, not one it quotes.
func (x *extractor) speakerAfterQuote(si, c int, q quoteAt) int {
	s := &x.sents[si]
	k := c + 1
	if k < len(s.toks) && s.toks[k].Text == "," {
		k++
	}
	if k >= len(s.toks) {
		return -1
	}
	if quoteReportVerbs[s.lower(k)] { // "said X", "said Mayor X"
		n := titleBeforeName(s, k+1)
		if m := x.mentionAt(si, n); m != nil && m.start == n && m.ent >= 0 && !m.nominal && x.ents[m.ent].typ == Person {
			return m.ent
		}
		return -1
	}
	if personPronouns[s.lower(k)] && s.toks[k].Tag == "PRP" {
		if k+1 < len(s.toks) && quoteReportVerbs[s.lower(k+1)] {
			return x.onePerson([]int{x.antecedent(q.sent, q.tok, true)})
		}
		return -1
	}
	for v := k + 1; v < len(s.toks) && v <= k+6; v++ {
		if quoteReportVerbs[s.lower(v)] && isVerbTag(s.toks[v].Tag) {
			if e := x.onePerson(x.subjectBefore(si, v)); e >= 0 {
				return e
			}
			return x.titledReporter(si, v) // "the governor added"
		}
	}
	return -1
}

// wordsAfter reports whether a word follows token c of toks in its
// sentence: a quotation closing there is attributed in that sentence.
func wordsAfter(toks []nlpToken, c int) bool {
	for j := c + 1; j < len(toks); j++ {
		if !isPunct(toks[j].Text) {
			return true
		}
	}
	return false
}

// reportingPerson returns the one person sentence si has report or say
// something with a verb of quoteReportVerbs, or -1.
func (x *extractor) reportingPerson(si int) int {
	s := &x.sents[si]
	for v := 1; v < len(s.toks); v++ {
		if quoteReportVerbs[s.lower(v)] && isVerbTag(s.toks[v].Tag) && !negated(s.toks, v) {
			if e := x.onePerson(x.subjectBefore(si, v)); e >= 0 {
				return e
			}
			return x.titledReporter(si, v) // quote_titled_speakers.go
		}
	}
	return -1
}

// onePerson returns the one entity of es when it is a person, or -1.
func (x *extractor) onePerson(es []int) int {
	if len(es) != 1 || es[0] < 0 || x.ents[es[0]].typ != Person {
		return -1
	}
	return es[0]
}
