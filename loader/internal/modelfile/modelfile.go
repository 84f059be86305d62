// Package modelfile holds what the recogniser's and the relation finder's
// model files share: a gzip-compressed body that opens with a four-byte
// magic, feature hashes written in ascending order as uvarint deltas, and
// the training programs' write-and-read-back step.
package modelfile

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// Open decompresses a model file and returns its body after magic.
func Open(data []byte, magic string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	// One buffer of the size gzip records at its end (ISIZE, modulo
	// 2^32): io.ReadAll would regrow its buffer, copying, some ten times.
	var buf bytes.Buffer
	if len(data) >= 4 {
		buf.Grow(int(binary.LittleEndian.Uint32(data[len(data)-4:])) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("not a %s file", magic)
	}
	return b[len(magic):], nil
}

// WriteKeys writes ascending hashes as uvarint deltas.
func WriteKeys(buf *bytes.Buffer, keys []uint64) {
	var prev uint64
	var tmp [binary.MaxVarintLen64]byte
	for _, k := range keys {
		n := binary.PutUvarint(tmp[:], k-prev)
		buf.Write(tmp[:n])
		prev = k
	}
}

// ReadKeys reads n hashes written by WriteKeys at the start of b and
// returns them and the rest of b. It reads the slice itself: through an
// io.ByteReader, a call per byte was most of the cost of loading a model.
func ReadKeys(b []byte, n int) ([]uint64, []byte, error) {
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		d, size := binary.Uvarint(b)
		if size <= 0 {
			return nil, nil, fmt.Errorf("hashes: hash %d of %d truncated or too long", i+1, n)
		}
		b = b[size:]
		prev += d
		keys[i] = prev
	}
	return keys, b, nil
}

// Save writes a model to path and returns the file's bytes as read back, so
// that the caller can check they load to the same model.
func Save(path string, m io.WriterTo) ([]byte, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}
