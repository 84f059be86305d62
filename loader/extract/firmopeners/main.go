// Command firmopeners learns, from unlabelled news, which words open
// firms' names rather than people's, by how articles go on to name them: a
// person named in full ("Iveta Benesova") is named again by the surname
// alone ("Benesova", "Mr Benesova"), a firm ("Kidder Peabody") by its
// first word ("Kidder"). It counts, over the last two words of capitalised
// names inside sentences (a title before them left out; places, and names
// ending in an organisation word, left out), the articles that name them
// again by the last word alone and those that do by the first, and writes
// the first words of the second kind at least twice as often as of the
// first, and in at least -min articles, as the list loader/extract embeds
// (data/firmOpeners.txt):
//
//	go run ./loader/extract/firmopeners -out loader/extract/data/firmOpeners.txt
//
// The default corpora are the Reuters and BBC articles under
// /work/shared/data. Only counts are kept, never text.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// run finds capitalised words after a word in lower case (inside a
// sentence), not before another capitalised word: "said [Chancellor Nigel
// Lawson]", "led by [Kidder Peabody]".
var run = regexp.MustCompile(`(?:^|[^A-Za-z])[a-z]+[,;]? ((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? )+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?:[^A-Za-z0-9&'-]|$)`)

// counts are, for a word, the articles that name again by the last word a
// name it opens (given) and by the first (firm), and a name it ends by
// itself (surname).
type counts struct{ given, firm, surname int }

func main() {
	in := flag.String("in", "/work/shared/data/reuters/articles.jsonl,/work/shared/data/bbc/articles.jsonl", "JSON Lines corpora (comma-separated) with a text field")
	out := flag.String("out", "firmOpeners.txt", "list of firm openers to write")
	surnamesOut := flag.String("surnames", "", "list of surnames to write too (loader/extract/data/surnames.txt)")
	minCount := flag.Int("min", 2, "fewest articles a word must open a name of its kind in")
	flag.Parse()
	c := map[string]*counts{}
	for _, path := range strings.Split(*in, ",") {
		if err := read(path, c); err != nil {
			fmt.Fprintln(os.Stderr, "firmopeners:", err)
			os.Exit(1)
		}
	}
	// calendar words open dates, not names ("March Madness")
	calendar := lexicon.SetOf(lexicon.Lists(), "monthNames")
	for w := range lexicon.SetOf(lexicon.Lists(), "weekdays") {
		calendar[w] = true
	}
	var firm []string
	for w, n := range c {
		if !calendar[strings.ToLower(w)] && n.firm >= *minCount && n.firm >= 2*n.given {
			firm = append(firm, strings.ToLower(w))
		}
	}
	sort.Strings(firm)
	var b strings.Builder
	b.WriteString("# firmOpeners are words that open firms' names in news rather than people's, by how articles name\n")
	b.WriteString("# them again: by the first word (\"Kidder Peabody\" ... \"Kidder\"), not the last (\"Iveta Benesova\" ...\n")
	b.WriteString("# \"Benesova\"). Written by go run ./loader/extract/firmopeners over the Reuters and BBC articles;\n")
	b.WriteString("# lower-cased, counts only, no text.\n")
	for _, w := range firm {
		b.WriteString(w + "\n")
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "firmopeners:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d firm openers\n", len(firm))
	if *surnamesOut == "" {
		return
	}
	var sur []string
	for w, n := range c {
		if !calendar[strings.ToLower(w)] && n.surname >= *minCount && n.surname >= 2*n.firm {
			sur = append(sur, strings.ToLower(w))
		}
	}
	sort.Strings(sur)
	b.Reset()
	b.WriteString("# surnames are words that end people's names in news, by how articles name them again: by that\n")
	b.WriteString("# word alone (\"Iveta Benesova\" ... \"Benesova\", \"Mr Benesova\"), in two articles at least, and rarely\n")
	b.WriteString("# open a firm's name so named (firmOpeners). Written by go run ./loader/extract/firmopeners -surnames\n")
	b.WriteString("# over the Reuters and BBC articles; lower-cased, counts only, no text.\n")
	for _, w := range sur {
		b.WriteString(w + "\n")
	}
	if err := os.WriteFile(*surnamesOut, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "firmopeners:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d surnames\n", len(sur))
}

// read counts the names of the articles of one JSON Lines file.
func read(path string, c map[string]*counts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		article(a.Text, c)
	}
	return sc.Err()
}

