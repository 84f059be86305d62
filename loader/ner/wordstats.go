package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/loader/internal/strtable"
)

// wordstats.tsv.gz holds, for words seen at least three times in unlabelled
// news (see ./wordstats), how often they are capitalised inside a sentence
// and their most frequent neighbours. Names are capitalised almost always;
// "Excess" or "Orders" at the start of a headline are not names.
//
//go:embed wordstats.tsv.gz
var wordstatsData []byte

type wordStat struct {
	bucket      byte // 0 never capitalised .. 4 always
	left, right string
}

// readWordStats reads wordstats.tsv.gz into a map (the tests compare it
// with statOf; statOf reads the file once, through loadStatTable).
func readWordStats() map[string]wordStat {
	m := make(map[string]wordStat, 20000) // about 19,000 words: sized once
	eachWordStat(func(w string, st wordStat) { m[w] = st })
	return m
}

// eachWordStat calls f with each word of wordstats.tsv.gz and its
// statistics, in the file's order. The words and contexts are cut from the
// one string the file decompresses to: no allocation a line.
func eachWordStat(f func(w string, st wordStat)) {
	zr, err := gzip.NewReader(bytes.NewReader(wordstatsData))
	if err != nil {
		panic("ner: wordstats: " + err.Error())
	}
	var buf bytes.Buffer
	if n := len(wordstatsData); n >= 4 {
		// gzip's last four bytes hold the size (modulo 2^32).
		buf.Grow(int(binary.LittleEndian.Uint32(wordstatsData[n-4:])) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		panic("ner: wordstats: " + err.Error())
	}
	text := buf.String()
	for text != "" {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		l = strings.TrimSuffix(l, "\r") // as bufio.ScanLines
		if l == "" || l[0] == '#' {
			continue
		}
		// Four tab-separated fields, no more, and a bucket.
		w, rest, ok1 := strings.Cut(l, "\t")
		bucket, rest, ok2 := strings.Cut(rest, "\t")
		left, right, ok3 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || !ok3 || strings.Contains(right, "\t") || bucket == "" {
			continue
		}
		f(w, wordStat{bucket: bucket[0] - '0', left: left, right: right})
	}
}

// statOf returns the statistics of a word; bucket 5 means unseen.
//
// The keys are in lower case (ASCII letters; ./wordstats writes them so),
// so one lookup of the word with its ASCII letters lowered finds what
// looking up the word and then its lowered form found.
func statOf(w string) wordStat {
	t := loadStatTable()
	// Lower-case into a stack buffer: no allocation for the lookup.
	var buf [48]byte
	if len(w) > len(buf) {
		if s, ok := t.get([]byte(w)); ok {
			return s
		}
		if s, ok := t.get([]byte(strings.ToLower(w))); ok {
			return s
		}
		return wordStat{bucket: 5}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if s, ok := t.get(buf[:len(w)]); ok {
		return s
	}
	return wordStat{bucket: 5}
}

// statTable holds the word statistics for statOf's lookups: a strtable of
// each word's index in stats, plus one.
type statTable struct {
	index strtable.Table
	stats []wordStat
}

var loadStatTable = sync.OnceValue(func() *statTable {
	t := &statTable{stats: make([]wordStat, 0, 20000)} // about 19,000 words
	keys, vals := make([]string, 0, 20000), make([]uint32, 0, 20000)
	eachWordStat(func(w string, st wordStat) {
		t.stats = append(t.stats, st)
		keys, vals = append(keys, w), append(vals, uint32(len(t.stats)))
	})
	// A word listed twice takes its last statistics, as in readWordStats.
	t.index = strtable.NewFrom(keys, vals)
	return t
})

// get returns the statistics of the word spelled by b.
func (t *statTable) get(b []byte) (wordStat, bool) {
	if i := t.index.GetBytes(b); i > 0 {
		return t.stats[i-1], true
	}
	return wordStat{}, false
}

// NameWord reports whether news writes w with a capital inside a sentence
// almost always ("Microsoft", "Caricom"), or w is unseen there: a name's
// word, not a capitalised common word ("Finance", "Opposition").
func NameWord(w string) bool { return statOf(w).bucket >= 4 }

// RareCapital reports whether news seldom writes w with a capital inside a
// sentence ("Drainage", "Health"): a capital on it opens a sentence or a
// heading rather than a name. Unseen words are not rare capitals.
func RareCapital(w string) bool { return statOf(w).bucket <= 2 }

// SeenName reports whether news writes w, seen there, with a capital inside
// a sentence almost always ("Anna", "Harry"): a name's word for sure.
func SeenName(w string) bool { return statOf(w).bucket == 4 }

// Unseen reports whether the news behind the statistics has not seen w
// (three times or more): no common word of English news.
func Unseen(w string) bool { return statOf(w).bucket == 5 }
