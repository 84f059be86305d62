package source

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Issue 16, item 8: the URL policy. Redirects go to http(s) only, at most
// five; with NoPrivate a URL or a redirect to a loopback or private address
// is refused (the test server is on 127.0.0.1).
func TestURLPolicy(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Envoys meet\n\nWendy Sherman met Sergei Ryabkov in Geneva on Monday.\n"))
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	read := func(u string, opts Options) (errs []string, n int) {
		Read(context.Background(), []string{u}, opts, func(it Item) error {
			if it.Err != nil {
				errs = append(errs, it.Err.Error())
			} else {
				n++
			}
			return nil
		})
		return errs, n
	}
	if errs, n := read(ts.URL+"/a.txt", Options{}); n != 1 || len(errs) != 0 {
		t.Errorf("plain fetch: %d articles, %q", n, errs)
	}
	if errs, n := read(ts.URL+"/a.txt", Options{NoPrivate: true}); n != 0 || len(errs) != 1 || !strings.Contains(errs[0], "refused") {
		t.Errorf("NoPrivate fetch of 127.0.0.1: %d articles, %q", n, errs)
	}
	if errs, _ := read(ts.URL+"/to-file", Options{}); len(errs) != 1 || !strings.Contains(errs[0], "file: URL refused") {
		t.Errorf("redirect to file: %q", errs)
	}
	if errs, _ := read(ts.URL+"/loop", Options{}); len(errs) != 1 || !strings.Contains(errs[0], "redirects") {
		t.Errorf("redirect loop: %q", errs)
	}
}
