// Package lexicon holds the word lists that the recogniser's rules (package
// ner) and the extractor's rules (package extract) both read, so that each is
// written once: data/NAME.txt, embedded, opens with '#' lines saying what the
// list is for, then holds one word a line, or a word, a tab and its value.
// Lists only one package reads live in that package's data folder, in the
// same format (Parse).
//
// A list made of others says so rather than repeating their words: a line
// "+ NAME" stands for the words of list NAME (of the same folder, or else a
// shared one; a package's list that brings in its own name extends the
// shared list of that name), and "- WORD" leaves out a word those brought in. Two lists
// that share words for different jobs say so in a comment, "# shares NAME:
// why"; CheckRepeats fails on lists that repeat another's words silently.
package lexicon

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:embed data/*.txt
var data embed.FS

// Parse reads a word list: the words (and values) of its lines, comments
// and blank lines left out.
func Parse(b []byte) [][2]string { return parse(string(b)) }

// parse is Parse of text: the words and values are cut from it, a slice of
// the lines is not made.
func parse(text string) [][2]string {
	out := make([][2]string, 0, strings.Count(text, "\n")+1)
	for done := false; !done; {
		line, rest, found := strings.Cut(text, "\n")
		text, done = rest, !found
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
// (data/NAME.txt), with the words of the lists its "+ NAME" lines bring in
// and without those its "- WORD" lines leave out; it panics when there is
// no such list, as the lists are embedded.
func Lines(fsys fs.FS, name string) [][2]string { return lines(fsys, name, 0) }

func lines(fsys fs.FS, name string, depth int) [][2]string {
	own, _ := find(fsys, "", name)
	if own == nil {
		panic("word list " + name + ": no data/" + name + ".txt")
	}
	if depth > 8 {
		panic("word list " + name + ": lists that bring each other in")
	}
	var out [][2]string
	// own is a copy of the embedded file (fs.ReadFile's), read by no one
	// else: its words are cut from it as it is, without a second copy.
	for _, l := range parse(unsafe.String(unsafe.SliceData(own), len(own))) {
		switch {
		case strings.HasPrefix(l[0], "+ "):
			inc := strings.TrimSpace(l[0][2:])
			_, from := find(fsys, name, inc)
			if from == nil {
				panic("word list " + name + ": + " + inc + ": no such list")
			}
			out = append(out, lines(from, inc, depth+1)...)
		case strings.HasPrefix(l[0], "- "):
			w := strings.TrimSpace(l[0][2:])
			out = slices.DeleteFunc(out, func(x [2]string) bool { return x[0] == w })
		default:
			out = append(out, l)
		}
	}
	return out
}

// find returns the text of list name, of fsys or else a shared one, and
// the folder it is in; list self brings it in, and its own name means the
// shared list of that name.
func find(fsys fs.FS, self, name string) ([]byte, fs.FS) {
	if name != self {
		if b, err := fs.ReadFile(fsys, "data/"+name+".txt"); err == nil {
			return b, fsys
		}
	} else if fsys == fs.FS(data) {
		return nil, nil // a shared list cannot extend itself
	}
	if b, err := fs.ReadFile(data, "data/"+name+".txt"); err == nil {
		return b, data
	}
	return nil, nil
}

// Lists returns the shared lists' folder (data/NAME.txt), for checks.
func Lists() fs.FS { return data }

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
// comment saying what it is for, none of words, a word twice (or also in a
// list it brings in) or with spaces at its ends, values on some words and
// not others, a "+ NAME" with no such list.
func Check(fsys fs.FS) []error {
	names, err := fs.Glob(fsys, "data/*.txt")
	if err != nil || len(names) == 0 {
		return []error{fmt.Errorf("no word lists: %v", err)}
	}
	var errs []error
	for _, n := range names {
		b, _ := fs.ReadFile(fsys, n)
		self := strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".txt")
		if !strings.HasPrefix(string(b), "# ") {
			errs = append(errs, fmt.Errorf("%s: no comment saying what the list is for", n))
		}
		ls := Parse(b)
		if len(ls) == 0 {
			errs = append(errs, fmt.Errorf("%s: empty", n))
			continue
		}
		seen := map[string]string{}
		valued := -1 // unknown until a word of the list's own
		for _, l := range ls {
			if inc, ok := strings.CutPrefix(l[0], "+ "); ok {
				inc = strings.TrimSpace(inc)
				_, from := find(fsys, self, inc)
				if from == nil {
					errs = append(errs, fmt.Errorf("%s: + %s: no such list", n, inc))
					continue
				}
				for _, w := range Lines(from, inc) {
					if _, dup := seen[w[0]]; !dup {
						seen[w[0]] = inc
					}
				}
				continue
			}
			if strings.HasPrefix(l[0], "- ") {
				continue
			}
			if from, dup := seen[l[0]]; dup {
				if from == "" {
					errs = append(errs, fmt.Errorf("%s: %q twice", n, l[0]))
				} else {
					errs = append(errs, fmt.Errorf("%s: %q is in %s, which it brings in", n, l[0], from))
				}
			}
			seen[l[0]] = ""
			if strings.TrimSpace(l[0]) != l[0] || l[0] == "" {
				errs = append(errs, fmt.Errorf("%s: word %q has spaces at its ends", n, l[0]))
			}
			v := 0
			if l[1] != "" {
				v = 1
			}
			if valued < 0 {
				valued = v
			} else if v != valued {
				errs = append(errs, fmt.Errorf("%s: %q: some words have a value, others not", n, l[0]))
			}
		}
	}
	return errs
}

// CheckRepeats reports the lists, across the folders given by package
// name, that repeat another's words without saying so: two lists that
// share three words or more, and at least half the words of the shorter,
// where neither brings the other in ("+ NAME") nor says why they share
// them ("# shares NAME: why", on either). Words are compared in lower case.
func CheckRepeats(folders map[string]fs.FS) []error {
	type list struct {
		id, name string
		words    map[string]bool
		says     map[string]bool // lists it brings in or says it shares with
	}
	var all []list
	pkgs := make([]string, 0, len(folders))
	for p := range folders {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		names, _ := fs.Glob(folders[p], "data/*.txt")
		for _, n := range names {
			b, _ := fs.ReadFile(folders[p], n)
			name := strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".txt")
			l := list{id: p + "/" + name, name: name, words: map[string]bool{}, says: map[string]bool{}}
			for _, line := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(line, "# shares "); ok {
					who, _, _ := strings.Cut(rest, ":")
					for _, w := range strings.FieldsFunc(who, func(r rune) bool { return r == ',' || r == ' ' }) {
						if w != "and" {
							l.says[w] = true
						}
					}
				}
			}
			for _, w := range Parse(b) {
				if inc, ok := strings.CutPrefix(w[0], "+ "); ok {
					l.says[strings.TrimSpace(inc)] = true
				} else if !strings.HasPrefix(w[0], "- ") {
					l.words[strings.ToLower(w[0])] = true
				}
			}
			all = append(all, l)
		}
	}
	var errs []error
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.says[b.name] || b.says[a.name] {
				continue
			}
			var shared []string
			for w := range a.words {
				if b.words[w] {
					shared = append(shared, w)
				}
			}
			if len(shared) >= 3 && 2*len(shared) >= min(len(a.words), len(b.words)) {
				sort.Strings(shared)
				errs = append(errs, fmt.Errorf("%s repeats %d words of %s (%s): bring one into the other (+ NAME) or say why in a comment (# shares NAME: why)", a.id, len(shared), b.id, strings.Join(shared, ", ")))
			}
		}
	}
	return errs
}
