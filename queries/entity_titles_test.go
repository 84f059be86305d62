package queries

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEntityFoldsTitles: a title read in two spellings is one row of the
// entity card, in the spelling with most capitals, with the evidence of
// both sentences.
func TestEntityFoldsTitles(t *testing.T) {
	const nq = `<http://newsgraph.org/id/article/a/s0> <http://schema.org/text> "Prime Minister Ann Lee spoke." <http://newsgraph.org/id/article/a> .
<http://newsgraph.org/id/article/a/s1> <http://schema.org/text> "The prime minister, Ann Lee, left." <http://newsgraph.org/id/article/a> .
<http://newsgraph.org/id/person/ann-lee> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> <http://newsgraph.org/id/article/a/s0> .
<http://newsgraph.org/id/person/ann-lee> <http://schema.org/name> "Ann Lee" <http://newsgraph.org/id/article/a/s0> .
<http://newsgraph.org/id/person/ann-lee> <http://schema.org/jobTitle> "Prime Minister" <http://newsgraph.org/id/article/a/s0> .
<http://newsgraph.org/id/person/ann-lee> <http://schema.org/jobTitle> "prime minister" <http://newsgraph.org/id/article/a/s1> .
<http://newsgraph.org/id/person/ann-lee> <http://schema.org/jobTitle> "party leader" <http://newsgraph.org/id/article/a/s1> .
`
	f := filepath.Join(t.TempDir(), "titles.nq")
	if err := os.WriteFile(f, []byte(nq), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), loadFixture(t, f), "entity", map[string]string{"name": "Ann Lee"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range res.Rows {
		if r["relation"] == "jobTitle" {
			v, _ := r["value"].(string)
			ev, _ := r["evidence"].(string)
			titles = append(titles, v)
			if v == "Prime Minister" && !strings.Contains(ev, "(+1 more)") {
				t.Errorf("Prime Minister's evidence %q, want both sentences", r["evidence"])
			}
		}
	}
	if strings.Join(titles, "; ") != "Prime Minister; party leader" {
		t.Errorf("titles %q, want Prime Minister once and party leader", titles)
	}
}
