package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// namelessSubject reports whether the verb at token v has a plural subject
// of common nouns right before it ("leading ministers ended their talks"): the
// possessive after the verb is theirs, not the name the sentence told
// before ("RTBF and the Belgian news agency Belga said leading ministers
// ended their talks" are the ministers' talks, not Belga's).
func namelessSubject(toks []nlp.Token, v int) bool {
	if t := toks[v].Tag; t != "VBD" && t != "VBZ" && t != "VBP" {
		return false // "following his talks with Nigel Lawson": no verb of a subject
	}
	k := v - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k-- // "the ministers finally ended their talks"
	}
	if k < 0 || toks[k].Tag != "NNS" {
		return false
	}
	// the subject's words: none capitalised ("Cabinet members held their
	// last meeting" is the Cabinet's)
	for ; k >= 0 && (strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "JJ" || toks[k].Tag == "VBG"); k-- {
		if gazetteer.Capitalised(toks[k].Text) || strings.ContainsAny(toks[k].Text, "0123456789") {
			return false
		}
	}
	return true
}
