package ner

import (
	"crypto/sha256"
	"encoding/hex"
)

// ModelDigest is a digest of the embedded model and word statistics, so that
// retraining changes the extractor's version.
func ModelDigest() string {
	h := sha256.New()
	h.Write(modelData)
	h.Write([]byte{0})
	h.Write(wordstatsData)
	return hex.EncodeToString(h.Sum(nil))
}
