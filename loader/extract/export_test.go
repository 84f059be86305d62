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

// RetypedLate runs the rules extractor (with rec for its recogniser, when
// not nil) on text and returns what a stage after the mentions stage
// retyped: "stage: mention TEXT A → B" for each mention whose type changed
// after the mentions stage, and "stage: entity NAME A → B" for each entity
// whose type changed after coreference made it.
func RetypedLate(rec Recogniser, text string, published time.Time) []string {
	x := newExtractor(text, nlp.Analyse(text), published)
	if rec != nil {
		x.rec = rec
	}
	var ents, ments []EntityType
	var out []string
	for _, s := range stages {
		s.run(x)
		for e, t := range ents {
			if x.ents[e].typ != t {
				out = append(out, s.name+": entity "+x.ents[e].name+" "+string(t)+" → "+string(x.ents[e].typ))
			}
		}
		for k, t := range ments {
			if x.mentions[k].typ != t {
				out = append(out, s.name+": mention "+x.mentions[k].text+" "+string(t)+" → "+string(x.mentions[k].typ))
			}
		}
		ents, ments = ents[:0], ments[:0]
		for _, e := range x.ents {
			ents = append(ents, e.typ)
		}
		for _, m := range x.mentions {
			ments = append(ments, m.typ)
		}
	}
	return out
}
