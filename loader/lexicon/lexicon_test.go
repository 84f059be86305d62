package lexicon

import (
	"io/fs"
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

// TestIncludes builds a list from others: "+ NAME" brings in a list of the
// same folder, or the shared one, or, under its own name, the shared list it
// extends; "- WORD" leaves a word out; Check finds a word repeated from a
// list brought in and a list that is not there.
func TestIncludes(t *testing.T) {
	fsys := fstest.MapFS{
		"data/a.txt":      {Data: []byte("# a\nx\ny\n")},
		"data/b.txt":      {Data: []byte("# b is a, but y, and z\n+ a\n- y\nz\n")},
		"data/months.txt": {Data: []byte("# months, shared, and one\n+ months\nmidsummer\t6\n")},
		"data/c.txt":      {Data: []byte("# c repeats a's x\n+ a\nx\n")},
		"data/d.txt":      {Data: []byte("# d brings in nothing\n+ nosuch\n")},
		"data/saying.txt": {Data: []byte("# saying: the shared saidVerbs and one\n+ saidVerbs\nquipped\n")},
	}
	if got := SetOf(fsys, "b"); len(got) != 2 || !got["x"] || !got["z"] {
		t.Errorf("b = %v, want x and z", got)
	}
	if m := IntsOf(fsys, "months"); len(m) != 25 || m["midsummer"] != 6 || m["sept"] != 9 {
		t.Errorf("months extended: %d words, %v", len(m), m)
	}
	if got := SetOf(fsys, "saying"); !got["said"] || !got["quipped"] {
		t.Errorf("saying = %v", got)
	}
	errs := Check(fsys)
	if len(errs) != 2 {
		t.Errorf("Check found %d faults, want 2 (x from a, no list nosuch): %v", len(errs), errs)
	}
}

// TestCheckRepeats shows CheckRepeats finding two lists that share most
// words, and passing them when one brings the other in or says why.
func TestCheckRepeats(t *testing.T) {
	silent := fstest.MapFS{
		"data/verbs.txt": {Data: []byte("# verbs\nsaid\nsays\nsay\ntold\n")},
		"data/more.txt":  {Data: []byte("# more\nsaid\nsays\nsay\nadded\nquoted\n")},
	}
	if errs := CheckRepeats(map[string]fs.FS{"p": silent}); len(errs) != 1 {
		t.Errorf("CheckRepeats: %v, want one repeat", errs)
	}
	said := fstest.MapFS{
		"data/verbs.txt": {Data: []byte("# verbs\n# shares more: for another job\nsaid\nsays\nsay\ntold\n")},
		"data/more.txt":  {Data: []byte("# more\nsaid\nsays\nsay\nadded\nquoted\n")},
	}
	built := fstest.MapFS{
		"data/verbs.txt": {Data: []byte("# verbs\nsaid\nsays\nsay\ntold\n")},
		"data/more.txt":  {Data: []byte("# more\n+ verbs\n- told\nadded\nquoted\n")},
	}
	few := fstest.MapFS{
		"data/verbs.txt": {Data: []byte("# verbs\nsaid\nsays\ntold\n")},
		"data/more.txt":  {Data: []byte("# more\nsaid\nsays\nadded\nquoted\n")},
	}
	for name, fsys := range map[string]fstest.MapFS{"said": said, "built": built, "few": few} {
		if errs := CheckRepeats(map[string]fs.FS{"p": fsys}); len(errs) != 0 {
			t.Errorf("%s: %v", name, errs)
		}
	}
	// across folders: both of p's lists repeat the shared saidVerbs too
	if errs := CheckRepeats(map[string]fs.FS{"p": silent, "lexicon": Lists()}); len(errs) != 3 {
		t.Errorf("CheckRepeats across folders: %v", errs)
	}
}
