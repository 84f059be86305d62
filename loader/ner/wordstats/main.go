// Command wordstats counts, over unlabelled news text, how often each word
// is capitalised away from the start of a sentence and which frequent words
// most often stand just before and after it, and writes the table the
// recogniser embeds as features (wordstats.tsv.gz):
//
//	go run ./loader/ner/wordstats -out loader/ner/wordstats.tsv.gz
//
// The default corpus is the BBC articles and the AG News test split under
// /work/shared/data. Only counts are kept, never text.
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

	"github.com/newsgraph/newsgraph/loader/nlp"
)

var ctxSize *int

type stat struct {
	n, capN     int
	left, right map[string]int
}

func main() {
	bbc := flag.String("bbc", "/work/shared/data/bbc/articles.jsonl", "BBC articles (JSON Lines with a text field)")
	ag := flag.String("agnews", "/work/shared/data/agnews/test.csv", "AG News CSV (class, title, description)")
	out := flag.String("out", "wordstats.tsv.gz", "table to write")
	minCount := flag.Int("min", 3, "smallest word count kept")
	ctxSize = flag.Int("context", 1000, "number of frequent words used as context")
	flag.Parse()
	if err := run(*bbc, *ag, *out, *minCount); err != nil {
		fmt.Fprintln(os.Stderr, "wordstats:", err)
		os.Exit(1)
	}
}

func run(bbc, ag, out string, minCount int) error {
	var texts []string
	f, err := os.Open(bbc)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s: %w", bbc, err)
		}
		texts = append(texts, a.Text)
	}
	f.Close()
	g, err := os.Open(ag)
	if err != nil {
		return err
	}
	r := csv.NewReader(g)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", ag, err)
		}
		if len(rec) == 3 {
			texts = append(texts, strings.ReplaceAll(rec[2], "\\", " "))
		}
	}
	g.Close()

	stats := map[string]*stat{}
	freq := map[string]int{}
	var sents [][]string
	for _, t := range texts {
		for _, s := range nlp.Analyse(t) {
			ws := s.Words()
			sents = append(sents, ws)
			for _, w := range ws {
				freq[strings.ToLower(w)]++
			}
		}
	}
	// Context vocabulary: the most frequent words.
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range freq {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	ctx := map[string]bool{}
	for i := 0; i < len(all) && i < *ctxSize; i++ {
		ctx[all[i].k] = true
	}
	for _, ws := range sents {
		for i, w := range ws {
			lw := strings.ToLower(w)
			st := stats[lw]
			if st == nil {
				st = &stat{left: map[string]int{}, right: map[string]int{}}
				stats[lw] = st
			}
			if i > 0 && w != lw {
				// Initial words are capitalised anyway; count the others.
				st.capN++
			}
			if i > 0 {
				st.n++
			}
			if i > 0 && ctx[strings.ToLower(ws[i-1])] {
				st.left[strings.ToLower(ws[i-1])]++
			}
			if i+1 < len(ws) && ctx[strings.ToLower(ws[i+1])] {
				st.right[strings.ToLower(ws[i+1])]++
			}
		}
	}
	var keys []string
	for k, st := range stats {
		if freq[k] >= minCount && st.n > 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# word\tcapitalised bucket (0 never .. 4 always)\ttop left context\ttop right context\n")
	for _, k := range keys {
		st := stats[k]
		ratio := float64(st.capN) / float64(st.n)
		bucket := 0
		switch {
		case ratio >= 0.95:
			bucket = 4
		case ratio >= 0.7:
			bucket = 3
		case ratio >= 0.3:
			bucket = 2
		case ratio > 0:
			bucket = 1
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\n", k, bucket, top(st.left), top(st.right))
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	io.WriteString(zw, b.String())
	if err := zw.Close(); err != nil {
		return err
	}
	return o.Close()
}

// top returns the most frequent context word seen at least twice, or "".
func top(m map[string]int) string {
	best, n := "", 1
	for k, v := range m {
		if v > n || v == n && best != "" && k < best {
			best, n = k, v
		}
	}
	return best
}
