package nlp

import "fmt"

// termFeats.after packs a start in tagger.after and a count.
const (
	afterCountBits = 8
	maxAfterFeats  = 1<<afterCountBits - 1
	maxAfterStart  = 1<<(32-afterCountBits) - 1
)

// flattenAfter moves the entries' features as the word after a tag, read
// per entry into afterLoad, into after and afterTags, one run per entry,
// in the model's order, with each tag's class id: predict then compares
// class ids, not strings, and reads one array instead of one per entry.
// The class names must be distinct (they are in prose's model), so that a
// class id stands for its name.
func (t *tagger) flattenAfter() error {
	class := make(map[string]uint8, len(t.classes))
	for id, c := range t.classes {
		if _, dup := class[c]; dup || id >= noClass {
			return fmt.Errorf("tagger model: class %q twice or too many classes", c)
		}
		class[c] = uint8(id)
	}
	n := 0
	for _, tfs := range t.afterLoad {
		n += len(tfs)
	}
	t.after, t.afterTags = make([]afterFeat, 0, n), make([]string, 0, n)
	for e, tfs := range t.afterLoad {
		if len(tfs) > maxAfterFeats || len(t.after) > maxAfterStart {
			return fmt.Errorf("tagger model: %d features after a tag at %d: cannot be packed", len(tfs), len(t.after))
		}
		t.entries[e].after = uint32(len(t.after))<<afterCountBits | uint32(len(tfs))
		for _, tf := range tfs {
			id, ok := class[tf.tag]
			if !ok {
				id = noClass
			}
			t.after = append(t.after, afterFeat{id, tf.feat})
			t.afterTags = append(t.afterTags, tf.tag)
		}
	}
	t.afterLoad = nil
	return nil
}

// startPairs sets startPair and afterStart from pairs (after placeFeatures).
func (t *tagger) startPairs() {
	pair := func(key string) int32 {
		if f, ok := t.pairs[key]; ok {
			return f
		}
		return -1
	}
	t.startPair = pair("-START- -START2-")
	t.afterStart = make([]int32, len(t.classes))
	for id, c := range t.classes {
		t.afterStart[id] = pair(c + " -START-")
	}
}

// pairAtStart returns the pair feature of the tags p1 and p2 before the
// first or second word of a sentence (f -1 for none); ok is false for any
// other pair. It answers what t.pairs does for p1.tag+" "+p2.tag.
func (t *tagger) pairAtStart(p1, p2 prevTag) (f int32, ok bool) {
	switch {
	case p1.class >= 0 && p2.class < 0 && p2.tag == "-START-":
		return t.afterStart[p1.class], true
	case p1.class < 0 && p1.tag == "-START-" && p2.tag == "-START2-":
		return t.startPair, true
	}
	return -1, false
}
