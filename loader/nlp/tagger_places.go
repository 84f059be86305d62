package nlp

import (
	"fmt"
	"math"
)

// A feature of the tagger is kept as its weights' place: ids[lo:lo+n]
// (class ids) and weights[lo:lo+n], packed into one int32 as lo<<8 | n,
// which the entries, the pair features and the bias hold in place of the
// feature's number, so that reading a feature's weights needs no table of
// offsets first (the tagger's time goes mostly to such reads).
const (
	featCountBits  = 8
	maxFeatWeights = 1<<featCountBits - 1
	maxFeatStart   = math.MaxInt32 >> featCountBits
)

// placeFeatures replaces every feature number the tagger holds with its
// weights' place (those of feature f are at [pairOff[f], pairOff[f+1]));
// a feature without weights becomes -1, none, which adds nothing, as its
// empty place would.
func (t *tagger) placeFeatures(pairOff []uint32) error {
	nFeatures := len(pairOff) - 1
	place := make([]int32, nFeatures)
	for f := range nFeatures {
		lo, hi := pairOff[f], pairOff[f+1]
		place[f] = -1
		if lo == hi {
			continue
		}
		if hi-lo > maxFeatWeights || lo > maxFeatStart {
			return fmt.Errorf("tagger model: feature %d: weights at %d-%d cannot be packed", f, lo, hi)
		}
		place[f] = int32(lo<<featCountBits | (hi - lo))
	}
	at := func(f int32) int32 {
		if f < 0 {
			return -1
		}
		return place[f]
	}
	t.bias = at(t.bias)
	for e := range t.entries {
		en := &t.entries[e]
		for k := range en.f {
			en.f[k] = at(en.f[k])
		}
	}
	for i := range t.after {
		t.after[i].feat = at(t.after[i].feat)
	}
	for k, f := range t.pairs {
		t.pairs[k] = at(f)
	}
	for i, f := range t.classPairs {
		t.classPairs[i] = at(f)
	}
	return nil
}

// add adds the weights of the feature at place f (none when f < 0) to the
// scores, in the model's order.
func (t *tagger) add(s *tagScratch, f int32) {
	if f < 0 {
		return
	}
	lo, n := uint32(f)>>featCountBits, uint32(f)&maxFeatWeights
	ids, wts := t.ids[lo:lo+n], t.weights[lo:lo+n]
	wts = wts[:len(ids)]
	for j := range ids {
		s.scores[ids[j]] += 1 * wts[j]
	}
}

// touchFeature reads the first id and weight of the feature at place f
// (none when f < 0) and returns them, for the caller to keep.
func (t *tagger) touchFeature(f int32) uint32 {
	if f < 0 {
		return 0
	}
	lo := uint32(f) >> featCountBits
	return uint32(t.ids[lo]) + math.Float32bits(t.weights[lo])
}
