package extract

// A person who is the subject of a verb whose object is a thing "of" a body
// acts on the body, and the relation model's "works for" is wrong: "Dauster
// has confirmed acceptance of National Coffee Policy Council proposals" (the
// council's proposals, not his employer; issue 11, seed204 affiliation row
// 29), "Moreno downgraded his opinion of UAL Inc", "Scarman toured the
// streets of Brixton". A verb of being, joining, heading or serving ("is
// chairman of", "has joined the board of"), taking charge ("took charge
// of", "took the helm of") and a title between ("was named president of")
// leave the relation to the other rules, and so do a body's shares ("sold
// shares of Metex") and "for" ("endured a nightmare for Newcastle": a
// player's side).

// bodyWorkVerbs say, between a person and a body, that the person is, becomes
// or was part of the body, or speaks for it: no act on a thing of the body.
var bodyWorkVerbs = wordSet("bodyWorkVerbs")

// chargeNouns, as a verb's object, say the subject heads what follows
// "of": "took charge of Valencia", "took the helm of"; or, a body's shares,
// that the subject trades them as its insider, whom the other rules judge:
// "its chairman Alan Cohen sold 78,375 shares of Metex".
var chargeNouns = map[string]bool{"charge": true, "helm": true, "command": true, "control": true, "reins": true, "leadership": true, "shares": true, "stock": true}

// beForms make a present participle after them a verb: "is recommending".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true}

// actedOnBody reports whether, between person mention hm and body mention
// tm after it in sentence s, a verb other than bodyWorkVerbs is followed by
// a common noun that is no title nor chargeNouns, and then "of":
// "has confirmed acceptance of".
func actedOnBody(s *sentence, hm, tm *mention) bool {
	if tm.start < hm.end {
		return false
	}
	verb, object := false, false
	for k := hm.end; k < tm.start; k++ {
		t := s.toks[k]
		lw := s.lower(k)
		if isTitleHead(t.Text) || chargeNouns[lw] {
			return false
		}
		switch {
		case t.Text == lw && actingVerb(s, k):
			verb = true
		case verb && (t.Tag == "NN" || t.Tag == "NNS") && t.Text == lw:
			object = true
		case object && lw == "of":
			return true
		}
	}
	return false
}

// actingVerb reports whether token k of sentence s is a finite verb, a past
// participle or a progressive's participle that is none of bodyWorkVerbs.
func actingVerb(s *sentence, k int) bool {
	lw := s.lower(k)
	if bodyWorkVerbs[lw] {
		return false
	}
	switch s.toks[k].Tag {
	case "VBD", "VBZ", "VBP", "VBN":
		return true
	case "VBG":
		return k > 0 && beForms[s.lower(k-1)]
	}
	return false
}
