package eventlabel

// "Congress" and "Assembly" written with a capital inside a sentence are
// mostly a body's name ("a budget summit with Congress", "African National
// Congress president Oliver Tambo"), not the gathering the sentence tells
// of: they name the kind only when no other event word does ("the
// National People's Congress opened in Beijing").

// bodyNameWords are the event words that are also a body's name when
// capitalised.
var bodyNameWords = wordSet(`congress assembly`)

// bodyNames marks the words of toks (words' split of sentence) that are
// bodyNameWords written capitalised after the sentence's first word; none
// when the sentence's cased split does not match toks.
func bodyNames(sentence string, toks []string) map[int]bool {
	spans := tokens(sentence)
	if len(spans) != len(toks) {
		return nil
	}
	var out map[int]bool
	for i, t := range spans {
		if i > 0 && bodyNameWords[toks[i]] && capitalised(t.text) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}
