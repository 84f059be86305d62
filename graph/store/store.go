// Package store opens the Cayley quad store newsgraph keeps its graph in:
// bolt (a local file, the default), memory, PostgreSQL or CockroachDB. It
// initialises a store on first use and refuses, rather than waits, when a bolt
// store is held by another process.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // memory backend
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// Backend names accepted by Open.
const (
	Bolt      = "bolt"
	Memory    = "memory"
	Postgres  = "postgres"
	Cockroach = "cockroach"
)

// DefaultPath is the bolt store used when no path is given.
const DefaultPath = "./newsgraph.db"

// ErrInUse is returned (wrapped) when another process holds a bolt store.
var ErrInUse = errors.New("in use by another process")

// Backends returns the backend names Open accepts, sorted.
func Backends() []string {
	b := []string{Bolt, Memory, Postgres, Cockroach}
	sort.Strings(b)
	return b
}

// Options tune how a store is opened.
type Options struct {
	// LockTimeout is how long Open waits for a bolt store held by another
	// process before it gives up; zero means 2 seconds.
	LockTimeout time.Duration
	// ReadOnly opens an existing store for reading: a bolt store that does
	// not exist is an error (ErrNoStore) instead of a new empty store, the
	// file is opened read-only (so a store on a read-only mount works), and
	// nothing is initialised.
	ReadOnly bool
	// NoSync skips bolt's fsync after each transaction: faster bulk loads,
	// but a machine crash (not a process crash) can lose the last batches.
	NoSync bool
	// Staged creates a bolt store that does not exist yet in a hidden
	// folder beside its path (".NAME.new-*"), and Publish moves it to its
	// path: a process killed before leaves no store at all. Close without
	// Publish removes the folder; folders that killed processes left are
	// removed by the next staged Open of the same path.
	Staged bool
}

// Store is an open quad store.
type Store struct {
	Backend string
	Path    string
	qs      graph.QuadStore
	lock    *os.File
	bolt    *bolt.DB // for Check; nil for other backends
	opts    Options
	// final is the path a staged store (Options.Staged) is published to;
	// "" once published or when not staged.
	final string
}

func init() {
	// Cayley logs through the standard logger; newsgraph reports errors itself.
	clog.SetLogger(quietLogger{})
	// New bolt stores also index quads by label: every fact's label is its
	// evidence sentence, so replacing an article and finding the facts of a
	// sentence are lookups instead of scans of the whole store. (A store's
	// indexes are fixed when it is created; older stores still work.)
	kv.DefaultQuadIndexes = append(kv.DefaultQuadIndexes[:len(kv.DefaultQuadIndexes):len(kv.DefaultQuadIndexes)],
		kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})
}

type quietLogger struct{}

func (quietLogger) Infof(string, ...interface{})    {}
func (quietLogger) Warningf(string, ...interface{}) {}
func (quietLogger) Errorf(string, ...interface{})   {}
func (quietLogger) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf(format, args...))
}
func (quietLogger) V(int) bool { return false }
func (quietLogger) SetV(int)   {}

