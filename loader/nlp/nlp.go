// Package nlp splits text into sentences and tokens and tags each token with
// its part of speech (Penn Treebank tags), using prose v3's segmenter,
// tokenizer (as tokenize.go does it) and tagger (its model, read by
// tagger.go). prose's own entity recogniser is not used.
//
// Every token and sentence carries byte offsets into the analysed text:
//
//	text[t.Start:t.End] == t.Text
//	text[s.Start:s.End] is the sentence
//
// The models load once per process; all functions are safe for concurrent use.
package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/token"
)

// Token is one word or punctuation mark with its part-of-speech tag and its
// byte offsets into the analysed text.
type Token struct {
	Text, Tag  string
	Start, End int
}

// Sentence is a run of tokens with its byte offsets into the analysed text.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Words returns the texts of the sentence's tokens.
func (s Sentence) Words() []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Text
	}
	return out
}

// Span returns the text of tokens [i, j) as it reads in text, the string the
// sentence was analysed from.
func (s Sentence) Span(text string, i, j int) string {
	if i < 0 || j > len(s.Tokens) || i >= j {
		return ""
	}
	return text[s.Tokens[i].Start:s.Tokens[j-1].End]
}

type models struct {
	seg *segmenter // prose's segmenter (punkt.go)
	tag *tagger
}

var load = sync.OnceValues(func() (*models, error) {
	seg, err := newSegmenter()
	if err != nil {
		return nil, err
	}
	tg, err := newTagger()
	if err != nil {
		return nil, err
	}
	return &models{seg: seg, tag: tg}, nil
})

func mustLoad() *models {
	m, err := load()
	if err != nil {
		// The models are embedded in prose; failing to decode them is a
		// build defect, not an input error.
		panic("nlp: loading prose models: " + err.Error())
	}
	return m
}

// Analyse segments text into sentences, tokenizes them and tags every token.
func Analyse(text string) []Sentence {
	m := mustLoad()
	var segs []segment.Sentence
	for _, b := range trimBlocks(text, blocks(text)) {
		for _, sg := range m.seg.Segment(text[b[0]:b[1]]) {
			sg.Start += b[0]
			segs = append(segs, sg)
		}
	}
	segs = mergeAbbrevSplits(segs, text)
	out := make([]Sentence, 0, len(segs))
	tp := tokenPool.Get().(*[]token.Token)
	defer func() {
		clear(*tp) // keep no text alive
		tokenPool.Put(tp)
	}()
	var buf []token.Token
	// The sentences' tokens are cut from a few large arrays, not one
	// each: a token takes about five bytes of news text.
	var slab []Token
	for _, sg := range segs {
		*tp = tokenizeText(sg.Text, (*tp)[:0])
		buf = splitNameStops(splitDoubleHyphens(splitInnerBreaks(joinAbbrevStops(*tp, sg.Text))))
		first := true
		for len(buf) > 0 {
			// A full stop standing alone before a capital ends a sentence
			// the segmenter ran on: "to $1.2bn. Profits fell."
			n := len(buf)
			for i := 0; i+1 < len(buf); i++ {
				if buf[i].Text == "." && startsUpperWord(buf[i+1].Text) || stateStopEnds(buf, i) {
					n = i + 1
					break
				}
			}
			if n > MaxSentenceTokens {
				n = cutLong(buf)
			}
			piece := buf[:n]
			buf = buf[n:]
			m.tag.TagTokens(piece)
			if cap(slab)-len(slab) < len(piece) {
				slab = make([]Token, 0, max(len(piece), (len(text)-sg.Start)/5))
			}
			k := len(slab)
			slab = slab[:k+len(piece)]
			s := Sentence{Start: sg.Start, End: sg.End(), Tokens: slab[k : k+len(piece) : k+len(piece)]}
			for i, t := range piece {
				s.Tokens[i] = Token{Text: t.Text, Tag: fixTag(t.Text, t.Tag), Start: sg.Start + t.Start, End: sg.Start + t.End()}
			}
			curlyPluralPossessives(s.Tokens) // possessives.go
			if !first {
				s.Start = s.Tokens[0].Start
			}
			if len(buf) > 0 {
				s.End = s.Tokens[len(s.Tokens)-1].End
			}
			first = false
			out = append(out, s)
		}
	}
	return out
}

