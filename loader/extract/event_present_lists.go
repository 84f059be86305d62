// Who was there, told in a sentence of its own after the event's: "The
// board met on Tuesday. Present were Chairman John Smith, Treasurer Mary
// Jones and Secretary Peter Brown." "Also attending were ...", "Among
// those present were ...", "In attendance were ...", "Guests included
// ...": the people listed attend the event told just before.

package extract

// presentOpeners are the openings of a sentence that lists who was at an
// event, in lower case, each ending in its verb.
var presentOpeners = [][]string{
	{"present", "were"}, {"also", "present", "were"}, {"among", "those", "present", "were"},
	{"those", "present", "included"}, {"those", "present", "were"},
	{"attending", "were"}, {"also", "attending", "were"}, {"among", "those", "attending", "were"},
	{"those", "attending", "included"}, {"those", "attending", "were"},
	{"in", "attendance", "were"}, {"also", "in", "attendance", "were"},
	{"among", "the", "guests", "were"}, {"guests", "included"}, {"among", "the", "attendees", "were"},
	{"attendees", "included"}, {"among", "those", "in", "attendance", "were"},
}

// presentOpener returns the token after the opener of sentence si that
// lists who was present, or -1.
func (x *extractor) presentOpener(si int) int {
	s := &x.sents[si]
	start := 0
	if len(s.toks) > 0 && isOpenQuote(s.toks[0]) {
		return -1
	}
next:
	for _, o := range presentOpeners {
		if start+len(o) >= len(s.toks) {
			continue
		}
		for k, w := range o {
			if s.lower(start+k) != w {
				continue next
			}
		}
		return start + len(o)
	}
	return -1
}

// presentListAfter adds the people listed by a presence opener at the
// start of sentence si to the event told last in the one or two sentences
// before (not a sports story's show, nor a foreign one).
func (x *extractor) presentListAfter(si int) {
	j := x.presentOpener(si)
	if j < 0 {
		return
	}
	var ev *event
	for k := len(x.events) - 1; k >= 0; k-- {
		e := x.events[k]
		if len(e.triggers) == 0 {
			continue
		}
		if ts := e.triggers[0].sent; ts < si && ts >= si-2 {
			ev = e.root()
		}
		break
	}
	if ev == nil || ev.foreign {
		return
	}
	names, _ := x.nameList(si, j, false)
	x.addPeople(ev, si, names)
}