// Open opens the store of the given backend at path (a folder for bolt, a
// database URL for postgres and cockroach, ignored for memory), creating and
// initialising it when it does not exist yet.
func Open(backend, path string, opts Options) (*Store, error) {
	if backend == "" {
		backend = Bolt
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = 2 * time.Second
	}
	s := &Store{Backend: backend, Path: path, opts: opts}
	var err error
	switch backend {
	case Memory:
		var qs graph.QuadStore
		if qs, err = graph.NewQuadStore("memstore", "", nil); err == nil {
			// Reads may run while a load writes (serve --db memory).
			s.qs = Guarded(qs)
		}
	case Bolt:
		if path == "" {
			path = DefaultPath
			s.Path = path
		}
		if opts.Staged && !opts.ReadOnly {
			if _, serr := os.Lstat(path); errors.Is(serr, fs.ErrNotExist) {
				path, err = stagingFolder(path)
				if err != nil {
					return nil, err
				}
				s.final, s.Path = s.Path, path
			}
		}
		err = s.openBolt(path, opts)
		if err != nil && s.final != "" {
			s.unlock()
			os.RemoveAll(path)
		}
	case Postgres, Cockroach:
		if path == "" || path == DefaultPath {
			return nil, fmt.Errorf("open %s store: --dbpath must be a database URL such as postgres://user@localhost:5432/newsgraph?sslmode=disable", backend)
		}
		err = s.openSQL(backend, path)
	default:
		return nil, fmt.Errorf("open store: unknown backend %q (choose one of %s)", backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		s.unlock()
		return nil, err
	}
	return s, nil
}

func (s *Store) openBolt(path string, opts Options) error {
	boltFile := filepath.Join(path, "indexes.bolt")
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		return fmt.Errorf("open store %s: not a newsgraph bolt store (a bolt store is a folder)", path)
	} else if opts.ReadOnly {
		if err != nil {
			return fmt.Errorf("%w at %s: load articles first (newsgraph load FILE), or pass --dbpath", ErrNoStore, path)
		}
		if _, err := os.Stat(boltFile); err != nil {
			return fmt.Errorf("%w at %s (the folder has no indexes.bolt): load articles first, or pass --dbpath", ErrNoStore, path)
		}
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(path, 0o755); err != nil {
			return fmt.Errorf("open store %s: %w", path, err)
		}
	}
	// Bolt waits forever for its file lock, so hold a lock of our own on a
	// side file and check bolt's own lock without blocking before opening.
	// On a read-only mount the side file cannot be created, and nothing can
	// write the store either: reading goes ahead without it.
	lock, err := os.OpenFile(filepath.Join(path, "newsgraph.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil && opts.ReadOnly {
		lock, err = os.Open(filepath.Join(path, "newsgraph.lock"))
		if err != nil {
			lock = nil
		}
	} else if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	if lock != nil {
		s.lock = lock
		if err := flockWait(lock, opts.LockTimeout); err != nil {
			return fmt.Errorf("store %s is %w (close it first, or choose another --dbpath)", path, ErrInUse)
		}
	}
	return s.openBoltFile(path, opts)
}

// openBoltFile opens the bolt file of a store whose lock s holds.
func (s *Store) openBoltFile(path string, opts Options) error {
	boltFile := filepath.Join(path, "indexes.bolt")
	if f, err := os.OpenFile(boltFile, os.O_RDONLY, 0); err == nil {
		err := flockWait(f, opts.LockTimeout)
		if err == nil {
			syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		}
		f.Close()
		if err != nil {
			return fmt.Errorf("store %s is %w (close it first, or choose another --dbpath)", path, ErrInUse)
		}
		// Check the file before bolt maps it.
		if err := CheckBoltFile(boltFile); err != nil {
			return fmt.Errorf("open store %s: %w (newsgraph check --dbpath %s tells more; restore a copy or load again into a new store)", path, err, path)
		}
	}
	// Cayley opens bolt with its defaults; newsgraph opens the same file
	// itself to map it in large steps. Bolt maps the file anew each time it
	// grows past the mapping, doubling it from 32 KB: a bulk load would
	// remap it a dozen times and fault every page in again each time. (The
	// mapping is address space; only the pages read count as memory.)
	db, err := hbolt.Open(boltFile, &bolt.Options{Timeout: opts.LockTimeout, InitialMmapSize: initialMmapSize, ReadOnly: opts.ReadOnly})
	if err != nil {
		return fmt.Errorf("open store %s: %w", path, err)
	}
	db.DB().NoSync = opts.NoSync
	db.DB().NoGrowSync = opts.NoSync
	s.bolt = db.DB()
	// Cayley's bloom filters live in memory: they cost about 700 MB for a
	// new store, and would not see the quads graph/boltkv writes.
	gopts := graph.Options{"no_bloom": true}
	if !opts.ReadOnly {
		if err := kv.Init(db, gopts); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			return fmt.Errorf("initialise store %s: %w", path, err)
		}
	}
	qs, err := kv.New(db, gopts)
	if err != nil {
		db.Close()
		return fmt.Errorf("open store %s: %w", path, err)
	}
	s.qs = qs
	return nil
}

// Rebuild writes the bolt file of the store anew: write gets the open
// database and a path beside it, and writes the new file there; Rebuild
// then closes the store, puts the new file in place of the old and opens
// it. It returns the reopened quad store (the old one is closed), or the
// error, leaving the store as it was when write fails. The store's lock is
// held throughout.
func (s *Store) Rebuild(write func(db *bolt.DB, path string) error) (graph.QuadStore, error) {
	if s.bolt == nil || s.opts.ReadOnly {
		return nil, fmt.Errorf("rebuild store %s: not a writable bolt store", s.Path)
	}
	file := filepath.Join(s.Path, "indexes.bolt")
	tmp := file + ".new"
	if err := write(s.bolt, tmp); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	err := s.qs.Close()
	s.qs, s.bolt = nil, nil
	if err == nil {
		err = os.Rename(tmp, file)
	}
	if err == nil {
		err = syncDir(s.Path)
	}
	if err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("rebuild store %s: %w", s.Path, err)
	}
	if err := s.openBoltFile(s.Path, s.opts); err != nil {
		return nil, err
	}
	return s.qs, nil
}

