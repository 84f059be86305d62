package gazetteer

import (
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
	// One string of the whole file, which the lines (and the maps' keys
	// and values cut from them) share: one allocation, not one a line.
	text := string(b)
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for text != "" {
		l, rest, _ := strings.Cut(text, "\n")
		text = rest
		l = strings.TrimSuffix(l, "\r") // as bufio.ScanLines
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	return out
}

// fields cuts a tab-separated line into f, n fields at most (the last one
// holds the rest), and returns how many it found: strings.Split without a
// slice a line.
func fields(l string, f []string) int {
	n := 0
	for n < len(f)-1 {
		a, b, ok := strings.Cut(l, "\t")
		if !ok {
			break
		}
		f[n], l = a, b
		n++
	}
	f[n] = l
	return n + 1
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
