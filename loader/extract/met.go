package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// met is the strongest claim the graph makes about an event: its two parties
// sat down together. Attendance (attendee, organizer) is read generously;
// met is written only between parties a careful reader would say met:
//
//   - people and organisations only: a country, city or region is where a
//     meeting is, or whose officials came, never a party that met someone
//     (issue 11 item 6: addFact refuses every met with a place at an end,
//     met_places.go, whichever path writes it);
//   - no sports fixture: an event read in a sentence about a match, game or
//     league ("will meet O'Driscoll in Saturday's match") gives no met;
//   - no source or audience: a name that is told, addressed or quoted
//     ("told Reuters", "according to the FT") did not take part;
//   - no body whose meeting it is: "a meeting of the Asian Development Bank",
//     "a United Nations conference" (the body holds it; its members meet);
//   - no two people met separately by a third: "Bangemann will meet Shultz,
//     Yeutter and Volcker" says nothing of Shultz meeting Volcker;
//   - never an organisation and a body inside it or its own other name;
//   - not a body named through its official ("Chairman of the Federal
//     Reserve Board", "IMF Managing Director Michel Camdessus") or its
//     members ("talks with other Republicans"), nor a country modifying a
//     people noun ("the U.S., Japanese and EC trade ministers");
//   - not two names offered as alternatives ("the World Bank or the IMF"),
//     nor the objects of "with" or meet in one list ("talks with Argentina
//     and Brazil"), whoever meets them;
//   - in a story about sport (sportsStory), meet and meeting are fixtures;
//   - the evidence is a sentence that reads the meeting (metEvidence).

// holdingModifiers between a body's possessive and its meeting say the body
// holds it: "the IADB's annual meeting".
var holdingModifiers = wordSet("holdingModifiers")

// holderNouns are the event words whose "of X" or bare modifier names the
// body that holds the event rather than a party to talks.
var holderNouns = wordSet("holderNouns")

// metParty reports whether attendee f of ev may be a party to met.
func (x *extractor) metParty(ev *event, f evFact) bool {
	e := x.ents[f.ent]
	ms := x.entityMentionsIn(f.ent, f.sent)
	switch {
	case e.typ == Country:
		// a country that is a party by itself ("talks between Iran and
		// the UN"), not one named by an adjective or as a modifier ("Japanese
		// officials", "India's minister", "a UK banker", "officials of the U.S.").
		// Its own met is refused by addFact (met_places.go); as a party it
		// still counts for the others' pairs: two who meet it together did
		// not meet each other (coSubjects)
		if len(ms) == 0 {
			return false
		}
		for _, k := range ms {
			// nor whose firms are ("South Africa's mining companies")
			if m := &x.mentions[k]; !x.standsAlone(m) || x.possessesBodies(m) {
				return false
			}
		}
	case e.typ == Organization:
		// a body named through its officials ("the head of the CFDT union
		// federation", "Chairman of the Federal Reserve Board") or its
		// members ("talks with other Republicans") is not a party itself
		modifiers := 0
		for _, k := range ms {
			if x.throughPeople(&x.mentions[k]) || x.membersName(e, &x.mentions[k]) {
				return false
			}
			if m := &x.mentions[k]; x.orgModifier(m) || x.bracketed(m) {
				modifiers++ // an acronym in brackets goes with the name before it
			}
		}
		// only a modifier of a noun: "a World Bank fund", "World Bank and
		// IMF officials" (but "talks between the EC and the U.S., an EC
		// Commission spokesman said")
		if len(ms) > 0 && modifiers == len(ms) {
			return false
		}
		// "the U.S. Group": a description, not a name
		if x.describedBody(f.ent) {
			return false
		}
	case e.typ != Person:
		return false
	}
	if ev.group != groupCall && x.onlySource(f.ent) && !x.toldAt(ev, f.ent) {
		return false // "told Reuters" ... "their next meeting": not Reuters'
	}
	for _, k := range ms {
		m := &x.mentions[k]
		// one told something in an interview is no mere audience
		if ev.group != groupCall && ev.word != "interview" && x.sourceMention(m) && !x.toldAtMention(ev, m) {
			return false
		}
		if e.typ == Organization && x.holdsEvent(ev, m) {
			return false
		}
	}
	return true
}

