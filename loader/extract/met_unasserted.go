// Meetings a sentence names without saying they took place between the
// people read at them: a question left open ("declined to say whether they
// had held talks"), a way opened to talks ("would open the way for summit
// talks"), a meeting others would let them attend ("to let Italy and Canada
// attend meetings"), a body's own periodic meetings ("the IMF, which holds
// its semi-annual meetings with the World Bank"). See unrealTrigger.

package extract

import "strings"

// unassertedTrigger reports whether an event's mention is one of the
// shapes above: no met is read from it.
func (x *extractor) unassertedTrigger(tr trigger) bool {
	return x.openQuestion(tr) || x.wayOpened(tr) || x.permitted(tr) || x.ownPeriodic(tr)
}

// openQuestion reports whether the mention is inside a clause opened by
// "whether", or by "if" or "unless" (a condition or an indirect question):
// "declined to say whether Texaco and Pennzoil had held any recent
// settlement talks", "If Venezuela and Mexico have concluded their
// negotiations, we want to end ours" (up to a clause break).
func (x *extractor) openQuestion(tr trigger) bool {
	s := &x.sents[tr.sent]
	for k := tr.start - 1; k >= 0 && k >= tr.start-16; k-- {
		switch t := s.toks[k]; {
		case t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == ".":
			return false
		case openClauseWords[s.lower(k)]:
			return true
		}
	}
	return false
}

// openClauseWords open a clause that leaves its meeting open: a question or
// a condition.
var openClauseWords = map[string]bool{"whether": true, "if": true, "unless": true}

// wayOpeners open a way or a door to a meeting: "open the way for summit
// talks", "could open the door to further talks", "pave the way for a
// meeting". (Not "lay the groundwork for a summit next month": that summit
// is set.)
var wayOpeners = map[string]bool{"open": true, "opens": true, "opened": true, "opening": true, "pave": true, "paves": true, "paved": true, "paving": true, "clear": true, "clears": true, "cleared": true, "clearing": true}

// wayOpened reports whether the mention follows "open the way for", "open
// the door to" or "pave the way for", past at most three modifiers.
func (x *extractor) wayOpened(tr trigger) bool {
	s := &x.sents[tr.sent]
	k := tr.start - 1
	for n := 0; k >= 0 && n < 3 && (strings.HasPrefix(s.toks[k].Tag, "JJ") || strings.HasPrefix(s.toks[k].Tag, "NN") || s.toks[k].Tag == "DT" || s.toks[k].Tag == "CD"); n++ {
		k-- // "further", "summit", "a"
	}
	if k < 3 || !(s.lower(k) == "for" || s.lower(k) == "to") {
		return false
	}
	w := s.lower(k - 1)
	return (w == "way" || w == "door") && s.toks[k-2].Tag == "DT" && wayOpeners[s.lower(k-3)]
}

// permitCues let someone attend or hold a meeting others hold: "to let
// Italy and Canada attend meetings held by the five".
var permitCues = map[string]bool{"let": true, "allow": true, "allowing": true, "permit": true, "permitting": true}

// permitted reports whether the mention follows, within six words and no
// punctuation, "to let" or "would allow" (a cue after "to" or a modal):
// a meeting that may be attended, not one that was.
func (x *extractor) permitted(tr trigger) bool {
	s := &x.sents[tr.sent]
	for k := tr.start - 1; k >= 1 && k >= tr.start-6; k-- {
		if t := s.toks[k]; t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag == "." {
			return false
		}
		if permitCues[s.lower(k)] && (s.lower(k-1) == "to" || s.toks[k-1].Tag == "MD") {
			return true
		}
	}
	return false
}

// ownPeriodic reports whether the mention is a body's own periodic
// meeting, named by a possessive pronoun and a holding modifier: "holds
// its semi-annual meetings with the World Bank", "their annual meeting".
// Who holds it with the body is a co-host, not a party that met it.
func (x *extractor) ownPeriodic(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end <= 0 || tr.end > len(s.toks) {
		return false
	}
	k := tr.end - 2
	mods := 0
	for k >= 0 && holdingModifiers[s.lower(k)] {
		k--
		mods++
	}
	return mods > 0 && k >= 0 && (s.lower(k) == "its" || s.lower(k) == "their")
}

