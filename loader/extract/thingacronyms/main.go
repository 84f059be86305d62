// Command thingacronyms learns, from unlabelled news, the acronyms that name
// common things rather than bodies ("TV", "DVD", "PC": "two TVs", "a PC"),
// and writes them one a line for the extractor (data/thingAcronyms.txt):
//
//	go run ./loader/extract/thingacronyms -out loader/extract/data/thingAcronyms.txt
//
// An acronym counts as a thing each time news writes it in the plural
// ("DVDs") or as the head of a phrase opened by an indefinite article or a
// possessive pronoun ("a PC.", "his TV,"); as a body each time it takes a
// possessive ("IBM's") or a verb of speech ("GM said"). It is listed when
// its thing counts are at least minThing and more than twice its body
// counts; or when news spells it out in lower case before it in brackets
// ("gross national product (GNP)") more often than as a body's capitalised
// name ("Chicago Board of Trade (CBT)", spelled.go), and those spellings
// and its thing counts are more than twice its body counts. The default corpus is the BBC and Reuters articles and the AG
// News test split under /work/shared/data. Only the list is kept, never
// text.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

func main() {
	bbc := flag.String("bbc", "/work/shared/data/bbc/articles.jsonl", "BBC articles (JSON Lines with a text field)")
	reuters := flag.String("reuters", "/work/shared/data/reuters/articles.jsonl", "Reuters articles (JSON Lines with a text field)")
	ag := flag.String("agnews", "/work/shared/data/agnews/test.csv", "AG News CSV (class, title, description)")
	out := flag.String("out", "thingAcronyms.txt", "list to write")
	minThing := flag.Int("min", 3, "fewest uses as a thing")
	heads := flag.String("bodyheads", "loader/extract/data/spelledBodyHeads.txt", "words that end bodies' spelled-out names beyond the gazetteer's (one a line, # comments)")
	flag.Parse()
	bodyHeads, err := readWordSet(*heads)
	if err != nil {
		fmt.Fprintln(os.Stderr, "thingacronyms:", err)
		os.Exit(1)
	}
	var texts []string
	for _, p := range []string{*bbc, *reuters} {
		t, err := jsonTexts(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "thingacronyms:", err)
			os.Exit(1)
		}
		texts = append(texts, t...)
	}
	t, err := csvTexts(*ag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "thingacronyms:", err)
		os.Exit(1)
	}
	texts = append(texts, t...)
	list := learn(texts, *minThing, bodyHeads)
	var b strings.Builder
	b.WriteString("# thingAcronyms are acronyms that name common things, not bodies: news writes them in the plural or after\n")
	b.WriteString("# an indefinite article or a possessive pronoun more than twice as often as with a possessive or a verb of\n")
	b.WriteString("# speech, or spell them out in lower case before them in brackets (\"gross national product (GNP)\") more\n")
	b.WriteString("# often than as a body's capitalised name. Learned from unlabelled news by loader/extract/thingacronyms; do\n")
	b.WriteString("# not edit by hand.\n")
	for _, a := range list {
		b.WriteString(strings.ToLower(a) + "\n")
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "thingacronyms:", err)
		os.Exit(1)
	}
}

var (
	tokenRE   = regexp.MustCompile(`[A-Za-z]+(?:'s|’s)?|[0-9]+|[^\sA-Za-z0-9]`)
	acronymRE = regexp.MustCompile(`^[A-Z]{2,5}$`)
	openers   = map[string]bool{"a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true}
	speech    = map[string]bool{"said": true, "says": true, "announced": true, "reported": true, "told": true}
)

// learn counts each acronym's uses as a thing and as a body and returns the
// things, sorted.
func learn(texts []string, minThing int, bodyHeads map[string]bool) []string {
	thing, body := map[string]int{}, map[string]int{}
	term, bodyName := map[string]int{}, map[string]int{} // spelled out (spelled.go)
	for _, text := range texts {
		toks := tokenRE.FindAllString(text, -1)
		for i, w := range toks {
			if len(w) >= 3 && w[len(w)-1] == 's' && acronymRE.MatchString(w[:len(w)-1]) {
				thing[w[:len(w)-1]]++ // "DVDs"
				continue
			}
			if a, ok := strings.CutSuffix(w, "'s"); ok && acronymRE.MatchString(a) {
				body[a]++
				continue
			}
			if a, ok := strings.CutSuffix(w, "’s"); ok && acronymRE.MatchString(a) {
				body[a]++
				continue
			}
			if !acronymRE.MatchString(w) {
				continue
			}
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1]
			}
			if i > 0 && toks[i-1] == "(" && next == ")" {
				switch spelledBefore(toks, i-1, w, bodyHeads) {
				case spelledTerm:
					term[w]++
				case spelledBody:
					bodyName[w]++
				}
			}
			switch {
			case speech[next]:
				body[w]++
			case i > 0 && openers[toks[i-1]] && (next == "" || next == "." || next == "," || next == ";" || next == ")"):
				thing[w]++
			}
		}
	}
	var list []string
	for a, n := range thing {
		if n >= minThing && n > 2*body[a] {
			list = append(list, a)
		}
	}
	for a, n := range term {
		if thing[a] >= minThing && thing[a] > 2*body[a] {
			continue // listed above
		}
		if n > bodyName[a] && n+thing[a] > 2*body[a] {
			list = append(list, a) // "gross national product (GNP)"
		}
	}
	sort.Strings(list)
	return list
}

// readWordSet reads a word list, one a line in lower case, with # comments.
func readWordSet(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("body heads: %w", err)
	}
	set := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			set[strings.ToLower(l)] = true
		}
	}
	return set, nil
}

func jsonTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, a.Title+"\n"+a.Text)
	}
	return out, sc.Err()
}

func csvTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, strings.Join(rec[1:], "\n"))
	}
}
