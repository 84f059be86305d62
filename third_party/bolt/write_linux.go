package bolt

import (
	"os"
	"syscall"
	"unsafe"
)

// vectoredWrites: a commit writes each run of consecutive pages with
// pwritev, up to maxRunPages pages a call, rather than a pwrite per page.
const vectoredWrites = true

// maxRunPages is the most buffers one pwritev takes (IOV_MAX).
const maxRunPages = 1024

// pwritev writes bufs one after the other from offset off, going on after
// a short write.
func pwritev(f *os.File, bufs [][]byte, off int64) error {
	iov := make([]syscall.Iovec, 0, len(bufs))
	for _, b := range bufs {
		if len(b) > 0 {
			iov = append(iov, syscall.Iovec{Base: &b[0], Len: uint64(len(b))})
		}
	}
	fd := f.Fd()
	for len(iov) > 0 {
		n, _, errno := syscall.Syscall6(syscall.SYS_PWRITEV, fd, uintptr(unsafe.Pointer(&iov[0])), uintptr(len(iov)), uintptr(off), uintptr(uint64(off)>>(8*unsafe.Sizeof(uintptr(0))-1)>>1), 0)
		if errno == syscall.EINTR {
			continue
		}
		if errno != 0 {
			return &os.PathError{Op: "pwritev", Path: f.Name(), Err: errno}
		}
		if n == 0 {
			return &os.PathError{Op: "pwritev", Path: f.Name(), Err: syscall.EIO}
		}
		off += int64(n)
		for n > 0 {
			if uint64(n) < iov[0].Len {
				iov[0].Base = (*byte)(unsafe.Add(unsafe.Pointer(iov[0].Base), n))
				iov[0].Len -= uint64(n)
				n = 0
			} else {
				n -= uintptr(iov[0].Len)
				iov = iov[1:]
			}
		}
	}
	return nil
}

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14).
const madvPopulateWrite = 23

// populate maps the memory of b in one call, ahead of its first writes; on
// an older kernel it does nothing (the writes fault the pages in).
func populate(b []byte) {
	if len(b) > 0 {
		syscall.Madvise(b, madvPopulateWrite)
	}
}
