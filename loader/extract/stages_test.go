package extract

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
	"github.com/newsgraph/newsgraph/loader/relate"
	"github.com/newsgraph/newsgraph/loader/source"
)

// testArticles reads the test articles and a few gold articles.
func testArticles(t *testing.T) []*source.Article {
	t.Helper()
	gold, _ := filepath.Glob("../../testdata/gold/*.txt")
	if len(gold) > 12 {
		gold = gold[:12]
	}
	var arts []*source.Article
	err := source.Read(context.Background(), append([]string{"../../testdata/articles"}, gold...), source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		arts = append(arts, it.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// TestStagesValidate runs the stages one more at a time and checks the
// Document each prefix makes with Document.Validate: every stage leaves the
// article's state such that what it found so far is a valid Document. The
// last prefix is the whole extractor.
func TestStagesValidate(t *testing.T) {
	names := StageNames()
	want := []string{"mentions", "coreference", "roles", "places", "events", "relations", "related"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("stages %v, want %v", names, want)
	}
	for _, a := range testArticles(t) {
		for n := 1; n <= len(names); n++ {
			doc := ExtractThrough(a.Text, a.Published, n)
			if err := doc.Validate(a.Text); err != nil {
				t.Errorf("%s after stage %s: %v", a.Origin, names[n-1], err)
			}
			if n == len(names) && !reflect.DeepEqual(doc, Extract(a.Text, a.Published)) {
				t.Errorf("%s: all the stages do not make Extract's Document", a.Origin)
			}
		}
	}
}

// TestModelExtractor runs the model-only extractor: valid Documents, names
// and the relation model's facts only (no events, roles or met).
func TestModelExtractor(t *testing.T) {
	allowed := map[string]bool{}
	for _, p := range modelPredicates {
		allowed[p.Local()] = true
	}
	var ents, facts int
	for _, a := range testArticles(t) {
		doc := Model{}.Extract(a.Text, a.Published)
		if err := doc.Validate(a.Text); err != nil {
			t.Errorf("%s: %v", a.Origin, err)
		}
		seen := map[string]bool{}
		for _, e := range doc.Entities {
			if e.Type == Event || e.Type == Other || e.Name == "" {
				t.Errorf("%s: entity %+v", a.Origin, e)
			}
			k := string(e.Type) + "|" + e.Name
			if seen[k] {
				t.Errorf("%s: %s twice", a.Origin, k)
			}
			seen[k] = true
		}
		for _, f := range doc.Facts {
			if !allowed[f.Predicate] || f.Object < 0 {
				t.Errorf("%s: fact %+v is not the relation model's", a.Origin, f)
			}
		}
		ents += len(doc.Entities)
		facts += len(doc.Facts)
	}
	if ents < 100 || facts == 0 {
		t.Errorf("model extractor found %d entities and %d facts in the test articles", ents, facts)
	}
	if v := (Model{}).Version(); v != "model."+Version() {
		t.Errorf("Model version %q", v)
	}
}

// TestSeedArticleModel pins what the model extractor reads in one sentence.
func TestSeedArticleModel(t *testing.T) {
	text := "Wendy Sherman, the deputy secretary of state, met Sergei Ryabkov in Geneva."
	doc := Model{}.Extract(text, time.Time{})
	var names []string
	for _, e := range doc.Entities {
		names = append(names, string(e.Type)+":"+e.Name)
	}
	got := strings.Join(names, ", ")
	for _, want := range []string{"Person:Wendy Sherman", "Person:Sergei Ryabkov", "City:Geneva"} {
		if !strings.Contains(got, want) {
			t.Errorf("entities %s, want %s among them", got, want)
		}
	}
}

// TestRegistry looks the extractors up by name.
func TestRegistry(t *testing.T) {
	if got := Names(); !reflect.DeepEqual(got, []string{"model", "rules+model"}) {
		t.Errorf("Names() = %v", got)
	}
	for name, want := range map[string]Extractor{"": Default, "rules+model": Rules{}, "model": Model{}} {
		e, err := Lookup(name)
		if err != nil || e != want {
			t.Errorf("Lookup(%q) = %v, %v", name, e, err)
		}
	}
	if _, err := Lookup("spacy"); err == nil || err.Error() != `unknown extractor "spacy" (choose one of model, rules+model)` {
		t.Errorf("Lookup(spacy): %v", err)
	}
	if Default.Version() != Version() {
		t.Errorf("Default.Version() = %q, want Version() %q", Default.Version(), Version())
	}
}

// TestRulesModels replaces the models behind the rules: a recogniser that
// finds nothing leaves only what the rules find on their own and changes
// the version; the embedded relation model called through the seam gives
// Extract's output.
func TestRulesModels(t *testing.T) {
	text := "Russian Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman in Geneva. Gunmen killed John Smith in Lagos."
	none := Rules{Recogniser: RecogniserFunc(func(nlp.Sentence) []ner.Mention { return nil })}
	full := Extract(text, time.Time{})
	bare := none.Extract(text, time.Time{})
	if err := bare.Validate(text); err != nil {
		t.Fatal(err)
	}
	if len(bare.Entities) >= len(full.Entities) {
		t.Errorf("without the recogniser %d entities, with it %d", len(bare.Entities), len(full.Entities))
	}
	if none.Version() == Version() || !strings.HasSuffix(none.Version(), "+custom") {
		t.Errorf("a replaced model keeps the version %q", none.Version())
	}
	calls := 0
	spy := Rules{Relations: RelationFinderFunc(func(s nlp.Sentence, ms []ner.Mention) []relate.Relation {
		calls++
		return relate.Find(s, ms)
	})}
	if got := spy.Extract(text, time.Time{}); !reflect.DeepEqual(got, full) || calls == 0 {
		t.Errorf("the embedded relation model behind the seam: %d calls, same output %v", calls, reflect.DeepEqual(got, full))
	}
}

// TestNoLateRetype checks that the mentions stage decides every type: no
// later stage, coreference included, retypes a mention, and no stage after
// coreference retypes the entities it made of them.
func TestNoLateRetype(t *testing.T) {
	for _, a := range testArticles(t) {
		if r := RetypedLate(nil, a.Text, a.Published); len(r) > 0 {
			t.Errorf("%s: retyped after the mentions stage: %v", a.Origin, r)
		}
	}
	for _, c := range meetCases {
		if r := RetypedLate(gorbachevPlace, "Talks\n"+c.text, time.Time{}); len(r) > 0 {
			t.Errorf("%q: retyped after the mentions stage: %v", c.text, r)
		}
	}
}

// gorbachevPlace is the embedded model with a mistake made on purpose: it reads
// Gorbachev as a place.
var gorbachevPlace = RecogniserFunc(func(s nlp.Sentence) []ner.Mention {
	ms := ner.ModelMentions(s)
	for i, m := range ms {
		if m.End == m.Start+1 && s.Tokens[m.Start].Text == "Gorbachev" {
			ms[i].Label, ms[i].Class = ner.Place, ""
		}
	}
	return ms
})

// meetCases are sentences where Gorbachev, read as a place, is a party of
// "meet" (a person) or not.
var meetCases = []struct {
	text string
	want EntityType
}{
	{"Thatcher will meet Gorbachev in Moscow next week.", Person},
	{"Thatcher met with Gorbachev and Shevardnadze in Moscow.", Person},
	{"Thatcher and Gorbachev are scheduled to meet in Moscow.", Person},
	{"Gorbachev's aides will meet Thatcher's advisers in Moscow.", Other}, // no party, and no place on evidence (places_evidence.go)
	{"Thatcher spent a week in Gorbachev, and will meet officials in Moscow.", Place},
}

// TestMeetingPartners checks the mentions stage's reading of "meet": a
// one-word name the recogniser took for a place, and no gazetteer knows, is
// a person when it is a party of "meet", as subject or object; not in a
// phrase before the subject, nor before a possessive.
func TestMeetingPartners(t *testing.T) {
	asPlace := Rules{Recogniser: gorbachevPlace}
	for _, c := range meetCases {
		text := "Talks\n" + c.text
		doc := asPlace.Extract(text, time.Time{})
		if err := doc.Validate(text); err != nil {
			t.Errorf("%q: %v", c.text, err)
		}
		got := EntityType("")
		for _, e := range doc.Entities {
			if e.Name == "Gorbachev" {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: Gorbachev is a %q, want %q", c.text, got, c.want)
		}
	}
	// the real recogniser: "eastern Java" stays a place
	text := "Visit\nToday he was returning to Jakarta from a visit to projects in eastern Java, and was scheduled to meet leading economic ministers in the afternoon."
	for _, e := range Extract(text, time.Time{}).Entities {
		if e.Name == "Java" && e.Type != Place {
			t.Errorf("Java is a %q, want a Place", e.Type)
		}
	}
}
