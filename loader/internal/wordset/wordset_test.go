package wordset

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestOf(t *testing.T) {
	s := Of("apple\nbanana\r\n\nbanana\ncherry")
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"apple", true}, {"banana", true}, {"cherry", true},
		{"", false}, {"appl", false}, {"apples", false}, {"banana\r", false}, {"Apple", false},
	} {
		if got := s.Has(tc.w); got != tc.want {
			t.Errorf("Has(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if s.Len() != 3 {
		t.Errorf("Len() = %d, want 3", s.Len())
	}
}

func TestGzipped(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("état\nnación\n"))
	zw.Close()
	s, err := Gzipped(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !s.Has("état") || !s.Has("nación") || s.Has("nacion") {
		t.Errorf("Gzipped: wrong words (%d)", s.Len())
	}
	if _, err := Gzipped([]byte("not gzip")); err == nil {
		t.Error("Gzipped of no gzip data: no error")
	}
}

func TestLazy(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("alpha\nbeta\n"))
	zw.Close()
	get := Lazy("test list", buf.Bytes())
	if s := get(); !s.Has("beta") || s.Has("gamma") || get() != s {
		t.Errorf("Lazy: want one set holding alpha and beta, read once")
	}
	bad := Lazy("bad list", []byte("not gzip"))
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "bad list") {
			t.Errorf("Lazy of bad data: panic %v, want one naming the list", r)
		}
	}()
	bad()
}
