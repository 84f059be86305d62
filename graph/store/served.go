package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// ServedFile is the file a running newsgraph serve writes into the folder of
// the bolt store it holds, so that other commands on the same store can ask
// it instead of waiting for the store's lock.
const ServedFile = "newsgraph.serve"

// Served describes the server holding a store.
type Served struct {
	Addr     string    `json:"addr"` // host:port it listens on
	PID      int       `json:"pid"`
	Token    string    `json:"token,omitempty"` // the token its requests need, if any
	Writable bool      `json:"writable,omitempty"`
	Started  time.Time `json:"started"`
}

// URL is the server's base address, http://HOST:PORT.
func (s *Served) URL() string { return "http://" + s.Addr }

// Advertise writes s into the folder of the bolt store at path, readable by
// its owner only (it may hold the token). The returned function removes it.
func Advertise(path string, s Served) (remove func(), err error) {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	file := filepath.Join(path, ServedFile)
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o600); err != nil {
		return nil, fmt.Errorf("advertise server in %s: %w", path, err)
	}
	if err := os.Rename(tmp, file); err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("advertise server in %s: %w", path, err)
	}
	return func() {
		// Only our own file: a newer server may have replaced it.
		if cur, err := readServed(file); err == nil && cur.PID == s.PID && cur.Addr == s.Addr {
			os.Remove(file)
		}
	}, nil
}

// FindServed returns the server that advertises itself beside the bolt store
// at path, or nil when there is none. A file whose process is gone, or
// whose store nobody holds, is stale: FindServed removes it and returns nil.
func FindServed(path string) (*Served, error) {
	if path == "" {
		path = DefaultPath
	}
	file := filepath.Join(path, ServedFile)
	s, err := readServed(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	if !processAlive(s.PID) || !lockHeld(filepath.Join(path, "newsgraph.lock")) {
		os.Remove(file)
		return nil, nil
	}
	return s, nil
}

func readServed(file string) (*Served, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var s Served
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	if s.Addr == "" || s.PID <= 0 {
		return nil, errors.New("no address or pid")
	}
	return &s, nil
}

func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// lockHeld reports whether another process holds the store's lock file.
func lockHeld(file string) bool {
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
