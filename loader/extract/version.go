package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"sync"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// CodeVersion counts the changes to the extraction code (rules, word lists
// written in Go, graph shape) that change what it finds. Bump it with any
// change that changes extraction output: TestExtractionVersion in package
// loader fails when the output changes and the version does not. Add a line
// to VERSIONS.md for each bump.
const CodeVersion = 536 // what each version changed: VERSIONS.md

// Version is the extractor's version: CodeVersion and a digest of the data
// that shapes the output (the recogniser and relation models, the word
// statistics, the gazetteer, the word lists of data/ and package lexicon), e.g. "2.5f0c1a9e3b7d". Each article stores the
// version that extracted it, and load re-extracts articles of another
// version.
var Version = sync.OnceValue(func() string {
	h := sha256.New()
	for _, d := range []string{ner.ModelDigest(), relate.ModelDigest(), gazetteer.DataDigest(), lexicon.DataDigest(), dataDigest()} {
		h.Write([]byte(d))
		h.Write([]byte{0})
	}
	return strconv.Itoa(CodeVersion) + "." + hex.EncodeToString(h.Sum(nil))[:12]
})
