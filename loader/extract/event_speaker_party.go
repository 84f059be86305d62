// A body that reports its own talks need not say "its": in "Volkswagen said
// negotiations with Toyota have reached an advanced stage" the negotiations
// are Volkswagen's, as in "Volkswagen said its negotiations with Toyota"
// (readEventPossessors). A person who says so may be a spokesman or an
// analyst telling of others' talks, so only a body or a country counts.

package extract

// speakerTalksNouns are the plural talks nouns a speaker reports bare:
// "said talks with", "said negotiations with", "said discussions with".
var speakerTalksNouns = map[string]bool{"talks": true, "negotiations": true, "discussions": true}

// speakerReportVerbs report a clause whose talks may be the speaker's own.
var speakerReportVerbs = map[string]bool{"said": true, "says": true, "added": true, "stated": true}

// readSpeakerParty adds the subject of a reporting verb right before (past
// "that") a bare talks noun followed by "with" as a party of those talks,
// when that subject is one body or country. Lower-case adjectives and nouns
// may stand before the noun, no determiner: "Commonwealth Realty Trust said
// preliminary merger talks with Bay Financial Corp have been terminated".
func (x *extractor) readSpeakerParty(si, start, i int, ev *event) {
	toks := x.sents[si].toks
	if i+1 >= len(toks) || !speakerTalksNouns[lower(toks[i].Text)] || lower(toks[i+1].Text) != "with" {
		return
	}
	for k := start; k < i; k++ {
		if !x.bareTalksModifier(si, k) {
			return
		}
	}
	v := start - 1
	if v >= 0 && lower(toks[v].Text) == "that" {
		v--
	}
	if v < 1 || !speakerReportVerbs[lower(toks[v].Text)] {
		return
	}
	subj := x.subjectBefore(si, v)
	if len(subj) != 1 || x.ents[subj[0]].typ == Person {
		return
	}
	ev.addAttendee(subj[0], si)
	ev.own = true
}

// bareTalksModifier reports whether token k of sentence si is a lower-case
// adjective or common noun of no mention: "preliminary", "merger" of
// "preliminary merger talks".
func (x *extractor) bareTalksModifier(si, k int) bool {
	t := x.sents[si].toks[k]
	if x.sents[si].owner[k] >= 0 || t.Text == "" || t.Text != lower(t.Text) {
		return false
	}
	switch t.Tag {
	case "JJ", "NN", "NNS":
		return true
	}
	return false
}
