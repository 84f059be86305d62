// Package silver projects the project's hand gold of Reuters and BBC
// articles (testdata/gold and testdata/random-gold*: NAME.txt with
// NAME.gold.tsv in the format of ../shared/eval/facts_score.py) onto their
// texts as training sentences for the recogniser: silver data, since the
// gold lists names and their spellings, not where each occurs.
//
// Every occurrence of a spelling of an E line (whole words, the case as
// written) is marked with the line's type: Person, Organization and Place
// as themselves, any other type (named events) as Other. Where spellings
// overlap the longest wins ("New York City Teachers Retirement System" over
// "New York"). The spellings of I lines (names the gold neither asks for nor
// punishes: demonyms, works, software, team lists, names only in a
// headline) are handled as IMode says. Sentences mostly in capitals (Reuters
// headlines, where the gold leaves names to I lines) are left out, and so
// is a sentence where a mark does not fit the tokens.
package silver

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/ner/modern"
)

// IMode says what the training sentences make of the spellings of I lines.
type IMode string

const (
	// IFree lets their tokens take any label: the trainer follows the model.
	IFree IMode = "free"
	// IDrop leaves out every sentence where one occurs.
	IDrop IMode = "drop"
	// IOther marks them as Other names.
	IOther IMode = "other"
	// IIgnore treats them as plain words (taught as not names).
	IIgnore IMode = "ignore"
)

// ParseIMode reads an IMode from its name.
func ParseIMode(s string) (IMode, error) {
	switch m := IMode(s); m {
	case IFree, IDrop, IOther, IIgnore:
		return m, nil
	}
	return "", fmt.Errorf("silver: I mode %q is not free, drop, other or ignore", s)
}

// name is a gold line's spellings and what it teaches.
type name struct {
	spellings []string
	label     ner.Label
	ignorable bool // an I line
}

// span is an occurrence of a name in the text, bytes [start, end).
type span struct {
	start, end int
	label      ner.Label
	ignorable  bool
}

// Stats counts what a projection kept and left out.
type Stats struct {
	Articles, Sentences, Marks, Headlines, Misfits, Dropped int
}

// ReadDirs projects the gold of every NAME.gold.tsv with its NAME.txt in
// dirs onto training sentences.
func ReadDirs(dirs []string, mode IMode) ([]ner.TrainingSentence, Stats, error) {
	var out []ner.TrainingSentence
	var st Stats
	for _, dir := range dirs {
		golds, err := filepath.Glob(filepath.Join(dir, "*.gold.tsv"))
		if err != nil {
			return nil, st, fmt.Errorf("silver: %w", err)
		}
		sort.Strings(golds)
		for _, g := range golds {
			txt := strings.TrimSuffix(g, ".gold.tsv") + ".txt"
			text, err := os.ReadFile(txt)
			if err != nil {
				return nil, st, fmt.Errorf("silver: %w", err)
			}
			names, err := readGold(g)
			if err != nil {
				return nil, st, err
			}
			ss := Project(g, string(text), names, mode, &st)
			out = append(out, ss...)
			st.Articles++
		}
	}
	return out, st, nil
}

// readGold reads the E and I lines of a gold file.
func readGold(path string) ([]name, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("silver: %w", err)
	}
	defer f.Close()
	var out []name
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		switch {
		case cols[0] == "E" && len(cols) >= 3:
			out = append(out, name{spellings: strings.Split(cols[2], "|"), label: labelOf(cols[1])})
		case cols[0] == "I" && len(cols) >= 2:
			out = append(out, name{spellings: strings.Split(cols[len(cols)-1], "|"), ignorable: true})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("silver: %s: %w", path, err)
	}
	return out, nil
}

func labelOf(typ string) ner.Label {
	switch typ {
	case "Person":
		return ner.Person
	case "Organization":
		return ner.Organization
	case "Place":
		return ner.Place
	}
	return ner.Other
}

// Project marks the names' occurrences in text and returns its training
// sentences; st counts them.
func Project(docName, text string, names []name, mode IMode, st *Stats) []ner.TrainingSentence {
	spans := occurrences(text, names)
	d := modern.Doc{Name: docName, Text: text}
	var ign []span
	for _, sp := range spans {
		switch {
		case !sp.ignorable:
			d.Spans = append(d.Spans, modern.Span{Start: sp.start, End: sp.end, Label: sp.label})
		case mode == IOther:
			d.Spans = append(d.Spans, modern.Span{Start: sp.start, End: sp.end, Label: ner.Other})
		case mode == IFree || mode == IDrop:
			ign = append(ign, sp)
		}
	}
	ss, misfits := d.Sentences()
	st.Misfits += len(misfits)
	var out []ner.TrainingSentence
	for _, s := range ss {
		if mostlyCapitals(text[s.Sentence.Start:s.Sentence.End]) {
			st.Headlines++
			continue
		}
		free := tokenRanges(s, ign)
		if len(free) > 0 && mode == IDrop {
			st.Dropped++
			continue
		}
		s.Free = free
		st.Sentences++
		st.Marks += len(s.Mentions)
		out = append(out, s)
	}
	return out
}

// occurrences finds every whole-word occurrence of the names' spellings,
// the longest first where they overlap.
func occurrences(text string, names []name) []span {
	var all []span
	for _, n := range names {
		for _, sp := range n.spellings {
			sp = strings.TrimSpace(sp)
			if sp == "" {
				continue
			}
			for from := 0; ; {
				i := strings.Index(text[from:], sp)
				if i < 0 {
					break
				}
				a, b := from+i, from+i+len(sp)
				from = a + 1
				if wordAt(text, a-1, true) || wordAt(text, b, false) {
					continue
				}
				all = append(all, span{start: a, end: b, label: n.label, ignorable: n.ignorable})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if li, lj := all[i].end-all[i].start, all[j].end-all[j].start; li != lj {
			return li > lj
		}
		return all[i].start < all[j].start
	})
	var kept []span
	for _, sp := range all {
		overlaps := false
		for _, k := range kept {
			if sp.start < k.end && k.start < sp.end {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, sp)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

// wordAt reports whether the rune ending (before) or starting (after) at
// byte i of text is a letter or digit, so that a match there is inside a
// word.
func wordAt(text string, i int, before bool) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	var r rune
	if before {
		r = []rune(text[:i+1])[len([]rune(text[:i+1]))-1]
	} else {
		r = []rune(text[i:])[0]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// mostlyCapitals reports whether most letters of s are capitals, as in a
// Reuters headline ("ASK JEEVES TIPS ONLINE AD REVIVAL").
func mostlyCapitals(s string) bool {
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper*10 > letters*6
}

// tokenRanges returns the token ranges [a, b) of s the spans cover.
func tokenRanges(s ner.TrainingSentence, spans []span) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		a, b := -1, -1
		for t, tok := range s.Sentence.Tokens {
			if tok.End > sp.start && tok.Start < sp.end {
				if a < 0 {
					a = t
				}
				b = t + 1
			}
		}
		if a >= 0 {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}