// onlySource reports whether every mention of entity e in the article is
// a source or an audience ("told Reuters", "according to the FT"): a
// pronoun read as it later is no party to a meeting.
func (x *extractor) onlySource(e int) bool {
	n := 0
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.ent != e {
			continue
		}
		if !x.sourceMention(m) {
			return false
		}
		n++
	}
	return n > 0
}

// standsAlone reports whether a mention is a noun phrase of its own: not a
// national adjective, not a possessive or a modifier of a noun, not the
// object of "of".
func (x *extractor) standsAlone(m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.bend > 0 {
		return true // a part of "NATO-Russia talks", "U.S.-Canada consultations"
	}
	if m.demonym {
		return false
	}
	if x.modifiesPeople(m) {
		return false // "the U.S., Japanese and EC trade ministers"
	}
	if m.end < len(toks) {
		t := toks[m.end]
		if t.Tag == "POS" {
			// "Zambia's talks", "Russia's membership" but not "India's
			// petroleum minister", "South Africa's biggest union"
			for k := m.end + 1; k < len(toks) && k <= m.end+4; k++ {
				if o := x.mentionAt(m.sent, k); o != nil || isTitleHead(toks[k].Text) || lowerIn(peopleNouns, toks[k].Text) || gazetteer.IsOrgHead(toks[k].Text) {
					return false
				}
				if !(strings.HasPrefix(toks[k].Tag, "JJ") || strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "VBN") {
					break
				}
			}
			return true
		}
		if strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "CD" {
			return false
		}
		// "Japan agriculture minister Mutsuki Kato", the tagger reading
		// "agriculture" a verb
		if m.end+1 < len(toks) && !gazetteer.Capitalised(t.Text) && isTitleHead(toks[m.end+1].Text) {
			return false
		}
	}
	k := m.start - 1
	if k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	return k < 0 || !lowerIs(toks[k].Text, "of")
}

// sportsEvent reports whether any sentence an event is read in is about a
// sports fixture.
func (x *extractor) sportsEvent(ev *event) bool {
	for _, tr := range ev.triggers {
		for _, t := range x.sents[tr.sent].toks {
			if lowerIn(sportsWords, t.Text) {
				return true
			}
		}
		if x.fixturePhrase(tr.sent) {
			return true
		}
	}
	return false
}

