package relate

import (
	"crypto/sha256"
	"encoding/hex"
)

// ModelDigest is a digest of the embedded relation model, so that retraining
// changes the extractor's version.
func ModelDigest() string {
	h := sha256.Sum256(modelData)
	return hex.EncodeToString(h[:])
}
