package ner

import (
	"embed"
	"io/fs"

	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// data holds the rules' word lists, a file per list (data/NAME.txt for the
// variable NAME), in package lexicon's format: '#' lines say what the list
// is for, then one word a line. Lists the extractor's rules read too are in
// package lexicon.
//
//go:embed data/*.txt
var data embed.FS

// wordSet reads a list of words.
func wordSet(name string) map[string]bool { return lexicon.SetOf(data, name) }

// wordList reads a list of words in the file's order.
func wordList(name string) []string {
	ls := lexicon.Lines(data, name)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l[0]
	}
	return out
}

// Lists returns the rules' word lists' folder (data/NAME.txt), for checks.
func Lists() fs.FS { return data }
