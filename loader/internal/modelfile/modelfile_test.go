package modelfile

import (
	"bytes"
	"slices"
	"testing"
)

func TestReadKeysReadsWhatWriteKeysWrote(t *testing.T) {
	keys := []uint64{0, 1, 127, 128, 300, 1 << 40, 1<<64 - 1}
	var buf bytes.Buffer
	WriteKeys(&buf, keys)
	buf.WriteString("rest")
	got, rest, err := ReadKeys(buf.Bytes(), len(keys))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, keys) || string(rest) != "rest" {
		t.Errorf("ReadKeys = %v, rest %q; want %v, rest \"rest\"", got, rest, keys)
	}
}

func TestReadKeysRefusesTruncatedHashes(t *testing.T) {
	var buf bytes.Buffer
	WriteKeys(&buf, []uint64{5, 1 << 40})
	b := buf.Bytes()
	for _, cut := range [][]byte{b[:len(b)-1], b[:1], nil} {
		if _, _, err := ReadKeys(cut, 2); err == nil {
			t.Errorf("ReadKeys(% x, 2): no error", cut)
		}
	}
}
