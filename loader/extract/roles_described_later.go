package extract

import "strings"

// A description and a name in one sentence are two people: "After the
// South Bend mayor entered the race, Bloomberg gained", "the Vox founder
// told Klein". Who a description stands for is guessed from the people
// named before it; one named again after it, in the same sentence, is
// contrasted with it, not described by it.

// namedLaterIn reports whether person (an x.ents index) is named in
// sentence si at or after token k, by a name or as a name's modifier ("the
// Bloomberg campaign"), or by the surname alone whatever the recogniser
// made of it (a firm's name: "Bloomberg").
func (x *extractor) namedLaterIn(si, k, person int) bool {
	f := strings.Fields(x.ents[person].name)
	surname := f[len(f)-1]
	for _, n := range x.sents[si].mentions {
		if m := &x.mentions[n]; m.start >= k && (m.ent == person || m.name == surname) {
			return true
		}
	}
	return false
}
