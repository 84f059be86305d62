package extract

// wordShapes is a filter of the keys of word maps by their first byte and
// length (a bit per length, the last one for 63 bytes and more): a rule
// that looks every token up in such maps skips the lookups for a word whose
// first byte and length no key has, which is no key; the answers are the
// maps' own.
type wordShapes [256]uint64

// shapesOf indexes the keys of the maps.
func shapesOf(maps ...func(yield func(string))) *wordShapes {
	var s wordShapes
	for _, m := range maps {
		m(func(k string) {
			if k != "" {
				s[k[0]] |= wordShapeBit(len(k))
			}
		})
	}
	return &s
}

func wordShapeBit(n int) uint64 { return 1 << min(n, 63) }

// mayHold reports whether w may be a key: false when it is none.
func (s *wordShapes) mayHold(w string) bool {
	return w == "" || s[w[0]]&wordShapeBit(len(w)) != 0
}

// mayHoldBytes is mayHold for the word spelled by b.
func (s *wordShapes) mayHoldBytes(b []byte) bool {
	return len(b) == 0 || s[b[0]]&wordShapeBit(len(b)) != 0
}

// keysOf lists the keys of a map for shapesOf.
func keysOf[V any](m map[string]V) func(yield func(string)) {
	return func(yield func(string)) {
		for k := range m {
			yield(k)
		}
	}
}
