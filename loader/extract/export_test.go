package extract

import (
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// StageNames returns the names of the rules extractor's stages, in order.
func StageNames() []string {
	out := make([]string, len(stages))
	for i, s := range stages {
		out[i] = s.name
	}
	return out
}

// ExtractThrough runs the first n stages of the rules extractor on text and
// emits what they found: the Document as it stands after stage n.
func ExtractThrough(text string, published time.Time, n int) *Document {
	x := newExtractor(text, nlp.Analyse(text), published)
	for _, s := range stages[:n] {
		s.run(x)
	}
	x.emit()
	return x.doc
}
