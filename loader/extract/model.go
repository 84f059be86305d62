package extract

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// Model is the extractor "model": the statistical recogniser with ner's
// corrections for news (ner.Recognise) and the relation
// finder (loader/relate) on each sentence, without this package's rule
// stages: no coreference beyond identical names, no roles, places, events
// or met. It is what the CoNLL04 evaluation measures, run on articles, and
// the baseline that shows what the rules add (newsgraph eval gold
// --extractor model). Names the recogniser labels Other are left out.
type Model struct{}

// modelPredicates maps the relation finder's types to fact predicates.
var modelPredicates = map[string]vocab.FactPredicate{
	relate.Kill:       vocab.PKilled,
	relate.LiveIn:     vocab.PHomeLocation,
	relate.WorkFor:    vocab.PAffiliation,
	relate.LocatedIn:  vocab.PContainedInPlace,
	relate.OrgBasedIn: vocab.PLocation,
}

// Extract finds the names and relations of each sentence of text; an entity
// is one type and name, wherever it is named.
func (Model) Extract(text string, _ time.Time) *Document {
	doc := &Document{}
	ents := map[string]int{} // type and name -> entity index
	type fk struct {
		s, o int
		p    string
	}
	facts := map[fk]bool{}
	for _, s := range nlp.Analyse(text) {
		si := len(doc.Sentences)
		doc.Sentences = append(doc.Sentences, Sentence{Text: text[s.Start:s.End], Start: s.Start, End: s.End})
		sent := nlp.Sentence{Tokens: s.Tokens}
		ms := ner.Recognise(sent)
		idx := make([]int, len(ms))
		for i, m := range ms {
			idx[i] = -1
			typ := typeOf(m.Label, m.Class)
			if typ == Other || m.Start < 0 || m.End > len(s.Tokens) || m.End <= m.Start {
				continue
			}
			start, end := s.Tokens[m.Start].Start, s.Tokens[m.End-1].End
			name := strings.Join(strings.Fields(text[start:end]), " ")
			key := string(typ) + "\x00" + name
			e, ok := ents[key]
			if !ok {
				e = len(doc.Entities)
				ents[key] = e
				doc.Entities = append(doc.Entities, Entity{Type: typ, Name: name})
			}
			doc.Entities[e].Mentions = append(doc.Entities[e].Mentions, Mention{Sentence: si, Start: start, End: end})
			idx[i] = e
		}
		for _, r := range relateModel.Find(sent, ms) {
			p, ok := modelPredicates[r.Type]
			if !ok || r.Head < 0 || r.Tail < 0 || r.Head >= len(idx) || r.Tail >= len(idx) {
				continue
			}
			h, t := idx[r.Head], idx[r.Tail]
			if h < 0 || t < 0 || h == t || facts[fk{h, t, p.Local()}] {
				continue
			}
			facts[fk{h, t, p.Local()}] = true
			doc.Facts = append(doc.Facts, Fact{Subject: h, Predicate: p.Local(), Object: t, Sentence: si})
		}
	}
	return doc
}

// Version is the rules extractor's version (it digests the models) marked
// as this extractor's.
func (Model) Version() string { return "model." + Version() }
