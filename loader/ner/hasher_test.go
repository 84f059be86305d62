package ner

import (
	"encoding/binary"
	"testing"
)

// TestHasherUint checks that u hashes a number as its eight bytes, the
// lowest first, one b at a time (the model's features were hashed so).
func TestHasherUint(t *testing.T) {
	for _, x := range []uint64{0, 1, 0xff, 0x0102030405060708, 0xfedcba9876543210, 1<<64 - 1, uint64(shape("Biden"))} {
		want := fnvOffset
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], x)
		for _, c := range b {
			want = want.b(c)
		}
		if got := fnvOffset.u(x); got != want {
			t.Errorf("u(%#x) = %#x, want %#x", x, got, want)
		}
	}
}