// permittedParty reports whether every mention of attendee f in its
// sentence is someone let or allowed to attend ("to let Italy and Canada
// attend meetings held by the five"): the subject of a meeting that may
// be, not one that was. The event may be merged with a real one ("its
// exclusion from the meeting").
func (x *extractor) permittedParty(f evFact) bool {
	ms := x.entityMentionsIn(f.ent, f.sent)
	if len(ms) == 0 {
		return false
	}
	s := &x.sents[f.sent]
	for _, mi := range ms {
		m := &x.mentions[mi]
		k := m.start - 1
		// back over the names joined before it: "let Italy and Canada"
		for k >= 0 {
			if o := x.mentionAt(f.sent, k); o != nil {
				k = o.start - 1
				continue
			}
			if w := s.lower(k); w == "and" || w == "," || s.toks[k].Tag == "DT" {
				k--
				continue
			}
			break
		}
		if !(k >= 1 && permitCues[s.lower(k)] && (s.lower(k-1) == "to" || s.toks[k-1].Tag == "MD")) {
			return false
		}
	}
	return true
}

// sharedPlatform reports whether the mention is a news or press conference
// not said to be held together: "Goldin appeared at the news conference
// with Gordon Smith" (two on one platform), but not "a joint news
// conference with" nor "held a news conference with" (see heldWith).
func (x *extractor) sharedPlatform(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end < 2 || tr.end > len(s.toks) || s.lower(tr.end-1) != "conference" {
		return false
	}
	k := tr.end - 2
	if w := s.lower(k); w != "news" && w != "press" {
		return false
	}
	for k--; k >= 0 && k >= tr.end-6; k-- {
		w := s.lower(k)
		if w == "joint" || holdVerbs[w] || giveVerbs[w] {
			return false
		}
		if !(s.toks[k].Tag == "DT" || strings.HasPrefix(s.toks[k].Tag, "JJ") || s.toks[k].Tag == "PRP$") {
			break
		}
	}
	return k < 0 || !holdVerbs[s.lower(k)] && !giveVerbs[s.lower(k)]
}

// giveVerbs give a news conference, as holdVerbs hold one.
var giveVerbs = map[string]bool{"gave": true, "give": true, "gives": true, "giving": true, "given": true}

// verbless reports whether sentence si has no verb: a list of names cut
// off the sentence before it ("... and Democratic Sens." then "Patrick
// Moynihan of New York, Christopher Dodd of Connecticut ..."), whose first
// name is no subject a later "he" stands for.
func (x *extractor) verbless(si int) bool {
	for _, t := range x.sents[si].toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return true
}

// bodyPlurals after a country's possessive name its firms or bodies, not
// the country: "negotiations with South Africa's mining companies".
var bodyPlurals = map[string]bool{"companies": true, "firms": true, "banks": true, "mines": true, "producers": true, "employers": true, "unions": true, "creditors": true, "lenders": true, "groups": true, "industries": true, "exporters": true, "importers": true, "carriers": true, "airlines": true, "utilities": true}

// possessesBodies reports whether a mention is a possessive before, within
// four nouns or adjectives, a plural of bodies (bodyPlurals).
func (x *extractor) possessesBodies(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) || s.toks[m.end].Tag != "POS" {
		return false
	}
	for k := m.end + 1; k < len(s.toks) && k <= m.end+4; k++ {
		if bodyPlurals[s.lower(k)] {
			return true
		}
		if !(strings.HasPrefix(s.toks[k].Tag, "JJ") || strings.HasPrefix(s.toks[k].Tag, "NN") || s.toks[k].Tag == "VBN" || s.toks[k].Tag == "VBG") {
			break
		}
	}
	return false
}
