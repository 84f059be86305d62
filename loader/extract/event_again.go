// A meeting told as a repeat or an addition is another meeting: "EC
// industry ministers meeting here considered two proposals ... EC industry
// ministers meet again in September" tells two sittings of the same
// people, and "Before meeting with Bush, the Crown Prince ... he was also
// scheduled to meet with Whitehead, Weinberger" two meetings of one
// visitor. The same parties join mentions of one event (mergeEvents); a
// verb with "again" or "also" does not join the meeting told before it.

package extract

import "strings"

// repeatWords by a meeting verb tell another meeting than one told before.
var repeatWords = map[string]bool{"again": true, "also": true}

// repeatedMeeting reports whether ev's first mention is a verb that
// "again" or "also" modifies: "meet again in September", "will again
// meet", "was also scheduled to meet with", "also met". The words may
// stand up to four tokens before the verb, across auxiliaries, adverbs
// and a "to" ("also scheduled to meet"), or right after it ("meet again").
func (x *extractor) repeatedMeeting(ev *event) bool {
	if !ev.verb || len(ev.triggers) == 0 {
		return false
	}
	tr := ev.triggers[0]
	s := &x.sents[tr.sent]
	if tr.end < len(s.toks) && s.lower(tr.end) == "again" {
		return true
	}
	for k := tr.start - 1; k >= 0 && k >= tr.start-4; k-- {
		if repeatWords[s.lower(k)] {
			return true
		}
		t := s.toks[k].Tag
		if t != "RB" && t != "MD" && t != "TO" && !strings.HasPrefix(t, "VB") {
			return false
		}
	}
	return false
}

// anotherSitting reports whether the one of a and b told in the later
// sentence is a repeated meeting (repeatedMeeting) and so not the other:
// the same people meeting again, or one of them also meeting others.
func (x *extractor) anotherSitting(a, b *event) bool {
	if len(a.triggers) == 0 || len(b.triggers) == 0 || a.triggers[0].sent == b.triggers[0].sent {
		return false
	}
	if b.triggers[0].sent < a.triggers[0].sent {
		a, b = b, a
	}
	return x.repeatedMeeting(b)
}
