package extract

// workVerbs put the body a person works for after "for" or "at": "Joe
// Carbone, who works for the Transportation Department,", "she worked at
// Google" (bodyVerb, roles_verbs.go). "Works with" names partners, not an
// employer.
var workVerbs = map[string]bool{"works": true, "worked": true, "work": true, "working": true}

// seatVerbs put the body a person holds a seat on after "on": "Nadia
// Mohamed has served on the City Council since 2019", "Ms Lee, who sits on
// the Senate Finance Committee," (bodyVerb, roles_verbs.go). A body named
// only: "served on the jury", "sat on the bench" name none.
var seatVerbs = map[string]bool{"serves": true, "served": true, "serve": true, "serving": true, "sits": true, "sat": true}

// perfectAux reports whether the word is the auxiliary of a perfect ("has
// served on", "had sat on").
func perfectAux(w string) bool { return w == "has" || w == "have" || w == "had" }
