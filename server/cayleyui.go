package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/ui"
)

// uiRewrites are the changes made to the scripts of Cayley's UI as they are
// served: Monaco comes from the binary instead of a CDN, and the API from the
// page's own origin instead of the built-in http://localhost:64210, and the
// Material Icons font from the binary instead of Google Fonts.
var uiRewrites = []struct{ old, new string }{
	{"https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs", "/vendor/monaco-editor/min/vs"},
	{`"http://localhost:64210"`, `""`},
	{"https://fonts.googleapis.com/icon?family=Material+Icons", "/vendor/material-icons/material-icons.css"},
}

// cayleyUI serves Cayley's web UI, with the Monaco URLs in its scripts
// pointed at the copy in the binary.
type cayleyUI struct {
	files    fs.FS
	rewrites map[string][]byte // path -> rewritten content
	index    []byte            // index.html with the canned-query menu
	started  time.Time
}

func newCayleyUI() (*cayleyUI, error) {
	files, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, err
	}
	u := &cayleyUI{files: files, rewrites: map[string][]byte{}, started: time.Now()}
	scripts, err := fs.Glob(files, "static/js/*.js")
	if err != nil {
		return nil, err
	}
	styles, err := fs.Glob(files, "static/css/*.css")
	if err != nil {
		return nil, err
	}
	scripts = append(scripts, styles...)
	found := make([]bool, len(uiRewrites))
	for _, p := range scripts {
		data, err := fs.ReadFile(files, p)
		if err != nil {
			return nil, err
		}
		changed := false
		for i, rw := range uiRewrites {
			if bytes.Contains(data, []byte(rw.old)) {
				data = bytes.ReplaceAll(data, []byte(rw.old), []byte(rw.new))
				found[i], changed = true, true
			}
		}
		if changed {
			u.rewrites[p] = data
		}
	}
	// The canned-query menu (assets/cayley/canned-menu.js) on every page.
	index, err := fs.ReadFile(files, "index.html")
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(index, []byte("</body>")) {
		return nil, fmt.Errorf("server: Cayley's index.html has no </body>; update server/cayleyui.go")
	}
	u.index = bytes.Replace(index, []byte("</body>"), []byte(`<script src="/newsgraph/canned-menu.js" defer></script></body>`), 1)
	for i, ok := range found {
		if !ok {
			return nil, fmt.Errorf("server: Cayley's UI scripts no longer contain %s; update server/cayleyui.go", uiRewrites[i].old)
		}
	}
	return u, nil
}

func (u *cayleyUI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	switch p {
	case "service-worker.js":
		// Cayley's UI does not register it, and it imports a script from a
		// CDN: keep it out.
		http.NotFound(w, r)
		return
	}
	if data, ok := u.rewrites[p]; ok {
		// ServeContent sets the type from the extension.
		http.ServeContent(w, r, path.Base(p), u.started, bytes.NewReader(data))
		return
	}
	if p == "" {
		p = "index.html"
	}
	if _, err := fs.Stat(u.files, p); err != nil {
		// The UI routes in the browser (/query, /visualize...): give it
		// its page.
		p = "index.html"
	}
	if p == "index.html" {
		http.ServeContent(w, r, p, u.started, bytes.NewReader(u.index))
		return
	}
	http.ServeFileFS(w, r, u.files, p)
}
