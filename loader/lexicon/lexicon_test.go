package lexicon

import (
	"testing"
	"testing/fstest"
)

// TestLists checks the shared lists: each with its comment, each word once.
func TestLists(t *testing.T) {
	for _, err := range Check(data) {
		t.Error(err)
	}
	if m, w := Ints("months"), Ints("weekdays"); len(m) != 24 || m["sept"] != 9 || len(w) != 7 || w["sunday"] != 0 {
		t.Errorf("months %v, weekdays %v", m, w)
	}
	if len(DataDigest()) != 64 {
		t.Errorf("DataDigest() = %q", DataDigest())
	}
}

// TestCheck shows Check finding each fault.
func TestCheck(t *testing.T) {
	bad := fstest.MapFS{
		"data/a.txt": {Data: []byte("no comment\n")},
		"data/b.txt": {Data: []byte("# b\nx\nx\n")},
		"data/c.txt": {Data: []byte("# c\nx\t1\ny\n")},
		"data/d.txt": {Data: []byte("# d\n")},
	}
	if errs := Check(bad); len(errs) != 4 {
		t.Errorf("Check found %d faults, want 4: %v", len(errs), errs)
	}
	good := fstest.MapFS{"data/a.txt": {Data: []byte("# a is for tests\nx\t1\ny\t2\n")}}
	if errs := Check(good); len(errs) != 0 {
		t.Errorf("Check: %v", errs)
	}
}
