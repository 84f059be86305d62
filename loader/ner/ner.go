// Package ner finds the names of people, organisations and places in tagged
// sentences.
//
// It combines an averaged-perceptron BIO tagger, trained on the CoNLL04
// training split with word-shape, affix, part-of-speech, context and
// gazetteer features (see ./train and model.bin.gz), with rules for news
// text: titles and honorifics are not part of names ("President Joe Biden" →
// "Joe Biden", "Mr Blair" → "Blair"), coordinated names split ("Presidents
// Joe Biden and Vladimir Putin" → two people), known bodies are organisations
// (NATO, the White House), and countries and cities from the gazetteer are
// places with their class.
//
// The model and the rules are apart: Read computes a sentence's features
// once, Reading.Model gives the model's mentions, Reading.Correct applies
// the rules to them (or to another model's). The rules extractor's mentions
// stage (loader/extract) calls the two itself and goes on with its own
// rules, so that one stage decides names and their types; Recognise does
// both for the tools that want this package's names alone (the CoNLL04
// evaluation, the relation model's training, the "model" extractor).
//
// The model is embedded and loads once; Recognise and Read are safe for
// concurrent use.
//
//go:generate go run ./wordstats -out wordstats.tsv.gz
//go:generate go run ./train -out model.bin.gz
package ner

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Label is the kind of a mention.
type Label string

// Mention labels.
const (
	Person       Label = "Person"
	Organization Label = "Organization"
	Place        Label = "Place"
	Other        Label = "Other"
)

// Mention is a name in a sentence: tokens [Start, End) of Sentence.Tokens.
type Mention struct {
	Start, End int
	Label      Label
	// Class is a finer class when known: for places "Country", "City",
	// "AdminArea", "Continent" or "Region"; for organisations
	// "GovernmentOrganization", "InternationalOrganization", "NGO",
	// "Corporation", "PoliticalParty", "NewsMediaOrganization"; else "".
	Class string
}

// Style selects the span conventions of Recognise's output.
type Style int

const (
	// News applies the rules for news text: titles and honorifics are
	// stripped from names, coordinated names split, gazetteer bodies and
	// places added and classed. This is what Recognise does.
	News Style = iota
	// CoNLL04 keeps the model's spans as the CoNLL04 annotators drew them
	// (a title may be part of a name, "President Lincoln"), with gazetteer
	// labels and classes, for evaluation on that corpus.
	CoNLL04
)

//go:embed model.bin.gz
var modelData []byte

var loadModel = sync.OnceValues(func() (*model, error) { return readModel(modelData) })

// Recognise finds the mentions in s, in the News style, ordered by position
// and never overlapping: the model's mentions with the rules' corrections
// (Read, Reading.Model, Reading.Correct). The rules extractor
// (loader/extract) does not call it: its mentions stage runs the model it
// is given and these corrections itself, then its own rules.
func Recognise(s nlp.Sentence) []Mention { return RecogniseStyle(s, News) }

// RecogniseStyle is Recognise with a choice of span conventions.
func RecogniseStyle(s nlp.Sentence, style Style) []Mention {
	return recognise(embedded(), s, style)
}

// recognise corrects what model m reads in s with the rules of a style.
func recognise(m *model, s nlp.Sentence, style Style) []Mention {
	r := Read(s)
	defer r.Release()
	var ms []Mention
	if style != News || !r.Capitals() {
		ms = r.tag(m)
	}
	return r.Correct(ms, style)
}

// ModelMentions returns the embedded model's mentions of s, uncorrected
// (see Reading.Model).
func ModelMentions(s nlp.Sentence) []Mention {
	r := Read(s)
	defer r.Release()
	return r.Model()
}

// embedded returns the embedded model, loaded once.
func embedded() *model {
	m, err := loadModel()
	if err != nil {
		panic("ner: embedded model: " + err.Error())
	}
	return m
}

// Reading is a sentence as the recogniser reads it: the features of its
// words (shapes, word statistics, gazetteer matches), computed once for the
// model and for the rules that correct it. Release it when done with it.
type Reading struct {
	f *sentFeats
}

// Read computes the features of s.
func Read(s nlp.Sentence) Reading {
	return Reading{f: featsPool.Get().(*sentFeats).fill(s)}
}

// Release returns the reading's buffers for reuse; r is unusable after it.
func (r Reading) Release() { r.f.release() }

// Capitals reports whether the sentence is written in capitals ("BRAZIL
// EXTENDS TRIP TO JAPAN"): the model cannot read it, and Correct in the
// News style keeps only the names the gazetteer knows, whatever the model
// found.
func (r Reading) Capitals() bool { return r.f.titleCase == 2 }

// Model returns the mentions the embedded model reads: the spans and labels
// of its BIO tags as the CoNLL04 annotators drew them, with no rule applied.
func (r Reading) Model() []Mention { return r.tag(embedded()) }

// tag returns the mentions model m reads.
func (r Reading) tag(m *model) []Mention {
	if len(r.f.words) == 0 {
		return nil
	}
	ys := make([]int, len(r.f.words))
	m.tag(r.f, ys)
	return decode(ys)
}