// article counts the two-word names of one article: once each, by whether
// their last or their first word stands alone after them.
func article(text string, c map[string]*counts) {
	seen := map[[2]string]bool{}
	for _, m := range run.FindAllStringSubmatchIndex(text, -1) {
		// the last two words: a title before them is no part of the name
		words := strings.Fields(text[m[2]:m[3]])
		a, b := words[len(words)-2], words[len(words)-1]
		k := [2]string{a, b}
		if seen[k] || a == b || gazetteer.IsTitle(a) || gazetteer.IsOrgSuffix(b) {
			continue // "President Reagan", "Texas Air Corp"
		}
		if _, ok := gazetteer.Place(a + " " + b); ok {
			continue // "South Africa" ... "Africa"
		}
		if _, ok := gazetteer.Place(b); ok {
			continue
		}
		seen[k] = true
		rest := text[m[3]:]
		// A surname is also counted after a title ("President Putin");
		// the firms' counts keep the plain reading of both words.
		lastAlone, firstAlone := alone(rest, b), alone(rest, a)
		if !lastAlone && !firstAlone && aloneSurname(rest, b) {
			lastAlone = true
		}
		if lastAlone == firstAlone {
			continue
		}
		n := c[a]
		if n == nil {
			n = &counts{}
			c[a] = n
		}
		if lastAlone {
			n.given++
			l := c[b]
			if l == nil {
				l = &counts{}
				c[b] = l
			}
			l.surname++
		} else {
			n.firm++
		}
	}
}

// alone reports whether word w stands in text as a name of one word: not
// next to another capitalised word.
func alone(text, w string) bool { return standsAlone(text, w, false) }

// aloneSurname reports whether word w stands in text as a surname: as
// alone does, and also after a title ("President Putin") and before a
// possessive ("Mr Putin's"), as news names people again.
func aloneSurname(text, w string) bool { return standsAlone(text, w, true) }

// standsAlone reports whether word w stands in text as a name of one word,
// not next to another capitalised word; asSurname also takes a title of
// one word before it ("President Putin"), and then an "'s" after it
// ("President Putin's": firms take possessives too, "Shell's", so not
// without the title).
func standsAlone(text, w string, asSurname bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		i = j + 1
		if j < 2 || e >= len(text) || letter(text[j-1]) || text[j-1] != ' ' {
			continue
		}
		titled := asSurname && afterTitle(text[:j-1])
		if titled && possessiveAt(text, e) {
			e += 2 // "President Putin's plan"
		}
		if e >= len(text) || letter(text[e]) {
			continue
		}
		if !titled && !afterLowerWord(text[:j-1]) {
			continue // after a capitalised word
		}
		if e+1 < len(text) && text[e] == ' ' && text[e+1] >= 'A' && text[e+1] <= 'Z' {
			continue // before a capitalised word
		}
		return true
	}
}

// possessiveAt reports whether text holds "'s" at e, not followed by a letter.
func possessiveAt(text string, e int) bool {
	return strings.HasPrefix(text[e:], "'s") && (e+2 == len(text) || !letter(text[e+2]))
}

// afterTitle reports whether text ends in a style ("Mr", "Mrs.") or a title
// of one word ("President", "Senator"), which news writes before a surname
// alone.
func afterTitle(text string) bool {
	text = strings.TrimSuffix(text, ".")
	k := len(text)
	for k > 0 && letter(text[k-1]) {
		k--
	}
	switch w := text[k:]; w {
	case "":
		return false
	case "Mr", "Mrs", "Ms", "Miss", "Dr":
		return true
	default:
		return gazetteer.IsTitle(w)
	}
}

func letter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '\''
}

// afterLowerWord reports whether text ends in a word in lower case or in
// punctuation (a sentence's or a clause's start), not in a capitalised word.
func afterLowerWord(text string) bool {
	k := len(text)
	if k == 0 {
		return false
	}
	k = len(strings.TrimSuffix(text, "."))
	if k == 0 {
		return true
	}
	if !letter(text[k-1]) {
		return text[k-1] != '&' // punctuation: a sentence or a clause opens
	}
	e := k
	for k > 0 && letter(text[k-1]) {
		k--
	}
	switch text[k:e] {
	case "Mr", "Mrs", "Ms", "Dr":
		return true // "Mr Putin": a surname
	}
	return text[k] >= 'a' && text[k] <= 'z'
}
