// Calls with the press: "In a call with reporters on Wednesday, A and B
// outlined the plan", "told reporters on a conference call": a call is an
// event when held with the press, and who speaks on it or in it attends.

package extract

// pressCall reports whether the noun "call" at token i of sentence si is
// a call with the press: "a call with reporters", "a call with the media".
func (x *extractor) pressCall(si, i int) bool {
	s := &x.sents[si]
	if i+2 >= len(s.toks) || s.lower(i+1) != "with" {
		return false
	}
	k := i + 2
	if s.lower(k) == "the" {
		k++
	}
	switch s.lower(k) {
	case "reporters", "journalists", "media", "press", "newsmen":
		return true
	}
	return false
}

// callPreposition reports whether word w before a call's noun phrase puts
// who acts in the clause on the call: "on a conference call", "in a call
// with reporters".
func callPreposition(ev *event, w string) bool {
	return ev.group == groupCall && (w == "on" || w == "in")
}
