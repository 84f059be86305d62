package extract

import (
	"embed"
	"sync"

	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// data holds the rules' word lists, a file per list (data/NAME.txt for the
// variable NAME): '#' lines say what the list is for, then one word a line,
// or a word, a tab and its value for lists that map words to something.
//
//go:embed data/*.txt
var data embed.FS

// dataLines returns the words (and values) of data/NAME.txt.
func dataLines(name string) [][2]string { return lexicon.Lines(data, name) }

// wordSet reads a list of words.
func wordSet(name string) map[string]bool { return lexicon.SetOf(data, name) }

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
func wordInts(name string) map[string]int { return lexicon.IntsOf(data, name) }

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
var dataDigest = sync.OnceValue(func() string { return lexicon.Digest(data) })
