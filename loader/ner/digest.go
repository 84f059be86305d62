package ner

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// ModelDigest is a digest of the embedded model, word statistics and the
// rules' word lists, so that retraining or editing a list changes the
// extractor's version.
func ModelDigest() string {
	h := sha256.New()
	h.Write(modelData)
	h.Write([]byte{0})
	h.Write(wordstatsData)
	h.Write([]byte{0})
	h.Write([]byte(lexicon.Digest(data)))
	return hex.EncodeToString(h.Sum(nil))
}