// entityMentionsIn returns the mentions of entity e in sentence si.
func (x *extractor) entityMentionsIn(e, si int) []int {
	var out []int
	if si < 0 || si >= len(x.sents) {
		return nil
	}
	for _, k := range x.sents[si].mentions {
		if x.mentions[k].ent == e {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		// parts of words ("NATO-Russia") are mentions outside the
		// sentence's list
		for k := range x.mentions {
			if m := &x.mentions[k]; m.sent == si && m.ent == e && m.bend > 0 {
				out = append(out, k)
			}
		}
	}
	return out
}

// sourceMention reports whether a mention is the source or the audience of
// what is said: "told Reuters", "according to the FT", "told a Georgetown
// University conference".
func (x *extractor) sourceMention(m *mention) bool {
	toks := x.sents[m.sent].toks
	k := m.start - 1
	for k >= 0 && k >= m.start-3 && (toks[k].Tag == "DT" || toks[k].Text == "to" || toks[k].Tag == "JJ" || toks[k].Tag == "NNP") {
		if lowerIn(sourceCues, toks[k].Text) {
			return true
		}
		k--
	}
	return k >= 0 && lowerIn(sourceCues, toks[k].Text)
}

// holdsEvent reports whether an organisation's mention names the body that
// holds an event: "a meeting of the Asian Development Bank", "a United
// Nations conference", "the IMF/World Bank Interim Committee meeting".
func (x *extractor) holdsEvent(ev *event, m *mention) bool {
	toks := x.sents[m.sent].toks
	if m.bend > 0 {
		return false // "a NATO-Russia meeting": the parties
	}
	for _, tr := range ev.triggers {
		if tr.sent != m.sent || tr.end <= 0 || tr.end > len(toks) {
			continue
		}
		head := lower(toks[tr.end-1].Text)
		if !holderNouns[strings.TrimSuffix(head, "s")] && !(talksNouns[head] && x.membersBody(m)) {
			continue
		}
		// a bare modifier: the name ends right before the event noun, maybe
		// with more modifiers between ("a Houston meeting", "annual")
		// or the possessor of a body named before it ("the International
		// Monetary Fund's Interim Committee meeting")
		from, named := m.end, true
		if from < len(toks) && toks[from].Tag == "POS" {
			from++
			named = from < tr.end-1 && gazetteer.Capitalised(toks[from].Text)
			// "the IADB's annual meeting": a body's own periodic meeting
			if !named && from < tr.end-1 {
				named = true
				for k := from; k < tr.end-1; k++ {
					if !holdingModifiers[x.sents[m.sent].lower(k)] {
						named = false
					}
				}
			}
		}
		if m.end <= tr.end-1 && m.end >= tr.end-6 && named {
			between := true
			for k := from; k < tr.end-1; k++ {
				if !(toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNP" || toks[k].Tag == "NNS" || toks[k].Text == "/" || toks[k].Text == "-") {
					between = false
				}
			}
			if between {
				return true
			}
		}
		// "meeting of (the) X"
		if x.ofList(m, tr.end) {
			return true
		}
	}
	// "for meetings of the (IMF) Interim Committee and Development
	// Committee, and ... a meeting of the G-7": each body's own meetings,
	// told by a plural noun of this sentence that is no trigger of ev
	for i := 0; i+1 < m.start; i++ {
		w := lower(toks[i].Text)
		if strings.HasSuffix(w, "s") && holderNouns[strings.TrimSuffix(w, "s")] && x.ofList(m, i+1) {
			return true
		}
	}
	return false
}

// talksNouns name talks a body of members holds: "the recent ICO talks",
// "the breakdown of International Coffee Organization talks".
var talksNouns = map[string]bool{"talks": true, "negotiations": true}

// membersBody reports whether a mention names a body of members, by the
// last word of its entity's name ("International Coffee Organization",
// "Paris Club"): its talks are its members', it is no party to them.
func (x *extractor) membersBody(m *mention) bool {
	if m.ent < 0 || x.ents[m.ent].typ != Organization {
		return false
	}
	f := strings.Fields(x.ents[m.ent].name)
	if len(f) < 2 {
		return false
	}
	// "Group of Seven": a group of countries; "General Agreement on
	// Tariffs and Trade": the body of a trade agreement's members
	return lowerIn(memberBodyHeads, f[len(f)-1]) || len(f) > 2 && strings.EqualFold(f[0], "group") && strings.EqualFold(f[1], "of") ||
		len(f) > 2 && strings.EqualFold(f[1], "agreement")
}

// memberBodyHeads end the names of bodies whose members meet.
var memberBodyHeads = map[string]bool{"organization": true, "organisation": true, "council": true, "community": true, "union": true, "association": true, "club": true, "conference": true, "assembly": true}

// separateObjects reports whether a and b are both in one list of names that
// a third party meets, visits or talks with ("Bangemann will meet Shultz,
// Yeutter and Volcker"; "talks with other Republicans and Gray"): each met
// the third party, not each other.
func (x *extractor) separateObjects(ev *event, a, b evFact) bool {
	if a.sent != b.sent {
		return false
	}
	ma, mb := x.entityMentionsIn(a.ent, a.sent), x.entityMentionsIn(b.ent, b.sent)
	if len(ma) == 0 || len(mb) == 0 {
		return false
	}
	first, last := &x.mentions[ma[0]], &x.mentions[mb[0]]
	if first.start > last.start {
		first, last = last, first
	}
	toks := x.sents[a.sent].toks
	// "with A, B and C, Clark told": the later one opens a clause
	if l := x.titleLeft(a.sent, last.start, last.typ); l > 0 && toks[l-1].Text == "," && last.end < len(toks) && (strings.HasPrefix(toks[last.end].Tag, "VB") || toks[last.end].Tag == "MD") {
		return false
	}
	// one list: no verb and no clause break between them
	alternatives, coordinated := false, false
	for k := first.end; k < last.start; k++ {
		// a verb, but not in a title: "IMF Managing Director Michel Camdessus"
		// or a title taken for one ("trade envoy Clayton Yeutter")
		verb := strings.HasPrefix(toks[k].Tag, "VB") && !gazetteer.Capitalised(toks[k].Text) && !isTitleHead(toks[k].Text)
		if verb || toks[k].Text == ";" || toks[k].Text == ":" || toks[k].Tag == "IN" && toks[k].Text != "of" {
			return false
		}
		w := lower(toks[k].Text)
		alternatives = alternatives || w == "or"
		coordinated = coordinated || w == "or" || w == "and" || w == "&"
	}
	// "A, B and C": the list goes on after the later one ("and other
	// officials")
	if n := last.end; n+1 < len(toks) && (toks[n].Text == "," || toks[n].Text == "and" || toks[n].Text == "or") {
		if o := x.mentionAt(a.sent, n+1); o != nil || isTitleHead(toks[n+1].Text) || gazetteer.Capitalised(toks[n+1].Text) || strings.HasPrefix(lower(toks[n+1].Text), "other") {
			coordinated = true
		}
	}
	if alternatives {
		return true // "with the World Bank or the IMF": one or the other
	}
	// what governs the list: walk left over names, titles ("Secretary of
	// State George Shultz") and commas
	// (past a word tagged a verb inside a title: "trade envoy Clayton Yeutter")
	k := first.start - 1
	for k >= 0 && (!strings.HasPrefix(toks[k].Tag, "VB") || (k+1 < first.start && isTitleHead(toks[k+1].Text) || isTitleHead(toks[k].Text)) && !lowerIn(meetVerbs, toks[k].Text)) && (toks[k].Tag != "IN" || toks[k].Text == "of") && toks[k].Text != ";" {
		k--
	}
	if k < 0 {
		return false
	}
	w := lower(toks[k].Text)
	if !(w == "with" || meetVerbs[w] || strings.HasPrefix(w, "visit")) {
		return false
	}
	// "held a press conference with X and Y", "a dinner with X and Y": one
	// gathering, all of them at it
	if w == "with" && x.gatheringBefore(a.sent, k) {
		return false
	}
	if coordinated {
		// "talks with Argentina and Brazil", "will meet Shultz, Yeutter and
		// Volcker": each with the one who meets them, named or not
		return true
	}
	// a third party outside the list, who meets them
	for _, o := range ev.attendees {
		if o.ent == a.ent || o.ent == b.ent {
			continue
		}
		inList := false
		for _, j := range x.entityMentionsIn(o.ent, a.sent) {
			if x.mentions[j].start > k && x.mentions[j].start < last.end {
				inList = true
			}
		}
		if !inList {
			return true
		}
	}
	for _, h := range ev.hosts {
		if h.ent != a.ent && h.ent != b.ent {
			return true
		}
	}
	return false
}

// sameBody reports whether two organisations are one body or one inside the
// other by their names: one name contains the other's ("Federal Reserve" and
// "Federal Reserve Bank of New York"), or one is the other's initials.
func (x *extractor) sameBody(a, b int) bool {
	ea, eb := x.ents[a], x.ents[b]
	if ea.typ != Organization || eb.typ != Organization {
		return false
	}
	for _, na := range append([]string{ea.name}, ea.aliases...) {
		for _, nb := range append([]string{eb.name}, eb.aliases...) {
			la, lb := lower(na), lower(nb)
			if la == lb || len(la) > 3 && len(lb) > 3 && (strings.Contains(la, lb) || strings.Contains(lb, la)) {
				return true
			}
			if acronymOf(na, nb) || acronymOf(nb, na) {
				return true
			}
		}
	}
	return false
}

// acronymOf reports whether short, in capitals, is made of the initials of
// long's words, maybe with a letter more: "BIFFEX" and "Baltic International
// Freight Futures Exchange".
func acronymOf(short, long string) bool {
	if len(short) < 3 || strings.ToUpper(short) != short || strings.Contains(short, " ") {
		return false
	}
	var b strings.Builder
	for w := range strings.FieldsSeq(long) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	in := b.String()
	return len(in) >= 3 && (strings.HasPrefix(short, in) || strings.HasPrefix(in, short))
}

// emitMet links two parties of one event by met, but for a person and the
// country or body they stand for, and only parties that met (see above).
//
// A met fact's evidence is a sentence that reads the event and names both
// parties, or names one and reads the other's attendance (a pronoun: "He
// met Chirac"); two parties attached in different sentences ("Nakasone's
// letter" after "Howard's Tokyo trip") are linked by their event alone.
func (x *extractor) emitMet(ev *event, people []evFact, sports bool) {
	if ev.foreign {
		x.emitForeignMet(ev, people)
		return
	}
	// a gathering ("a press conference", "a sitting") not held with
	// someone: the people named there together in one sentence
	gatheredOnly := ev.group == groupConference && !x.heldWith(ev)
	if x.sportsEvent(ev) || sports && x.fixtureEvent(ev) || gatheredOnly && !x.gathering(ev) || x.unrealMeeting(ev) || x.familyEvent(ev) {
		return
	}
	var parties []evFact
	// "the leaders of Britain": its leader, when the article names one
	// (met_leaders.go)
	people = x.leadersInPlace(people)
	for _, p := range people {
		if x.metParty(ev, p) && !x.unrealIn(ev, p.sent) && !x.permittedParty(p) && !x.trailingSpeaker(p.ent, p.sent) {
			parties = append(parties, p)
		}
	}
	people = parties
	for i := 0; i < len(people); i++ {
		for j := i + 1; j < len(people); j++ {
			a, b := people[i], people[j]
			// not a person and the country or body they stand for
			if x.ents[a.ent].affil[b.ent] || x.ents[b.ent].affil[a.ent] || a.ent == b.ent {
				continue
			}
			if x.sameBody(a.ent, b.ent) || x.separateObjects(ev, a, b) || oneSide(ev, a.ent, b.ent) || x.coSubjects(people, a, b) {
				continue
			}
			s := -1
			if gatheredOnly {
				s = x.gatheringSentence(ev, a, b)
			} else {
				s = x.metEvidence(ev, a, b)
			}
			if s < 0 && !gatheredOnly {
				s = x.atMeetingEvidence(ev, a, b)
			}
			if s >= 0 && (ev.group == groupVisit || !x.travelTogether(a.ent, b.ent, s)) && !x.ownBodyMeeting(ev, s) && !x.listedInEvidence(ev, a, b, s) && !x.kinPair(ev, a.ent, b.ent, s) {
				x.addFact(a.ent, vocab.PMet, b.ent, "", s)
			}
		}
	}
}

// oneSide reports whether a and b are named on one side of an event's
// talks ("talks between banks and Mexico, Chile"): each talks with the
// other side, not with the other.
func oneSide(ev *event, a, b int) bool {
	// two who each make a visit ("during his visit" read twice, "X and Y
	// begin a world tour", "Frederik and Mary visited New York") did not
	// meet by it
	if ev.group == groupVisit && slices.Contains(ev.visitors, a) && slices.Contains(ev.visitors, b) {
		return true
	}
	for _, side := range ev.sides {
		if slices.Contains(side, a) && slices.Contains(side, b) {
			return true
		}
	}
	return false
}

// unrealIn reports whether every mention of an event in sentence si says
// it did not take place ("hoping to meet DiCaprio"): who was read there is
// no party to met, even when the event was merged with a real one ("fans
// lined the red carpet to meet their idols").
func (x *extractor) unrealIn(ev *event, si int) bool {
	n := 0
	for _, tr := range ev.triggers {
		if tr.sent != si {
			continue
		}
		if !x.unrealTrigger(tr) {
			return false
		}
		n++
	}
	return n > 0
}

// metEvidence returns the sentence that says parties a and b of an event
// met: one of the event's sentences naming both (a's or b's own first), else
// the one sentence both were read in when it is one of the event's; or -1.
func (x *extractor) metEvidence(ev *event, a, b evFact) int {
	// both named there, and as parties: not "ICO observers" in a sentence
	// of talks the ICO was read a party to elsewhere
	named := func(si int) bool {
		return len(x.entityMentionsIn(a.ent, si)) > 0 && len(x.entityMentionsIn(b.ent, si)) > 0 &&
			(si == a.sent || x.metParty(ev, evFact{a.ent, si})) && (si == b.sent || x.metParty(ev, evFact{b.ent, si}))
	}
	reads := func(si int) bool {
		for _, tr := range ev.triggers {
			if tr.sent == si {
				return true
			}
		}
		return false
	}
	for _, si := range []int{a.sent, b.sent} {
		if reads(si) && named(si) {
			return si
		}
	}
	for _, tr := range ev.triggers {
		if named(tr.sent) {
			return tr.sent
		}
	}
	if a.sent == b.sent && reads(a.sent) {
		return a.sent
	}
	// "Smith and Jones spoke. The two were together at ...": the sentence
	// naming both, right before the one reading the event
	// (or two sentences on: "Together, they led the shift. We invited the duo
	// for a chat", plural_objects.go)
	if ev.plural && a.sent == b.sent && named(a.sent) && (reads(a.sent+1) || reads(a.sent+2) && x.opensWithPlural(a.sent+1)) {
		return a.sent
	}
	return -1
}

// ofList reports whether mention m is in the list of bodies that follows
// the event noun ending at k: "meeting of (the) X", "meetings of the
// World Bank and IMF", a bracketed name too ("meetings of the (IMF)
// Interim Committee and Development Committee").
func (x *extractor) ofList(m *mention, k int) bool {
	toks := x.sents[m.sent].toks
	if k >= len(toks) || !lowerIs(toks[k].Text, "of") {
		return false
	}
	k++
	// "of the parliamentary Labour party", "of the 44-nation
	// Inter-American Development Bank"
	for k < m.start && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" ||
		strings.Contains(toks[k].Text, "-") && !gazetteer.Capitalised(toks[k].Text)) {
		k++
	}
	for k <= m.start {
		for k < m.start && isBracket(toks[k].Text) {
			k++
		}
		if k == m.start {
			return true
		}
		o := x.mentionAt(m.sent, k)
		if o == nil || o.start != k || o.ent < 0 || x.ents[o.ent].typ != Organization {
			return false
		}
		k = o.end
		for k < len(toks) && isBracket(toks[k].Text) {
			k++
		}
		if k < len(toks) && (isConj(toks[k].Text) || toks[k].Text == ",") {
			k++
		}
		if k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
	}
	return false
}

// isBracket reports whether a token is a round bracket.
func isBracket(w string) bool {
	return w == "(" || w == ")" || w == "-LRB-" || w == "-RRB-"
}
