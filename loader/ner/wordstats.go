package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
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

// readWordStats reads wordstats.tsv.gz (statOf reads it once, through
// loadStatTable).
func readWordStats() map[string]wordStat {
	m := make(map[string]wordStat, 20000) // about 19,000 words: sized once
	zr, err := gzip.NewReader(bytes.NewReader(wordstatsData))
	if err != nil {
		panic("ner: wordstats: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 || f[1] == "" {
			continue
		}
		m[f[0]] = wordStat{bucket: f[1][0] - '0', left: f[2], right: f[3]}
	}
	if err := sc.Err(); err != nil {
		panic("ner: wordstats: " + err.Error())
	}
	return m
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
	ws := readWordStats()
	t := &statTable{stats: make([]wordStat, 0, len(ws))}
	index := make(map[string]uint32, len(ws))
	for w, st := range ws {
		t.stats = append(t.stats, st)
		index[w] = uint32(len(t.stats))
	}
	t.index = strtable.New(index)
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
