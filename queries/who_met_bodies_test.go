package queries

import (
	"context"
	"fmt"
	"testing"
)

// TestWhoMetBodies: who-met lists people in the person column and bodies
// and countries in the body column, after the people; two event nodes with
// one label and date are one row.
func TestWhoMetBodies(t *testing.T) {
	qs := loadFixture(t, "../testdata/queries/bodies.nq")
	res, err := Run(context.Background(), qs, "who-met", map[string]string{"name": "Karl Brenner"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Rows {
		got = append(got, fmt.Sprintf("%v|%v|%v", r["person"], r["body"], r["how"]))
	}
	want := []string{"Anna Lind||same event", "|EU Commission|same event", "|Norway|met"}
	if len(got) != len(want) {
		t.Fatalf("rows %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: %q, want %q (all: %q)", i, got[i], want[i], got)
		}
	}
	if len(res.Columns) < 2 || res.Columns[0] != "person" || res.Columns[1] != "body" {
		t.Errorf("columns %v, want person, body first", res.Columns)
	}
}
