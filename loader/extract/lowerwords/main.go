// Command lowerwords writes the words English writes in lower case
// (data/lowerWords.txt.gz), a dictionary far larger than commonWords for the
// rules that ask whether a capital on a word says "name" or only "a sentence
// or a heading starts here":
//
//	apt-get install wamerican-large
//	go run ./loader/extract/lowerwords -out loader/extract/data/lowerWords.txt.gz
//
// A word is listed when SCOWL's large American list (size 60, Debian's
// wamerican-large, /usr/share/dict/american-english-large) holds it in lower
// case, it has at least three letters, and the news of this project
// (Reuters 1987, BBC 2004-05, the AG News test split) does not capitalise it
// inside sentences, or write it in capitals throughout, as often as it
// writes it in lower case ("bush", "ford", "apple" are dictionary words but
// names in news, "stet" once a firm's and never a word); or when the
// dictionary lacks it and news writes it in lower case inside sentences at
// least minLower times and nine times in ten. Only the list is kept, never
// text.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	dict := flag.String("dict", "/usr/share/dict/american-english-large", "SCOWL word list (Debian's wamerican-large)")
	bbc := flag.String("bbc", "/work/shared/data/bbc/articles.jsonl", "BBC articles (JSON Lines with a text field)")
	reuters := flag.String("reuters", "/work/shared/data/reuters/articles.jsonl", "Reuters articles (JSON Lines with a text field)")
	ag := flag.String("agnews", "/work/shared/data/agnews/test.csv", "AG News CSV (class, title, description)")
	out := flag.String("out", "lowerWords.txt.gz", "gzipped list to write")
	minLower := flag.Int("min", 5, "fewest lower-case uses inside sentences for a word the dictionary lacks")
	flag.Parse()
	if err := run(*dict, *bbc, *reuters, *ag, *out, *minLower); err != nil {
		fmt.Fprintln(os.Stderr, "lowerwords:", err)
		os.Exit(1)
	}
}

func run(dict, bbc, reuters, ag, out string, minLower int) error {
	words, err := dictWords(dict)
	if err != nil {
		return err
	}
	var c counts
	for _, p := range []string{reuters, bbc} {
		if err := eachJSONText(p, c.add); err != nil {
			return err
		}
	}
	if err := eachCSVText(ag, c.add); err != nil {
		return err
	}
	list := choose(words, &c, minLower)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range list {
		bw.WriteString(w)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Close()
}

// counts holds, for each word in lower case, how often news writes it in
// lower case and how often capitalised, inside a sentence (not its first
// word, nor after a colon, a quotation mark or a bracket), and how often
// in capitals throughout, anywhere ("USDA", "GDP": an acronym's).
type counts struct {
	lower, capital, caps map[string]int
}

// named is how often news writes w as a name: capitalised inside a
// sentence or in capitals throughout.
func (c *counts) named(w string) int { return c.capital[w] + c.caps[w] }

// add counts the words of one text.
func (c *counts) add(text string) {
	if c.lower == nil {
		c.lower, c.capital, c.caps = map[string]int{}, map[string]int{}, map[string]int{}
	}
	opening := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', ':', '"', '“', '”', '(', '\n':
				opening = true
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += n
		}
		w := text[i:j]
		i = j
		lw := strings.ToLower(w)
		if w == strings.ToUpper(w) && w != lw && utf8.RuneCountInString(w) > 1 {
			c.caps[lw]++ // an acronym's, or a line in capitals
			opening = false
			continue
		}
		if opening {
			opening = false
			continue
		}
		switch {
		case w == lw:
			c.lower[lw]++
		case unicode.IsUpper(r):
			c.capital[lw]++
		}
	}
}

// choose returns the listed words, sorted.
func choose(dict map[string]bool, c *counts, minLower int) []string {
	var list []string
	for w := range dict {
		if n := c.named(w); len(w) >= 3 && !(n >= 1 && n >= c.lower[w]) {
			list = append(list, w)
		}
	}
	for w, n := range c.lower {
		if !dict[w] && n >= minLower && n >= 9*c.named(w) && letters(w) && len(w) >= 3 {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	return list
}

// letters reports whether w is ASCII letters only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// dictWords reads the dictionary's entries written in lower case letters.
func dictWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := sc.Text(); letters(w) {
			words[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return words, nil
}

// eachJSONText calls f with the text field of each line of a JSON Lines file.
func eachJSONText(path string, f func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		f(a.Text)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// eachCSVText calls f with the description (third column) of each row of
// AG News's CSV.
func eachCSVText(path string, f func(string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(rec) >= 3 {
			f(rec[2])
		}
	}
}
