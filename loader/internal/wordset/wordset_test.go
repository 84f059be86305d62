package wordset

import (
	"bytes"
	"compress/gzip"
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
