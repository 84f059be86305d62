// "Meet" in a sense that is no meeting starts no event: "to meet his golden
// economic rule" (a target), "have met with only partial success" (a
// reception), "to meet the EC 'A' and 'B' quotas" (a target behind a name and
// quoted letters). The met facts already turn these down for want of a
// second party; the event node passes the same test (satisfiesPeople).

package extract

import "strings"

// receptionNouns are what a plan "meets with" when no one is met.
var receptionNouns = wordSet("receptionNouns")

// meetNoMeeting reports whether token i of sentence si is the verb "meet"
// whose object is no party: a target of the subject's own ("meet his
// golden economic rule"), a quoted one ("the EC "A" and "B" quotas") or a
// reception ("met with only partial success"). A date or an adverb after
// the verb is passed over ("met last night with"); "a meeting" tagged as a
// verb is left to the noun reading.
func (x *extractor) meetNoMeeting(si, i int) bool {
	s := &x.sents[si]
	toks := s.toks
	if !lowerIn(meetVerbs, toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "VB") {
		return false
	}
	if toks[i].Tag == "VBG" && i > 0 && toks[i-1].Tag == "DT" {
		return false
	}
	j := i + 1
	for n := 0; n < 3 && j < len(toks); n++ {
		if toks[j].Tag == "RB" {
			j++
		} else if d := dateAt(s.dates, j); d != nil && d.Start == j && d.End > j {
			j = d.End
		}
	}
	if j < len(toks) && lowerIs(toks[j].Text, "with") {
		return metWithReception(x, si, j+1)
	}
	return quotedTarget(s, i) || x.ownTarget(si, j)
}

// metGroupNouns are people met that no other list holds: "met his team",
// "met its creditors", "meet their idols", "met their near neighbours".
var metGroupNouns = map[string]bool{
	"team": true, "panel": true, "delegation": true, "group": true, "side": true, "staff": true,
	"family": true, "colleagues": true, "counterparts": true, "counterpart": true, "creditors": true,
	"members": true, "supporters": true, "fans": true, "friends": true, "rivals": true, "opponents": true,
	"idols": true, "heroes": true, "neighbours": true, "neighbors": true, "guests": true, "hosts": true,
	"peers": true, "partners": true, "allies": true, "people": true, "public": true, "electorate": true,
}

// ownTarget reports whether the noun phrase at token j is the subject's
// own thing and no people: "meet his golden economic rule", "met its
// financial \"golden rule\"", but not "met his brother", "met its board".
func (x *extractor) ownTarget(si, j int) bool {
	toks := x.sents[si].toks
	if j >= len(toks) || toks[j].Tag != "PRP$" {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+6; k++ {
		if x.mentionAt(si, k) != nil {
			return false
		}
		t, w := toks[k].Tag, lower(toks[k].Text)
		if t == "NN" || t == "NNS" {
			for k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS" || toks[k+1].Text == "\"" && k+2 < len(toks) && strings.HasPrefix(toks[k+2].Tag, "NN")) {
				k++
			}
			w = lower(toks[k].Text)
			return !(peopleNouns[w] || kinNouns[w] || isTitleHead(strings.TrimSuffix(w, "s")) || peopleLike(w) || bodyNouns[w] || metGroupNouns[w])
		}
		if !(strings.HasPrefix(t, "JJ") || t == "``" || t == "''" || w == "\"" || t == "RB" || t == "VBN" || t == "VBG") {
			return false
		}
	}
	return false
}

// quotedTarget reports whether the phrase after the verb at token v is a
// name, quoted letters or words and "and", then a target noun: "meet the EC
// "A" and "B" quotas".
func quotedTarget(s *sentence, v int) bool {
	quoted := false
	for k := v + 1; k < len(s.toks) && k < v+12; k++ {
		w, t := s.lower(k), s.toks[k].Tag
		switch {
		case targetNouns[w] && s.owner[k] < 0:
			return quoted
		case t == "``" || t == "''" || w == "\"" || w == "'":
			quoted = true
		case s.owner[k] >= 0 || t == "DT" || t == "NNP" || t == "CC" || w == "and" || w == "or" || t == "POS":
		default:
			return false
		}
	}
	return false
}

// metWithReception reports whether the noun phrase from token j (after "met
// with") has a reception for its head and names no one: "met with only
// partial success", "met with stiff resistance".
func metWithReception(x *extractor, si, j int) bool {
	toks := x.sents[si].toks
	for k := j; k < len(toks) && k < j+5; k++ {
		if x.mentionAt(si, k) != nil {
			return false
		}
		t := toks[k].Tag
		if t == "NN" || t == "NNS" {
			for k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") {
				k++
			}
			return lowerIn(receptionNouns, toks[k].Text)
		}
		if !(t == "RB" || t == "DT" || strings.HasPrefix(t, "JJ") || t == "CD" || t == "PRP$") {
			return false
		}
	}
	return false
}
