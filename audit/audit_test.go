package audit

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/loader"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/source"
)

// storeOf loads the articles of the given inputs into a memory store.
func storeOf(t *testing.T, inputs ...string) *memstore.QuadStore {
	t.Helper()
	var qs []quad.Quad
	err := source.Read(context.Background(), inputs, source.Options{}, func(it source.Item) error {
		if it.Err != nil {
			return it.Err
		}
		qs = append(qs, loader.Quads(it.Article, extract.Extract(it.Article.Text, it.Article.Published))...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return memstore.New(qs...)
}

// TestSample draws from the store of the test articles: the same seed gives
// the same sample, another seed another; every row has its evidence; and
// every drawn fact, judged right, passes the check on the articles as the
// store holds them (the text rebuilt from its sentences extracts the same).
func TestSample(t *testing.T) {
	gold, _ := filepath.Glob("../testdata/gold/*.txt")
	qs := storeOf(t, append([]string{"../testdata/articles"}, gold...)...)
	ctx := context.Background()
	rows, arts, err := Sample(ctx, qs, []string{"met", "jobTitle", "affiliation"}, 40, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 40 {
		t.Fatalf("%d rows, want 40", len(rows))
	}
	again, _, err := Sample(ctx, qs, []string{"met", "jobTitle", "affiliation"}, 40, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows, again) {
		t.Error("the same seed gave another sample")
	}
	other, _, _ := Sample(ctx, qs, []string{"met", "jobTitle", "affiliation"}, 40, 2)
	if reflect.DeepEqual(rows, other) {
		t.Error("seed 2 gave the sample of seed 1")
	}
	kinds := map[string]int{}
	for _, r := range rows {
		kinds[r.Kind]++
		if r.Subject == "" || r.Object == "" || r.Sentence == "" || r.Headline == "" || r.Article == "" || r.SubjectIRI == "" {
			t.Errorf("row without its evidence: %+v", r)
		}
		if (r.Kind == "jobTitle") != (r.ObjectIRI == "") {
			t.Errorf("object IRI of a %s fact: %+v", r.Kind, r)
		}
	}
	if len(kinds) != 3 {
		t.Errorf("kinds drawn: %v, want all three", kinds)
	}
	if _, _, err := Sample(ctx, qs, []string{"mett"}, 5, 1); err == nil || !strings.Contains(err.Error(), `unknown kind "mett"`) {
		t.Errorf("unknown kind: %v", err)
	}

	// Judged right, every fact checks; judged wrong, every one comes back.
	dir := t.TempDir()
	for _, verdict := range []string{Right, Wrong} {
		for i := range rows {
			rows[i].Verdict = verdict
		}
		path := filepath.Join(dir, verdict+".tsv")
		writeSample(t, path, rows, arts)
		problems, checked, err := Check(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if checked != len(rows) {
			t.Errorf("%s: checked %d of %d", verdict, checked, len(rows))
		}
		want := 0
		if verdict == Wrong {
			want = len(rows)
		}
		if len(problems) != want {
			t.Errorf("all judged %s: %d problems, want %d: %v", verdict, len(problems), want, problems)
		}
	}
}

// TestCheckNoExtractor runs the check with an extractor that finds nothing:
// facts judged right are reported gone, facts judged wrong pass.
func TestCheckNoExtractor(t *testing.T) {
	qs := storeOf(t, "../testdata/articles/us-russia-geneva-talks.txt")
	rows, arts, err := Sample(context.Background(), qs, []string{"met"}, 4, 1)
	if err != nil || len(rows) < 2 {
		t.Fatalf("sample: %v, %d rows", err, len(rows))
	}
	rows[0].Verdict, rows[1].Verdict = Right, Wrong
	path := filepath.Join(t.TempDir(), "met.tsv")
	writeSample(t, path, rows, arts)
	problems, checked, err := Check(path, extract.Func(func(text string, _ time.Time) *extract.Document { return &extract.Document{} }))
	if err != nil {
		t.Fatal(err)
	}
	if checked != 2 || len(problems) != 1 || problems[0].Back || problems[0].Row.Subject != rows[0].Subject {
		t.Errorf("checked %d, problems %v", checked, problems)
	}
	if !strings.Contains(problems[0].String(), "judged right, no longer extracted: met(") {
		t.Errorf("message: %s", problems[0])
	}
}

// TestJudged is the regression test of the judged samples in
// testdata/judged: a fact judged wrong must not come back, a fact judged
// right must stay.
func TestJudged(t *testing.T) {
	files, _ := filepath.Glob("../testdata/judged/*.tsv")
	if len(files) == 0 {
		t.Fatal("no judged samples in testdata/judged")
	}
	for _, f := range files {
		problems, checked, err := Check(f, nil)
		if err != nil {
			t.Error(err)
			continue
		}
		for _, p := range problems {
			t.Errorf("%s:%s", f, p)
		}
		t.Logf("%s: %d judged facts, %d changed", f, checked, len(problems))
	}
}

func TestReadErrors(t *testing.T) {
	head := strings.Join(Columns, "\t") + "\n"
	for in, want := range map[string]string{
		"":                    "no column line",
		"verdict\tkind\n":     "want the column line",
		head + "right\tmet\n": "2: 2 columns, want 11",
		head + "maybe\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n": `2: verdict "maybe"`,
	} {
		_, err := Read(strings.NewReader(in), "s.tsv")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Read(%q) = %v, want %q", in, err, want)
		}
	}
}

func writeSample(t *testing.T, path string, rows []Row, arts []Article) {
	t.Helper()
	var b, a bytes.Buffer
	if err := Write(&b, []string{"test sample"}, rows); err != nil {
		t.Fatal(err)
	}
	if err := WriteArticles(&a, arts); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ArticlesPath(path), a.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