// EmptyBolt reports whether s is a writable bolt store that holds no quads
// yet: one that a load may write in one go (see Rebuild).
func (s *Store) EmptyBolt() bool {
	if s.bolt == nil || s.opts.ReadOnly {
		return false
	}
	empty, err := boltkv.Empty(s.bolt)
	return err == nil && empty
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// initialMmapSize is the first mapping of a bolt store's file (see openBolt).
const initialMmapSize = 1 << 30

// flockWait takes an exclusive lock on f, retrying until timeout.
func flockWait(f *os.File, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return err
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *Store) openSQL(backend, url string) error {
	if err := graph.InitQuadStore(backend, url, nil); err != nil &&
		!errors.Is(err, graph.ErrDatabaseExists) && !strings.Contains(err.Error(), "already exists") {
		return fmt.Errorf("initialise %s store %s: %w", backend, redact(url), err)
	}
	if err := indexLabels(backend, url); err != nil {
		return fmt.Errorf("open %s store %s: %w", backend, redact(url), err)
	}
	qs, err := graph.NewQuadStore(backend, url, nil)
	if err != nil {
		return fmt.Errorf("open %s store %s: %w", backend, redact(url), err)
	}
	s.qs = qs
	return nil
}

// sqlDrivers are the database/sql drivers Cayley's SQL backends dial with.
var sqlDrivers = map[string]string{Postgres: "postgres", Cockroach: "pgx"}

// indexLabels adds an index on the quads' labels to a SQL store. Cayley's
// schema has none, yet newsgraph looks quads up by label: an article's old
// quads when it is replaced, and a fact's evidence sentence. Without it each
// lookup scans the whole table, and loading grows with the store.
func indexLabels(backend, url string) error {
	db, err := sql.Open(sqlDrivers[backend], url)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE INDEX IF NOT EXISTS l_index ON quads (label_hash)`); err != nil {
		return fmt.Errorf("index quad labels: %w", err)
	}
	return nil
}

// redact hides a password in a database URL for messages.
func redact(url string) string {
	at := strings.LastIndex(url, "@")
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return url
	}
	cred := url[scheme+3 : at]
	if i := strings.Index(cred, ":"); i >= 0 {
		return url[:scheme+3] + cred[:i] + ":xxx" + url[at:]
	}
	return url
}

// QuadStore returns the underlying Cayley quad store.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Stats returns Cayley's counts of nodes and quads.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	return s.qs.Stats(ctx, false)
}

// Close closes the quad store and releases the store lock. A staged store
// that was not published is removed.
func (s *Store) Close() error {
	var err error
	if s.qs != nil {
		err = s.qs.Close()
		s.qs = nil
	}
	s.unlock()
	if s.final != "" {
		os.RemoveAll(s.Path)
		s.Path, s.final = s.final, ""
		return nil
	}
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.Path, err)
	}
	return nil
}

// Staged reports whether the store is being created in a hidden folder
// (Options.Staged) and not yet published.
func (s *Store) Staged() bool { return s.final != "" }

// Publish moves a staged store (Options.Staged) to its path, where other
// processes find it; it does nothing for other stores. The store stays open
// and locked. It fails, and Close then removes the staged store, when a
// store appeared at the path meanwhile.
func (s *Store) Publish() error {
	if s.final == "" {
		return nil
	}
	if err := os.Rename(s.Path, s.final); err != nil {
		if errors.Is(err, fs.ErrExist) || errors.Is(err, syscall.ENOTEMPTY) {
			return fmt.Errorf("store %s was created by another process during this load: load again to add to it", s.final)
		}
		return fmt.Errorf("create store %s: %w", s.final, err)
	}
	s.Path, s.final = s.final, ""
	if err := syncDir(filepath.Dir(s.Path)); err != nil {
		return fmt.Errorf("create store %s: %w", s.Path, err)
	}
	return nil
}

// stagingPrefix is the start of the name of a staged store's folder beside
// path.
func stagingPrefix(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".new-")
}

// stagingFolder removes what killed processes left of staged stores of
// path, and returns a new folder to stage a store of path in.
func stagingFolder(path string) (string, error) {
	prefix := stagingPrefix(path)
	old, _ := filepath.Glob(globEscape(prefix) + "*")
	for _, dir := range old {
		removeAbandoned(dir)
	}
	dir, err := os.MkdirTemp(filepath.Dir(path), filepath.Base(prefix))
	if err == nil {
		err = os.Chmod(dir, 0o755) // as a store made in place
	}
	if err != nil {
		return "", fmt.Errorf("create store %s: %w", path, err)
	}
	return dir, nil
}

// removeAbandoned removes the folder of a staged store when no process
// holds its lock: its load was killed. A folder without a lock file is left
// for a minute (a load may be about to take it).
func removeAbandoned(dir string) {
	lock, err := os.OpenFile(filepath.Join(dir, "newsgraph.lock"), os.O_RDWR, 0)
	if err != nil {
		if fi, serr := os.Stat(dir); serr == nil && time.Since(fi.ModTime()) > time.Minute {
			os.RemoveAll(dir)
		}
		return
	}
	defer lock.Close()
	if syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		return // a load is writing it
	}
	os.RemoveAll(dir)
}

// globEscape escapes the pattern characters of filepath.Match in s.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *Store) unlock() {
	if s.lock != nil {
		syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
		s.lock.Close()
		s.lock = nil
	}
}
