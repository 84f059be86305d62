// Package lexicon holds the word lists that the recogniser's rules (package
// ner) and the extractor's rules (package extract) both read, so that each is
// written once: data/NAME.txt, embedded, opens with '#' lines saying what the
// list is for, then holds one word a line, or a word, a tab and its value.
// Lists only one package reads live in that package's data folder, in the
// same format (Parse).
package lexicon

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var data embed.FS

// Parse reads a word list: the words (and values) of its lines, comments
// and blank lines left out.
func Parse(b []byte) [][2]string {
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

// Lines returns the words (and values) of list name of fsys
// (data/NAME.txt); it panics when there is none, as the lists are embedded.
func Lines(fsys fs.FS, name string) [][2]string {
	b, err := fs.ReadFile(fsys, "data/"+name+".txt")
	if err != nil {
		panic("word list " + name + ": " + err.Error())
	}
	return Parse(b)
}

// Set returns the words of a shared list.
func Set(name string) map[string]bool { return SetOf(data, name) }

// Map returns the words of a shared list with their values.
func Map(name string) map[string]string { return MapOf(data, name) }

// MapOf returns the words of list name of fsys with their values.
func MapOf(fsys fs.FS, name string) map[string]string {
	ls := Lines(fsys, name)
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		m[l[0]] = l[1]
	}
	return m
}

// Keys returns the words of a shared list, whatever their values.
func Keys(name string) map[string]bool { return SetOf(data, name) }

// Ints returns the words of a shared list with their whole-number values.
func Ints(name string) map[string]int { return IntsOf(data, name) }

// SetOf returns the words of list name of fsys.
func SetOf(fsys fs.FS, name string) map[string]bool {
	ls := Lines(fsys, name)
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[l[0]] = true
	}
	return m
}

// IntsOf returns the words of list name of fsys with their whole-number
// values.
func IntsOf(fsys fs.FS, name string) map[string]int {
	ls := Lines(fsys, name)
	m := make(map[string]int, len(ls))
	for _, l := range ls {
		n, err := strconv.Atoi(l[1])
		if err != nil {
			panic("word list " + name + ": " + l[0] + ": " + err.Error())
		}
		m[l[0]] = n
	}
	return m
}

// Names returns the shared lists' names, sorted.
func Names() []string {
	names, _ := fs.Glob(data, "data/*.txt")
	for i, n := range names {
		names[i] = strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".txt")
	}
	sort.Strings(names)
	return names
}

// Digest returns a digest of the lists of fsys, for an extractor's
// version: a change to a list changes it.
func Digest(fsys fs.FS) string {
	var names []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		b, _ := fs.ReadFile(fsys, n)
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// DataDigest is the digest of the shared lists.
var DataDigest = sync.OnceValue(func() string { return Digest(data) })

// Check reports what is wrong with the lists of fsys: a list with no
// comment saying what it is for, none of words, a word twice or with spaces
// at its ends, values on some words and not others.
func Check(fsys fs.FS) []error {
	names, err := fs.Glob(fsys, "data/*.txt")
	if err != nil || len(names) == 0 {
		return []error{fmt.Errorf("no word lists: %v", err)}
	}
	var errs []error
	for _, n := range names {
		b, _ := fs.ReadFile(fsys, n)
		if !strings.HasPrefix(string(b), "# ") {
			errs = append(errs, fmt.Errorf("%s: no comment saying what the list is for", n))
		}
		ls := Parse(b)
		if len(ls) == 0 {
			errs = append(errs, fmt.Errorf("%s: empty", n))
			continue
		}
		seen := map[string]bool{}
		valued := ls[0][1] != ""
		for _, l := range ls {
			if seen[l[0]] {
				errs = append(errs, fmt.Errorf("%s: %q twice", n, l[0]))
			}
			seen[l[0]] = true
			if strings.TrimSpace(l[0]) != l[0] || l[0] == "" {
				errs = append(errs, fmt.Errorf("%s: word %q has spaces at its ends", n, l[0]))
			}
			if (l[1] != "") != valued {
				errs = append(errs, fmt.Errorf("%s: %q: some words have a value, others not", n, l[0]))
			}
		}
	}
	return errs
}
