package extract

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// data holds the rules' word lists, a file per list (data/NAME.txt for the
// variable NAME): '#' lines say what the list is for, then one word a line,
// or a word, a tab and its value for lists that map words to something.
//
//go:embed data/*.txt
var data embed.FS

// dataLines returns the words (and values) of data/NAME.txt.
func dataLines(name string) [][2]string {
	b, err := data.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("extract: word list " + name + ": " + err.Error())
	}
	var out [][2]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "\t")
		out = append(out, [2]string{k, v})
	}
	return out
}

// wordSet reads a list of words.
func wordSet(name string) map[string]bool {
	ls := dataLines(name)
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[l[0]] = true
	}
	return m
}

// wordMap reads a list of words and their values.
func wordMap(name string) map[string]string { return wordMapOf[string](name) }

// wordMapOf reads a list of words and their values of a string type.
func wordMapOf[V ~string](name string) map[string]V {
	ls := dataLines(name)
	m := make(map[string]V, len(ls))
	for _, l := range ls {
		m[l[0]] = V(l[1])
	}
	return m
}

// wordInts reads a list of words and their whole-number values.
func wordInts(name string) map[string]int {
	ls := dataLines(name)
	m := make(map[string]int, len(ls))
	for _, l := range ls {
		n, err := strconv.Atoi(l[1])
		if err != nil {
			panic("extract: word list " + name + ": " + l[0] + ": " + err.Error())
		}
		m[l[0]] = n
	}
	return m
}

// wordList reads a list of words in the file's order.
func wordList(name string) []string {
	ls := dataLines(name)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l[0]
	}
	return out
}

// dataDigest is a digest of the word lists, part of Version: a change to a
// list changes the extractor's version.
var dataDigest = sync.OnceValue(func() string {
	var names []string
	fs.WalkDir(data, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		b, _ := data.ReadFile(n)
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
})
