package extract

import (
	"strings"
	"time"
)

// Extract reads one article's body text; published (zero when unknown)
// anchors relative dates such as "on Wednesday".
//
// PLACEHOLDER: the first version only splits paragraphs; the extraction
// owner replaces it.
func Extract(text string, published time.Time) *Document {
	doc := &Document{}
	start := 0
	for _, para := range strings.SplitAfter(text, "\n") {
		end := start + len(para)
		trimmed := strings.TrimSpace(para)
		if trimmed != "" {
			off := start + strings.Index(para, trimmed)
			doc.Sentences = append(doc.Sentences, Sentence{Text: trimmed, Start: off, End: off + len(trimmed)})
		}
		start = end
	}
	return doc
}
