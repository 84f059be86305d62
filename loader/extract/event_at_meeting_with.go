// Who acts at a meeting with someone takes part in it, as who acts in talks
// with them: "Nakasone will make specific proposals at a meeting with
// President Reagan", "she will raise the issue at talks with the union".
// The governor reads "in" and "during" talks; this adds "at" when "with"
// names the other side after the noun (not "at a meeting of the board",
// "at the meeting", where the subject may be reporting on others).

package extract

// atEventWith reports whether the event phrase tokens[start:head+1] is
// governed by "at" and followed by "with": "at a meeting with Reagan".
func atEventWith(s *sentence, start, head int) bool {
	return start > 0 && head+1 < len(s.toks) && s.lower(start-1) == "at" && s.lower(head+1) == "with"
}

// namedRightBefore reports whether entity e is named in sentence si before
// the verb at v with no comma between its name and the verb: the verb's
// subject as written, not a pronoun ("it is likely to be explained to
// banks at a meeting with general managers") nor a name inside an
// apposition or a participle's phrase.
func (x *extractor) namedRightBefore(si, e, v int) bool {
	s := &x.sents[si]
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.ent != e || m.end > v {
			continue
		}
		comma := false
		for j := m.end; j < v; j++ {
			if s.toks[j].Tag == "," {
				comma = true
				break
			}
		}
		if !comma {
			return true
		}
	}
	return false
}
