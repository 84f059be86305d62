//go:build !linux

package bolt

import "os"

const vectoredWrites = false

const maxRunPages = 1024

func pwritev(f *os.File, bufs [][]byte, off int64) error {
	panic("bolt: pwritev is Linux's")
}

func populate(b []byte) {}
