package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"hash/maphash"
	"strings"
	"sync"
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
		if s, ok := t.long[w]; ok {
			return s
		}
		if s, ok := t.long[strings.ToLower(w)]; ok {
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

// statTable holds the word statistics for statOf's lookups: open addressing
// over 16-byte slots that hold a word of up to 11 bytes inline (most words),
// as the tagger's termIndex does, so that a lookup reads one slot where a Go
// map reads a control word, a slot and the key's bytes; longer words are in
// a Go map.
type statTable struct {
	slots []statSlot
	mask  uint64
	seed  maphash.Seed
	stats []wordStat
	long  map[string]wordStat
}

// statSlot is one slot: n is the key's length plus one (0: empty), idx the
// word's index in statTable.stats.
type statSlot struct {
	key [11]byte
	n   uint8
	idx uint32
}

var loadStatTable = sync.OnceValue(func() *statTable {
	ws := readWordStats()
	t := &statTable{seed: maphash.MakeSeed(), long: map[string]wordStat{}, stats: make([]wordStat, 0, len(ws))}
	size := 1
	for size < 3*len(ws)/2+1 {
		size <<= 1
	}
	t.slots, t.mask = make([]statSlot, size), uint64(size-1)
	for w, st := range ws {
		if len(w) > len(statSlot{}.key) {
			t.long[w] = st
			continue
		}
		i := maphash.String(t.seed, w) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		sl := &t.slots[i]
		copy(sl.key[:], w)
		sl.n, sl.idx = uint8(len(w)+1), uint32(len(t.stats))
		t.stats = append(t.stats, st)
	}
	return t
})

// get returns the statistics of the word spelled by b.
func (t *statTable) get(b []byte) (wordStat, bool) {
	if len(b) > len(statSlot{}.key) {
		st, ok := t.long[string(b)]
		return st, ok
	}
	n := uint8(len(b) + 1)
	for i := maphash.Bytes(t.seed, b) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == n && string(sl.key[:len(b)]) == string(b) {
			return t.stats[sl.idx], true
		}
		if sl.n == 0 {
			return wordStat{}, false
		}
	}
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
