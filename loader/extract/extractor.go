package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/loader/language"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// Extractor turns one article's text into a Document; the loader runs one
// (loader.Options.Extract) and the CLI picks one by name (--extractor,
// see Lookup). Implementations are safe for concurrent use, and every
// Document they return satisfies Document.Validate.
type Extractor interface {
	// Extract reads one article's text; published (zero when unknown)
	// anchors relative dates.
	Extract(text string, published time.Time) *Document
	// Version names what shapes the output. It is stored with each article
	// and goes into its content hash, so articles made by another
	// extractor, or another version of it, are extracted again.
	Version() string
}

// FiledExtractor is an Extractor that also reads where a story was filed
// from (see Rules.ExtractFiled).
type FiledExtractor interface {
	Extractor
	ExtractFiled(text string, published time.Time, dateline string) *Document
}

// ExtractArticle runs ext on an article's text, with its dateline's place
// when ext reads one.
func ExtractArticle(ext Extractor, text string, published time.Time, dateline string) *Document {
	if f, ok := ext.(FiledExtractor); ok && dateline != "" {
		return f.ExtractFiled(text, published, dateline)
	}
	return ext.Extract(text, published)
}

// Recogniser is the model behind mention recognition: the names of one
// tagged sentence, with their labels, as the model reads them (the embedded
// one: ner.ModelMentions). The mentions stage corrects them with ner's rules
// (ner.Reading.Correct) and then its own.
type Recogniser interface {
	Recognise(s nlp.Sentence) []ner.Mention
}

// RelationFinder is the model behind the relation stage: the relations
// between the names of one sentence (relate.Find).
type RelationFinder interface {
	Find(s nlp.Sentence, ms []ner.Mention) []relate.Relation
}

// RecogniserFunc makes a function a Recogniser.
type RecogniserFunc func(s nlp.Sentence) []ner.Mention

// Recognise calls f.
func (f RecogniserFunc) Recognise(s nlp.Sentence) []ner.Mention { return f(s) }

// RelationFinderFunc makes a function a RelationFinder.
type RelationFinderFunc func(s nlp.Sentence, ms []ner.Mention) []relate.Relation

// Find calls f.
func (f RelationFinderFunc) Find(s nlp.Sentence, ms []ner.Mention) []relate.Relation { return f(s, ms) }

// The embedded models.
var (
	nerModel    Recogniser     = embeddedRecogniser{}
	relateModel RelationFinder = RelationFinderFunc(relate.Find)
)

// embeddedRecogniser is ner's embedded model. The mentions stage reads it
// through the ner.Reading its rules read too, so that a sentence's features
// are computed once.
type embeddedRecogniser struct{}

// isEmbedded reports whether r is the embedded model.
func isEmbedded(r Recogniser) bool {
	_, ok := r.(embeddedRecogniser)
	return ok
}

// Recognise returns the embedded model's mentions of s.
func (embeddedRecogniser) Recognise(s nlp.Sentence) []ner.Mention { return ner.ModelMentions(s) }

// Rules is the default extractor, "rules+model": the embedded models with
// the news rules of this package (Extract). Its fields replace the models;
// nil means the embedded ones. Its version is Version() with the embedded
// models, and says "custom" otherwise.
type Rules struct {
	Recogniser Recogniser
	Relations  RelationFinder
}

// Extract runs the stages (see stages) on text.
//
// A text in another language than English gives a Document with its
// Language set: the rules and models read English, and on German or Spanish
// they find little but capitalised nouns, so German, Spanish and French text
// gets its names only (names_foreign.go), other languages nothing.
func (r Rules) Extract(text string, published time.Time) *Document {
	return r.ExtractFiled(text, published, "")
}

// ExtractFiled is Extract for a story filed from a place its dateline names
// ("WASHINGTON"): that place's country is the article's own when its text
// does not say (generic_bodies.go), so "the Treasury" of a story filed from
// Washington is the United States'.
func (r Rules) ExtractFiled(text string, published time.Time, dateline string) *Document {
	if l := language.Detect(text); !l.English() {
		if !foreignReadable[l.Code] {
			return &Document{Language: &l}
		}
		x := newExtractor(text, nlp.Analyse(text), published)
		x.lang = l.Code
		x.runForeign()
		x.doc.Language = &l
		return x.doc
	}
	x := newExtractor(text, nlp.Analyse(text), published)
	x.filedAt = dateline
	if r.Recogniser != nil {
		x.rec = r.Recogniser
	}
	if r.Relations != nil {
		x.rel = r.Relations
	}
	x.run()
	return x.doc
}

// Version returns Version(), marked "custom" when a model is replaced.
func (r Rules) Version() string {
	if r.Recogniser != nil || r.Relations != nil {
		return Version() + "+custom"
	}
	return Version()
}

// Default is the extractor used when none is named.
var Default Extractor = Rules{}

// DefaultName names Default in the registry.
const DefaultName = "rules+model"

// registry holds the extractors by name.
var registry = map[string]Extractor{
	DefaultName: Default,
	"model":     Model{},
}

// Register adds an extractor under a name (for example one backed by a
// service); it panics when the name is taken.
func Register(name string, e Extractor) {
	if _, ok := registry[name]; ok {
		panic("extract: extractor " + name + " registered twice")
	}
	registry[name] = e
}

// Names returns the registered extractors' names, sorted.
func Names() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the extractor of a name; "" is the default.
func Lookup(name string) (Extractor, error) {
	if name == "" {
		return Default, nil
	}
	if e, ok := registry[name]; ok {
		return e, nil
	}
	return nil, fmt.Errorf("unknown extractor %q (choose one of %s)", name, strings.Join(Names(), ", "))
}

// Func makes a function an Extractor, for tests and experiments; its
// version is "func".
type Func func(text string, published time.Time) *Document

// Extract calls f.
func (f Func) Extract(text string, published time.Time) *Document { return f(text, published) }

// Version returns "func".
func (Func) Version() string { return "func" }
