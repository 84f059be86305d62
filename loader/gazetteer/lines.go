package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"strings"
)

// lines returns the lines of an embedded data file (gunzipped when its name
// ends in .gz), without blank lines and # comments.
func lines(name string) []string {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		panic("gazetteer: " + err.Error())
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			panic("gazetteer: " + name + ": " + err.Error())
		}
		b, err = readAllSized(zr, b)
		if err != nil {
			panic("gazetteer: " + name + ": " + err.Error())
		}
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// readAllSized reads all of zr, a gzip stream of the bytes gz, into one
// buffer of the size gzip records at its end (ISIZE, the size modulo
// 2^32), so that the buffer is not regrown as it fills.
func readAllSized(zr io.Reader, gz []byte) ([]byte, error) {
	var buf bytes.Buffer
	if len(gz) >= 4 {
		buf.Grow(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(zr)
	return buf.Bytes(), err
}
