package extract

// workVerbs put the body a person works for after "for" or "at": "Joe
// Carbone, who works for the Transportation Department,", "she worked at
// Google" (bodyVerb, roles_verbs.go). "Works with" names partners, not an
// employer.
var workVerbs = map[string]bool{"works": true, "worked": true, "work": true, "working": true}
