package ingest

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
)

// Live is the single writer of a store that is also being read: newsgraph
// serve ingests through it the folders and feeds it watches and the articles
// sent to it. Its loads run one at a time, through Run, while queries read
// the store. It is safe for concurrent use.
type Live struct {
	qs   graph.QuadStore
	opts Options
	// Log gets each failed input and warning, and one line per load that
	// wrote or failed something; nil discards them.
	Log func(string)
	// Committed, when set, is called after each load that changed the store.
	Committed func()

	mu      sync.Mutex // held during a load: one writer
	statsMu sync.Mutex
	status  Status
}

// Status is what a Live has ingested since it started.
type Status struct {
	Watching []string  `json:"watching"`
	Polls    int       `json:"polls"`
	LastPoll time.Time `json:"last_poll,omitzero"`
	Total    Summary   `json:"total"` // summed over every load
}

// NewLive returns a Live writing into qs with opts (Stdin, StdinName and
// Format are set per load).
func NewLive(qs graph.QuadStore, opts Options) *Live {
	return &Live{qs: qs, opts: opts}
}

// Status returns a copy of the counts so far.
func (l *Live) Status() Status {
	l.statsMu.Lock()
	defer l.statsMu.Unlock()
	s := l.status
	s.Watching = append([]string(nil), s.Watching...)
	return s
}

func (l *Live) log(s string) {
	if l.Log != nil {
		l.Log(s)
	}
}

// Load runs one load of inputs, after any load in progress. Failed inputs
// are returned as messages (and logged), not as an error.
func (l *Live) Load(ctx context.Context, inputs []string, opts Options) (Summary, []string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	o := l.opts
	o.Format, o.Stdin, o.StdinName = opts.Format, opts.Stdin, opts.StdinName
	var msgs []string
	sum, err := Run(ctx, l.qs, inputs, o, Reporter{Message: func(s string) {
		msgs = append(msgs, s)
		l.log(s)
	}})
	l.statsMu.Lock()
	l.status.Total.Add(sum)
	l.statsMu.Unlock()
	if sum.Articles > 0 || sum.QuadsDeleted > 0 {
		if l.Committed != nil {
			l.Committed()
		}
	}
	names := inputs
	if len(inputs) == 1 && inputs[0] == "-" && opts.StdinName != "" {
		names = []string{opts.StdinName + " (sent)"}
	}
	if err != nil {
		l.log(fmt.Sprintf("load %s: %v", strings.Join(shorten(names, 3), ", "), err))
		return sum, msgs, err
	}
	if sum.Articles > 0 || sum.Failed > 0 {
		l.log(fmt.Sprintf("%s: %s", strings.Join(shorten(names, 3), ", "), sum.Line()))
	}
	return sum, msgs, nil
}

// LoadReader loads one input read from r (an HTTP request's body): name, if
// given, is used in messages and, by its extension, for the format when
// format is "".
func (l *Live) LoadReader(ctx context.Context, name, format string, r io.Reader) (Summary, []string, error) {
	return l.Load(ctx, []string{"-"}, Options{Format: format, Stdin: r, StdinName: name})
}

func shorten(list []string, n int) []string {
	if len(list) <= n {
		return list
	}
	return append(append([]string(nil), list[:n]...), fmt.Sprintf("and %d more", len(list)-n))
}

// Watch polls sources (folders, files and http(s) URLs of feeds or pages)
// every interval until ctx is done, loading what is new or changed. Files in
// a folder are read when they appear or change (by size and modification
// time) and have been left alone for settle; hidden files are skipped, so a
// writer can create ".name.tmp" and rename it. Every article goes through
// Run, so an article already stored unchanged is skipped, whatever the
// file. URLs are read at every poll. The first poll runs at once.
func (l *Live) Watch(ctx context.Context, sources []string, interval time.Duration) {
	if len(sources) == 0 {
		return
	}
	if interval <= 0 {
		interval = 30 * time.Second
	}
	settle := min(interval/2, time.Second)
	l.statsMu.Lock()
	l.status.Watching = append(l.status.Watching, sources...)
	l.statsMu.Unlock()
	seen := map[string]fileState{}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		var inputs []string
		for _, src := range sources {
			if isURL(src) {
				inputs = append(inputs, src)
				continue
			}
			changed, err := changedFiles(src, seen, settle)
			if err != nil {
				l.log(fmt.Sprintf("watch %s: %v", src, err))
			}
			inputs = append(inputs, changed...)
		}
		if len(inputs) > 0 {
			if _, _, err := l.Load(ctx, inputs, Options{}); err != nil && ctx.Err() == nil {
				l.log(fmt.Sprintf("watch: %v", err))
			}
		}
		l.statsMu.Lock()
		l.status.Polls++
		l.status.LastPoll = time.Now().UTC()
		l.statsMu.Unlock()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// fileState is what a poll saw of a file.
type fileState struct {
	size int64
	mod  time.Time
}

// changedFiles lists the files under root (root itself when it is a file)
// that are new or changed since seen, and updates seen. A file modified less
// than settle ago is left for the next poll: it may still be being written.
func changedFiles(root string, seen map[string]fileState, settle time.Duration) ([]string, error) {
	var out []string
	now := time.Now()
	consider := func(path string, fi fs.FileInfo) {
		st := fileState{size: fi.Size(), mod: fi.ModTime()}
		if old, ok := seen[path]; ok && old == st {
			return
		}
		if now.Sub(st.mod) < settle {
			return
		}
		seen[path] = st
		out = append(out, path)
	}
	fi, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		consider(root, fi)
		return out, nil
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable parts are skipped; the rest is read
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return nil
		}
		consider(path, fi)
		return nil
	})
	sort.Strings(out)
	return out, err
}
