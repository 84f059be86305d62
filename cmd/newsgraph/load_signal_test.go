package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// bigCorpus writes n synthetic articles of three paragraphs each.
func bigCorpus(t *testing.T, n int) string {
	t.Helper()
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"id": "syn-%d", "title": "Story %d", "text": "Anna Berg met Carl Dahl in Oslo on day %d.\n\nThe meeting lasted %d hours.\n\nBoth sides called it useful."}`+"\n", i, i, i, i%24)
	}
	path := filepath.Join(t.TempDir(), "big.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// newsgraphCmd runs this test binary as the newsgraph command (testscript.Main
// in TestMain dispatches on the program name).
func newsgraphCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "newsgraph")
	if err := os.Symlink(exe, link); err != nil {
		t.Fatal(err)
	}
	return exec.Command(link, args...)
}

// checkWhole opens the store and checks that it holds only whole articles:
// each with its content hash and its three sentences.
func checkWhole(t *testing.T, db string) int {
	t.Helper()
	s, err := store.Open(store.Bolt, db, store.Options{})
	if err != nil {
		t.Fatalf("store after the load does not open: %v", err)
	}
	defer s.Close()
	c, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Sentences != 3*c.Articles {
		t.Errorf("store holds %d articles but %d sentences: an article is not whole", c.Articles, c.Sentences)
	}
	return c.Articles
}

// loadUntilSignal signals a load midway. When existing is set, the store
// holds an article before, so that the load commits batch after batch;
// else the load makes a new store, which it writes when it ends.
func loadUntilSignal(t *testing.T, sig syscall.Signal, existing bool) {
	if testing.Short() {
		t.Skip("loads a large corpus")
	}
	const n = 20000
	corpus := bigCorpus(t, n)
	db := filepath.Join(t.TempDir(), "sig.db")
	if existing {
		first, err := os.ReadFile(corpus)
		if err != nil {
			t.Fatal(err)
		}
		one := filepath.Join(t.TempDir(), "one.jsonl")
		if err := os.WriteFile(one, first[:bytes.IndexByte(first, '\n')+1], 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "never", one).CombinedOutput(); err != nil {
			t.Fatalf("first load: %v\n%s", err, out)
		}
	}
	cmd := newsgraphCmd(t, "load", "--dbpath", db, "--batch", "20000", "--progress", "always", corpus)
	var stdout bytes.Buffer
	var stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the progress bar shows committed quads, then signal.
	committed := regexp.MustCompile(`[1-9][0-9]* quads`)
	deadline := time.Now().Add(60 * time.Second)
	for !committed.MatchString(stderr.String()) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(sig)
	err := cmd.Wait()
	tail := stderr.String()
	if i := strings.LastIndex(tail, "\r"); i >= 0 {
		tail = tail[i+1:]
	}
	t.Logf("stdout: %s\nstderr (end): %s", stdout.String(), tail)
	if err == nil {
		t.Log("the load finished before the signal; nothing interrupted")
	}
	got := checkWhole(t, db)
	if sig == syscall.SIGINT && err != nil {
		if !strings.Contains(stderr.String(), "interrupted: stopped after") {
			t.Errorf("after Ctrl-C, stderr does not say how far the load got:\n%s", stderr.String())
		}
		if !strings.Contains(stdout.String(), fmt.Sprintf("loaded %d articles", got)) {
			t.Errorf("summary %q does not match the %d articles stored", stdout.String(), got)
		}
	}
	t.Logf("%d of %d articles stored after %v", got, n, sig)
	// Loading again completes the store.
	again := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "never", corpus)
	out, err := again.CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("loaded %d articles (%d skipped, 0 failed)", n-got, got); !strings.Contains(string(out), want) {
		t.Errorf("rerun: %s, want %s", out, want)
	}
	if all := checkWhole(t, db); all != n {
		t.Errorf("after the rerun the store holds %d articles, want %d", all, n)
	}
}

// TestLoadSIGKILL kills a load into a store midway: the store must open,
// hold only whole articles, and a rerun must complete it.
func TestLoadSIGKILL(t *testing.T) { loadUntilSignal(t, syscall.SIGKILL, true) }

// TestLoadInterrupt sends Ctrl-C midway through a load into a new store: the
// load stops, writes the store of the articles read and says how far it got.
func TestLoadInterrupt(t *testing.T) { loadUntilSignal(t, syscall.SIGINT, false) }

// TestLoadSIGKILLNewStore kills a load that makes a new store while it
// gathers the articles (it waits on its standard input for more): no store
// must be left at the path, not even an empty one, and a rerun must load
// every article and remove what the killed load left beside the path.
func TestLoadSIGKILLNewStore(t *testing.T) {
	const n = 40
	corpus := bigCorpus(t, n)
	articles, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "new.db")
	cmd := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "always", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if _, err := stdin.Write(articles); err != nil {
		t.Fatal(err)
	}
	// The progress display counts the quads gathered; the load then waits
	// for more input.
	gathered := regexp.MustCompile(`[1-9][0-9]* quads`)
	deadline := time.Now().Add(60 * time.Second)
	for !gathered.MatchString(stderr.String()) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !gathered.MatchString(stderr.String()) {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the load shows no quads gathered:\n%s", stderr.String())
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Lstat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("after the kill, %s exists (%v): want no store", db, err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".new.db.new-*"))
	if len(left) != 1 {
		t.Errorf("beside the store path: %v, want the killed load's one staging folder", left)
	}
	stats, err := newsgraphCmd(t, "stats", "--dbpath", db).CombinedOutput()
	if err == nil || !strings.Contains(string(stats), "no store") {
		t.Errorf("stats after the kill: %v\n%s\nwant: no store", err, stats)
	}
	out, err := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "never", corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("loaded %d articles (0 skipped, 0 failed)", n); !strings.Contains(string(out), want) {
		t.Errorf("rerun: %s, want %s", out, want)
	}
	if got := checkWhole(t, db); got != n {
		t.Errorf("after the rerun the store holds %d articles, want %d", got, n)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".new.db.new-*")); len(left) != 0 {
		t.Errorf("after the rerun, left beside the store: %v", left)
	}
}

// TestStoreInUse holds a bolt store with a load that waits on its standard
// input; a second command on the same store must fail quickly saying so.
func TestStoreInUse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "busy.db")
	// A load into a new store makes it beside its path: the store must
	// exist first.
	if out, err := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "never", bigCorpus(t, 1)).CombinedOutput(); err != nil {
		t.Fatalf("first load: %v\n%s", err, out)
	}
	holder := newsgraphCmd(t, "load", "--dbpath", db, "--progress", "never", "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		holder.Wait()
	}()
	// Wait until the holder holds the store's lock.
	lock, err := os.Open(filepath.Join(db, "newsgraph.lock"))
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	for i := 0; i < 3000; i++ {
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			break
		}
		syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
		time.Sleep(10 * time.Millisecond)
	}
	second := newsgraphCmd(t, "stats", "--dbpath", db)
	done := make(chan struct{})
	var out []byte
	go func() {
		out, err = second.CombinedOutput()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		second.Process.Kill()
		t.Fatal("a second command on a store in use hangs")
	}
	if err == nil || !strings.Contains(string(out), "store "+db+" is in use by another process") {
		t.Errorf("second command: %v\n%s\nwant a failure saying the store is in use", err, out)
	}
}