// tokenPool holds token buffers for Analyse, which copies the tokens out.
var tokenPool = sync.Pool{New: func() any { return new([]token.Token) }}

// MaxSentenceTokens is the most tokens one sentence holds. Longer runs (a
// flattened table, a text with no full stops) are cut into pieces, at a
// comma, semicolon, colon or dash where one is near the limit, so that the
// stages after segmentation, some of which compare every pair of names in a
// sentence, take time in proportion to the text whatever its shape.
const MaxSentenceTokens = 160

// cutLong returns where to end the sentence that starts toks, which runs past
// MaxSentenceTokens: after the last clause punctuation in its second half,
// else at the limit.
func cutLong(toks []token.Token) int {
	for i := MaxSentenceTokens - 1; i >= MaxSentenceTokens/2; i-- {
		switch toks[i].Text {
		case ",", ";", ":", "—", "–", "-", "--":
			return i + 1
		}
	}
	return MaxSentenceTokens
}

func startsUpperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// blocks splits text where a sentence must end whatever the punctuation
// says: at blank lines (paragraphs), after a short line or one ending in
// sentence punctuation (headlines, bylines, datelines), and before a
// bulleted line. Hard-wrapped lines of a paragraph stay together. It returns
// [start, end) byte ranges.
func blocks(text string) [][2]int {
	var out [][2]int
	start := 0
	lineStart := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		line := strings.TrimSpace(text[lineStart:i])
		next := i + 1
		rest := strings.TrimLeft(text[next:], " \t\r")
		short := len(line) < 50 && !startsLower(rest)
		brk := line == "" || short || strings.HasPrefix(rest, "\n") ||
			strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "* ") || strings.HasPrefix(rest, "- ") ||
			strings.HasPrefix(rest, "· ") || endsSentence(line)
		if brk {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, [2]int{start, i})
			}
			start = next
		}
		lineStart = next
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// trimBlocks trims the space around blocks and cuts them at long runs of
// white space: prose's segmenter takes time quadratic in the length of a run
// of spaces, and such a run never sits inside a sentence.
func trimBlocks(text string, bs [][2]int) [][2]int {
	const longRun = 16
	var out [][2]int
	for _, b := range bs {
		start := b[0]
		run, runStart := 0, b[0]
		for i := b[0]; i < b[1]; {
			size, space := 1, false
			if c := text[i]; c < utf8.RuneSelf {
				space = asciiSpace[c]
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				space = unicode.IsSpace(r)
			}
			if space {
				if run == 0 {
					runStart = i
				}
				run++
				i += size
				continue
			}
			if run >= longRun && runStart > start {
				out = appendTrimmed(out, text, start, runStart)
				start = i
			}
			run = 0
			i += size
		}
		out = appendTrimmed(out, text, start, b[1])
	}
	return out
}

func appendTrimmed(out [][2]int, text string, i, j int) [][2]int {
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	if i < j {
		out = append(out, [2]int{i, j})
	}
	return out
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func endsSentence(line string) bool {
	for _, suf := range []string{".", "!", "?", ":", "\"", "”", "'", "’", ")"} {
		if strings.HasSuffix(line, suf) {
			return true
		}
	}
	return false
}

// joinAbbrevStops puts back the full stop prose splits off an initial or an
// abbreviation inside a sentence: "John F. Kennedy", "Microsoft Corp. rose".
// A stop that ends the sentence stays a token of its own. It also joins an
// Irish surname split at its apostrophe: "O" + "'Sullivan".
func joinAbbrevStops(toks []token.Token, text string) []token.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks)-1 && toks[i+1].Text == "." && toks[i+1].Start == t.End() && stopAbbrev(t.Text) {
			t.Text = text[t.Start:toks[i+1].End()]
			i++
		} else if i+1 < len(toks) && t.Text == "O" && toks[i+1].Start == t.End() && irishName(toks[i+1].Text) {
			// "O'Sullivan", split at its apostrophe, and its possessive
			// when the tokeniser left it on: "'Sullivan's"
			end := toks[i+1].End()
			i++
			for _, pos := range []string{"'s", "’s"} {
				if w := toks[i].Text; len(w) > len(pos)+1 && strings.HasSuffix(w, pos) {
					end -= len(pos)
					t.Text = text[t.Start:end]
					out = append(out, t)
					t = token.Token{Text: pos, Start: end}
					break
				}
			}
			if t.Text == "O" {
				t.Text = text[t.Start:end]
			}
		}
		out = append(out, t)
	}
	return out
}

