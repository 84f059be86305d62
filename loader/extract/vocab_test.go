package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// TestRelationVerbsInVocabulary keeps the verb list and the vocabulary in
// step: every verb relation the extractor reads is a fact predicate of
// graph/vocab, and every one of vocab.RelationVerbs is read.
func TestRelationVerbsInVocabulary(t *testing.T) {
	used := map[string]bool{}
	for form, lemma := range relationVerbs {
		if _, ok := vocab.FactPredicateOf(lemma); !ok {
			t.Errorf("relationVerbs[%q] = %q: not a fact predicate of graph/vocab", form, lemma)
		}
		used[lemma] = true
	}
	for _, v := range vocab.RelationVerbs {
		if !used[v] {
			t.Errorf("vocab.RelationVerbs has %q, which no verb of relationVerbs gives", v)
		}
	}
}
