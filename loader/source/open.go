package source

import (
	"context"
	"errors"
	"io"
	"os"
	"syscall"
)

// OpenFile opens a file to read without ever blocking on a special file,
// whatever the path (a named pipe given directly or behind a symlink): it
// opens with O_NONBLOCK, so opening a pipe that has no writer returns at
// once, and checks the opened file itself (not the path, which may change
// between a stat and the open). Regular files are read as usual. A named
// pipe is read through Go's poller and closed when ctx ends, so Ctrl-C stops
// a read that waits for a writer; a pipe without a writer reads as empty.
// Devices and sockets are refused.
func OpenFile(ctx context.Context, path string) (io.ReadCloser, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	switch m := fi.Mode(); {
	case m.IsRegular():
		return f, nil
	case m&os.ModeNamedPipe != 0:
		stop := context.AfterFunc(ctx, func() { f.Close() })
		return &pipeFile{File: f, stop: stop}, nil
	case m.IsDir():
		f.Close()
		return nil, &os.PathError{Op: "open", Path: path, Err: errors.New("is a folder")}
	default:
		f.Close()
		return nil, &os.PathError{Op: "open", Path: path, Err: errSpecial}
	}
}

var errSpecial = errors.New("not a regular file (a device or socket), not read")

// pipeFile is a named pipe closed when its context ends.
type pipeFile struct {
	*os.File
	stop func() bool
}

func (p *pipeFile) Close() error {
	p.stop()
	return p.File.Close()
}
