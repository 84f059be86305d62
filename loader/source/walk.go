package source

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// walk reads every file under dir, recursively, in name order. Hidden files
// and folders (name starting with ".") are skipped. Symbolic links are
// followed; a link back to a folder already being read is reported as a
// loop and skipped, so a walk always ends.
func (r *reader) walk(dir string) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return r.fail(dir, statReason(err))
	}
	abs, err := filepath.Abs(real)
	if err != nil {
		return r.fail(dir, err)
	}
	return r.walkDir(dir, map[string]bool{abs: true})
}

// walkDir reads dir; active holds the real paths of the folders being read
// (dir's ancestors and dir itself).
func (r *reader) walkDir(dir string, active map[string]bool) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return r.fail(dir, readDirReason(err))
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				if e := r.fail(path, symlinkReason(path, err)); e != nil {
					return e
				}
				continue
			}
			isDir = fi.IsDir()
			if !isDir && !fi.Mode().IsRegular() {
				continue // a link to a pipe or device is skipped as they are
			}
		} else if !isDir && !e.Type().IsRegular() {
			continue // sockets, devices, named pipes: never articles, and a pipe would block
		}
		if !isDir {
			if err := r.file(path); err != nil {
				return err
			}
			continue
		}
		real, err := filepath.EvalSymlinks(path)
		if err == nil {
			real, err = filepath.Abs(real)
		}
		if err != nil {
			if e := r.fail(path, symlinkReason(path, err)); e != nil {
				return e
			}
			continue
		}
		if active[real] {
			if e := r.fail(path, fmt.Errorf("symlink loop (points back to %s), skipped", real)); e != nil {
				return e
			}
			continue
		}
		active[real] = true
		err = r.walkDir(path, active)
		delete(active, real)
		if err != nil {
			return err
		}
	}
	return nil
}

func readDirReason(err error) error {
	if errors.Is(err, os.ErrPermission) {
		return errors.New("permission denied")
	}
	return readReason(err)
}

func symlinkReason(path string, err error) error {
	if errors.Is(err, os.ErrNotExist) {
		if target, e := os.Readlink(path); e == nil {
			return fmt.Errorf("broken symlink to %s", target)
		}
	}
	var pe *os.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "too many levels of symbolic links") {
		return errors.New("symlink loop")
	}
	return statReason(err)
}