// splitNameStops splits the full stop off a capitalised word that ends a
// sentence, which the tokeniser leaves on ("sent to Guantanamo Bay.", "shown
// on BBC One."), unless the word is an abbreviation that takes a stop
// ("Calif.", "Inc.", an initial). A stop so split before a capital ends the
// sentence (Analyse).
func splitNameStops(toks []token.Token) []token.Token {
	n := 0
	for i, t := range toks {
		if i+1 == len(toks) || startsUpperWord(toks[i+1].Text) || toks[i+1].Text == "\"" || toks[i+1].Text == "”" {
			if w, ok := strings.CutSuffix(t.Text, "."); ok && len(w) >= 2 && !strings.Contains(w, ".") && startsUpperWord(w) && !stopAbbrev(w) {
				n++
			}
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]token.Token, 0, len(toks)+n)
	for i, t := range toks {
		if i+1 == len(toks) || startsUpperWord(toks[i+1].Text) || toks[i+1].Text == "\"" || toks[i+1].Text == "”" {
			if w, ok := strings.CutSuffix(t.Text, "."); ok && len(w) >= 2 && !strings.Contains(w, ".") && startsUpperWord(w) && !stopAbbrev(w) {
				out = append(out, token.Token{Text: w, Start: t.Start}, token.Token{Text: ".", Start: t.Start + len(w)})
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// irishName reports whether w is the rest of an Irish surname after its
// "O": an apostrophe and a capital ("'Sullivan", "’Neill").
func irishName(w string) bool {
	rest, ok := strings.CutPrefix(w, "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w, "’"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// stopAbbrev reports whether a word takes a full stop as an abbreviation:
// a single capital letter or a known short form.
func stopAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return stopAbbrevs[w]
}

var stopAbbrevs = map[string]bool{
	"Corp": true, "Inc": true, "Co": true, "Ltd": true, "Jr": true, "Sr": true, "Bros": true, "Cos": true,
	"St": true, "Mt": true, "Ft": true, "Gen": true, "Gov": true, "Sen": true, "Rep": true, "Lt": true,
	"Col": true, "Capt": true, "Adm": true, "Sgt": true, "Maj": true, "Rev": true, "Prof": true, "Dr": true,
	"Mr": true, "Mrs": true, "Ms": true, "Pres": true, "Jan": true, "Feb": true, "Aug": true, "Sept": true,
	"Sep": true, "Oct": true, "Nov": true, "Dec": true, "No": true, "Nos": true, "Ave": true, "Blvd": true,
	"Dept": true, "Univ": true, "Assn": true, "Mass": true, "Calif": true, "Fla": true, "Ill": true,
	"Hon": true, "Rt": true, "Amb": true, "Supt": true, "Sens": true, "Reps": true, "Gens": true,
	// titles that open a two-word abbreviated title ("Atty. Gen. Edwin Meese", "Brig. Gen.")
	"Atty": true, "Brig": true, "Cmdr": true, "Cpl": true, "Pvt": true, "Messrs": true,
	// US states as news agencies abbreviate them ("SAN JOSE, Calif.")
	"Ala": true, "Ariz": true, "Ark": true, "Colo": true, "Conn": true, "Del": true, "Ga": true, "Ind": true,
	"Kan": true, "Kans": true, "Ky": true, "La": true, "Md": true, "Mich": true, "Minn": true, "Miss": true,
	"Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true,
	"Tex": true, "Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

// TagWords tags pre-tokenised words as one sentence. Offsets refer to
// strings.Join(words, " ").
func TagWords(words []string) Sentence {
	m := mustLoad()
	buf := make([]token.Token, len(words))
	pos := 0
	for i, w := range words {
		buf[i] = token.Token{Text: w, Start: pos}
		pos += len(w) + 1
	}
	m.tag.TagTokens(buf)
	s := Sentence{Tokens: make([]Token, len(buf))}
	for i, t := range buf {
		s.Tokens[i] = Token{Text: t.Text, Tag: fixTag(t.Text, t.Tag), Start: t.Start, End: t.End()}
	}
	if len(words) > 0 {
		s.End = pos - 1
	}
	return s
}

// fixTag corrects tags the prose model gets wrong on typographic punctuation
// (curly quotes and dashes, which it tags as nouns or verbs).
func fixTag(text, tag string) string {
	if ElidedName(text) {
		return "NNP" // "d’Orsay", "l'Aquila": an elided particle and a name
	}
	switch text {
	case "’s", "’S":
		return "POS"
	case "“", "‘", "«", "„":
		return "``"
	case "”", "’", "»":
		return "''"
	case "—", "–", "--", "―":
		return ":"
	case "…":
		return ":"
	case "dinner", "breakfast", "dinners", "breakfasts", "Dinner", "Breakfast":
		// nouns only: "had dinner with" is no verb
		if strings.HasPrefix(tag, "VB") {
			return "NN"
		}
	}
	return tag
}

// ElidedName reports whether a word is an elided particle glued to a
// capitalised name: "d’Orsay", "D'Alembert", "l’Aquila".
func ElidedName(w string) bool {
	if len(w) < 3 || (w[0] != 'd' && w[0] != 'D' && w[0] != 'l' && w[0] != 'L') {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w[1:], "’"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// abbrevs are title abbreviations that prose's segmenter may take for the end
// of a sentence ("Pres. Joe Biden"). A sentence ending in one is joined with
// the next when the next starts with a capital letter.
var abbrevs = map[string]bool{
	"pres": true, "gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "sgt": true, "rev": true, "prof": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "mt": true, "ft": true, "hon": true,
	"messrs": true, "gens": true, "sens": true, "reps": true, "supt": true, "insp": true, "det": true,
	"amb": true, "sec": true, "atty": true, "brig": true, "cpl": true, "pvt": true, "jr": false, "rt": true,
}

func mergeAbbrevSplits(segs []segment.Sentence, text string) []segment.Sentence {
	if len(segs) < 2 {
		return segs
	}
	out := segs[:0:0]
	for _, s := range segs {
		if n := len(out); n > 0 && ((endsWithAbbrev(out[n-1].Text) || shortInitialism(out[n-1].Text)) && startsUpper(s.Text) || bangInside(out[n-1], s, text) || middleInitialSplit(out[n-1], s, text) ||
			s.Start >= out[n-1].End() && initialismTitle(out[n-1].Text, s.Text, text[out[n-1].End():s.Start])) {
			prev := out[n-1]
			out[n-1] = segment.Sentence{Start: prev.Start, Text: text[prev.Start:s.End()]}
			continue
		}
		out = append(out, s)
	}
	return out
}

// bangInside reports whether the segmenter cut a sentence after an
// exclamation or question mark inside it: the next piece goes on in lower
// case on the same line ("hat Elsen Trommer vom Bündnis A100 stoppen!
// getroffen", "Yahoo! said").
func bangInside(prev, next segment.Sentence, text string) bool {
	t := strings.TrimRightFunc(prev.Text, unicode.IsSpace)
	if t == "" || t[len(t)-1] != '!' && t[len(t)-1] != '?' || !startsLower(next.Text) || next.Start < prev.End() {
		return false
	}
	return !strings.ContainsAny(text[prev.End():next.Start], "\n\r")
}

func endsWithAbbrev(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	s = s[:len(s)-1]
	i := strings.LastIndexAny(s, " \t\n(\"“")
	w := strings.ToLower(s[i+1:])
	return abbrevs[w]
}

// shortInitialism reports whether a "sentence" is a few words ending in an
// initialism ("The U.S."): the segmenter took the initialism's stop for the
// end of a sentence.
func shortInitialism(s string) bool {
	// Most sentences do not end with a stop glued to a word of four or
	// more bytes: they are answered without splitting them into words.
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if len(t) < 4 || t[len(t)-1] != '.' {
		return false
	}
	// The last word is read before the words are counted: it is seldom an
	// initialism.
	w := t
	if k := strings.LastIndexFunc(t, unicode.IsSpace); k >= 0 {
		_, size := utf8.DecodeRuneInString(t[k:])
		w = t[k+size:]
	}
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > 3 {
			return false
		}
	}
	return n > 0
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
