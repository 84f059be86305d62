// A verb in the past that tells its "to" verb was done: "Baker appeared to
// patch over the rift at a hastily-called meeting with West German officials
// Monday" — the Monday before, not the one to come, which "to" with a verb
// tells elsewhere ("agreed to meet on Monday").

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// doneVerbs in the past before "to" and a verb tell that the verb's act
// took place (or was tried and failed) then.
var doneVerbs = map[string]bool{"appeared": true, "seemed": true, "managed": true, "failed": true}

// doneBeforeTo reports whether t, the token before "to", is one of
// doneVerbs in the past tense.
func doneBeforeTo(t nlp.Token) bool {
	return t.Tag == "VBD" && lowerIn(doneVerbs, t.Text)
}