// Correct applies the rules of a style (rules.go) to ms, the mentions a
// model read in the sentence (Model's, or another model's), and returns
// them ordered by position and never overlapping. ms may be reused.
func (r Reading) Correct(ms []Mention, style Style) []Mention {
	f := r.f
	if len(f.words) == 0 {
		return nil
	}
	if style == News && f.titleCase == 2 {
		return gazetteerOnly(f)
	}
	ms = spanRules(f, ms, style)
	ms = labelRules(f, ms, style)
	ms = ofPlace(f, ms)
	if style == News {
		ms = splitPossessives(f, ms)
		ms = tickers(f, ms)
		ms = namedBodies(f, ms)
		ms = companyNames(f, ms)
		ms = orgNames(f, ms)
		ms = sameSentenceOrgs(f, ms)
	}
	ms = applyGazetteer(f, ms, style)
	if style == News {
		ms = newsRules(f, ms)
	}
	return ordered(ms, len(f.words))
}

// ordered enforces what Recognise promises whatever the rules before it did:
// mentions inside the sentence, in order, none overlapping another (the
// earlier, then the longer, wins).
func ordered(ms []Mention, n int) []Mention {
	// A stable sort's result does not depend on its algorithm:
	// slices.SortStableFunc needs no reflection (sort.SliceStable's
	// swapper was most of this function's time).
	slices.SortStableFunc(ms, func(a, b Mention) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	out := ms[:0]
	last := 0
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || m.End > n {
			continue
		}
		out = append(out, m)
		last = m.End
	}
	return out
}

var conllToLabel = map[string]Label{"Peop": Person, "Org": Organization, "Loc": Place, "Other": Other}

// CoNLLType maps a label to its CoNLL04 entity type (Peop, Org, Loc, Other).
func CoNLLType(l Label) string {
	switch l {
	case Person:
		return "Peop"
	case Organization:
		return "Org"
	case Place:
		return "Loc"
	}
	return "Other"
}

// LabelOf maps a CoNLL04 entity type to a label.
func LabelOf(conllType string) Label {
	if l, ok := conllToLabel[conllType]; ok {
		return l
	}
	return Other
}

// decode turns BIO label indices into mentions.
func decode(ys []int) []Mention {
	var out []Mention
	for i := 0; i < len(ys); {
		y := ys[i]
		if y == 0 {
			i++
			continue
		}
		typ := labels[y][2:]
		j := i + 1
		for j < len(ys) && ys[j] != 0 && labels[ys[j]] == "I-"+typ {
			j++
		}
		out = append(out, Mention{Start: i, End: j, Label: conllToLabel[typ]})
		i = j
	}
	return out
}

func joinWords(words []string, i, j int) string {
	if j-i == 1 {
		return words[i]
	}
	return strings.Join(words[i:j], " ")
}

// gazClass returns the label and class the gazetteer gives the name spelled by
// words[i:j].
func gazClass(words []string, i, j int) (Label, string, bool) {
	name := joinWords(words, i, j)
	name = strings.TrimSuffix(name, " 's")
	if o, ok := gazetteer.Org(name); ok {
		return Organization, o.Class, true
	}
	if _, ok := gazetteer.Country(name); ok {
		return Place, gazetteer.ClassCountry, true
	}
	if p, ok := gazetteer.Place(name); ok {
		return Place, p.Class, true
	}
	return "", "", false
}

// bigPlace reports whether a one-word name is a first-level division or a
// city of a million people or a capital: alone, it names the place rather
// than a person.
func bigPlace(w string) bool {
	if c, ok := gazetteer.City(w); ok {
		return c.Population >= 1000000 || c.Capital
	}
	p, ok := gazetteer.Place(w)
	return ok && p.Class == gazetteer.ClassAdminArea
}

// gazetteerOnly returns the known organisations and places of a sentence.
func gazetteerOnly(f *sentFeats) []Mention {
	var ms []Mention
	for i := 0; i < len(f.words); i++ {
		g := f.gaz[i]
		code := g >> 1
		if g&1 == 0 || code == gzTitle || code == gzPrefix || code == gzDemonym {
			continue
		}
		j := i + 1
		for j < len(f.words) && f.gaz[j] == code<<1 {
			j++
		}
		if lab, class, ok := gazClass(f.words, i, j); ok {
			ms = append(ms, Mention{Start: i, End: j, Label: lab, Class: class})
		}
		i = j - 1
	}
	return ms
}

// containsSpan reports whether a mention holds tokens [i, j) and more.
func containsSpan(ms []Mention, i, j int) bool {
	for _, m := range ms {
		if m.Start <= i && m.End >= j && m.End-m.Start > j-i {
			return true
		}
	}
	return false
}

func overlaps(ms []Mention, i, j int) bool {
	for _, m := range ms {
		if m.Start < j && i < m.End {
			return true
		}
	}
	return false
}

func insert(ms []Mention, m Mention) []Mention {
	k := len(ms)
	for k > 0 && ms[k-1].Start > m.Start {
		k--
	}
	ms = append(ms, Mention{})
	copy(ms[k+1:], ms[k:])
	ms[k] = m
	return ms
}

// Classify gives mentions whose spans are already known (gold ones, say) the
// labels and classes the gazetteer knows for them; other mentions are
// returned unchanged. The result is a new slice in the same order.
func Classify(s nlp.Sentence, ms []Mention) []Mention {
	words := s.Words()
	out := make([]Mention, len(ms))
	for i, m := range ms {
		if lab, class, ok := gazClass(words, m.Start, m.End); ok && (lab == m.Label || m.Label == Place && lab == Place) {
			m.Class = class
		}
		out[i] = m
	}
	return out
}
