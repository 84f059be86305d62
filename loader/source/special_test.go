package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readAll reads inputs and returns the messages of the failed ones and the
// headlines of the articles, failing the test if reading takes over 10 s.
func readBounded(t *testing.T, ctx context.Context, inputs ...string) (errs, heads []string) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		done <- Read(ctx, inputs, Options{}, func(it Item) error {
			if it.Err != nil {
				errs = append(errs, it.Err.Error())
			} else {
				heads = append(heads, it.Article.Headline)
			}
			return nil
		})
	}()
	select {
	case err := <-done:
		if err != nil && ctx.Err() == nil {
			t.Fatalf("Read: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("reading %v hangs", inputs)
	}
	return errs, heads
}

// Issue 16, item 4: a named pipe, given directly or behind a symlink, or in
// a folder behind a symlink, never makes a load hang.
func TestNamedPipeNeverBlocks(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	os.Symlink(fifo, filepath.Join(folder, "link.txt"))
	os.WriteFile(filepath.Join(folder, "real.txt"), []byte("A real headline\n\nWendy Sherman met Sergei Ryabkov in Geneva on Monday.\n"), 0o644)

	// A pipe without a writer reads as empty, directly or through a link.
	for _, in := range []string{fifo, link} {
		errs, heads := readBounded(t, context.Background(), in)
		if len(heads) != 0 || len(errs) != 1 || !strings.Contains(errs[0], "empty") {
			t.Errorf("%s: errors %q, articles %q; want one 'empty input' error", in, errs, heads)
		}
	}
	// In a folder, a link to a pipe is skipped like a pipe.
	errs, heads := readBounded(t, context.Background(), folder)
	if len(errs) != 0 || len(heads) != 1 {
		t.Errorf("folder: errors %q, articles %q; want the one real article", errs, heads)
	}
	// A writer that never writes: Ctrl-C (the context) stops the read.
	w, err := os.OpenFile(fifo, os.O_RDWR, 0) // keeps a writer open
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	readBounded(t, ctx, link)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelled read of a silent pipe took %s", d)
	}
	// A pipe with a writer is read (as for `load <(zcat a.txt.gz)`). The
	// test holds a reader of its own open, so that the pipe and what the
	// writer wrote outlive the writer's close even when that close comes
	// before Read opens the pipe (the kernel drops a pipe's data with its
	// last open end).
	keep, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer keep.Close()
	go func() {
		w.Write([]byte("Piped headline\n\nWendy Sherman met Sergei Ryabkov in Geneva on Monday.\n"))
		w.Close()
	}()
	_, heads = readBounded(t, context.Background(), fifo)
	if len(heads) != 1 || heads[0] != "Piped headline" {
		t.Errorf("pipe with a writer: articles %q", heads)
	}
	// Devices are refused.
	errs, _ = readBounded(t, context.Background(), "/dev/zero")
	if len(errs) != 1 || !strings.Contains(errs[0], "not a regular file") {
		t.Errorf("/dev/zero: %q", errs)
	}
}
