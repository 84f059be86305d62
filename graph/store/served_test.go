package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestAdvertise: a server's file is found while its process holds the store,
// is stale (and removed) once the store is released or the process is gone,
// and is removed by its own server only.
func TestAdvertise(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	st, err := Open(Bolt, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	me := Served{Addr: "127.0.0.1:1234", PID: os.Getpid(), Token: "t", Started: time.Now()}
	remove, err := Advertise(path, me)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(filepath.Join(path, ServedFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("served file: %v, %v (want mode 0600: it holds the token)", fi, err)
	}
	got, err := FindServed(path)
	if err != nil || got == nil || got.Addr != me.Addr || got.Token != "t" || got.URL() != "http://127.0.0.1:1234" {
		t.Fatalf("FindServed = %+v, %v", got, err)
	}
	// A file left by a process that is gone.
	gone := me
	gone.PID = 1 << 22 // above Linux's pid_max default
	if _, err := Advertise(path, gone); err != nil {
		t.Fatal(err)
	}
	if got, err := FindServed(path); err != nil || got != nil {
		t.Errorf("stale file of a dead process: %+v, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(path, ServedFile)); !os.IsNotExist(err) {
		t.Errorf("stale file not removed: %v", err)
	}
	// A file whose store nobody holds.
	remove, err = Advertise(path, me)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got, err := FindServed(path); err != nil || got != nil {
		t.Errorf("store released: %+v, %v", got, err)
	}
	// remove leaves another server's file alone.
	other := me
	other.Addr = "127.0.0.1:999"
	if _, err := Advertise(path, other); err != nil {
		t.Fatal(err)
	}
	remove()
	if _, err := os.Stat(filepath.Join(path, ServedFile)); err != nil {
		t.Errorf("remove deleted another server's file: %v", err)
	}
	if got, err := FindServed(filepath.Join(t.TempDir(), "none")); got != nil || err != nil {
		t.Errorf("no store: %+v, %v", got, err)
	}
}
