package ner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// The BIO labels the model predicts, CoNLL04 types.
var labels = []string{"O", "B-Peop", "I-Peop", "B-Org", "I-Org", "B-Loc", "I-Loc", "B-Other", "I-Other"}

const nLabels = 9

// Gazetteer codes of a token: which list the longest match covering it comes
// from, and whether it begins that match.
const (
	gzNone byte = iota
	gzCountry
	gzCity
	gzAdmin
	gzRegion
	gzOrg
	gzDemonym
	gzTitle
	gzPrefix
)

// sentFeats holds what the features of one sentence need, computed once.
type sentFeats struct {
	words  []string
	plain  []string // words with typographic punctuation made plain (plainWord), for the features
	tags   []string
	shapes []uint64
	gaz    []byte // gazetteer code << 1 | begin bit
	orgEnd []bool // token is in a capitalised run that ends in an organisation word
	cand   []bool // token can start a name (candidate)
	stats  []wordStat
	// titleCase is 1 when most words of the sentence are capitalised (a
	// headline), 2 when all letters are capitals.
	titleCase byte
}

// hasher is FNV-1a over the bytes of a feature: its template number and its
// parts. It never allocates.
type hasher uint64

const (
	fnvOffset hasher = 14695981039346656037
	fnvPrime  hasher = 1099511628211
)

func (h hasher) b(c byte) hasher { return (h ^ hasher(c)) * fnvPrime }

func (h hasher) s(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * fnvPrime
	}
	return h.b(0xff)
}

// u hashes the eight bytes of x, the lowest first. Written out: a loop's
// counter cost as many instructions as the hashing.
func (h hasher) u(x uint64) hasher {
	h = (h ^ hasher(x&0xff)) * fnvPrime
	h = (h ^ hasher(x>>8&0xff)) * fnvPrime
	h = (h ^ hasher(x>>16&0xff)) * fnvPrime
	h = (h ^ hasher(x>>24&0xff)) * fnvPrime
	h = (h ^ hasher(x>>32&0xff)) * fnvPrime
	h = (h ^ hasher(x>>40&0xff)) * fnvPrime
	h = (h ^ hasher(x>>48&0xff)) * fnvPrime
	return (h ^ hasher(x>>56)) * fnvPrime
}

// lower hashes s with ASCII letters folded to lower case.
func (h hasher) lower(s string) hasher {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ hasher(c)) * fnvPrime
	}
	return h.b(0xff)
}

func tmpl(n byte) hasher { return fnvOffset.b(n) }

// shape maps a word to the hash of a short pattern: "Biden"→"Xx", "NATO"→"X",
// "U.S."→"X.X.", "1988"→"d", "co-operation"→"x-x". Runs of one character
// class collapse.
func shape(w string) uint64 {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return uint64(fnvOffset.s(string(b[:n])))
}

func capitalised(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// connector words may sit inside a name: "Bank of America", "Trinidad and Tobago".
func connector(w string) bool {
	switch w {
	case "of", "and", "the", "&", "de", "du", "la", "for", "-", "'s", "on", "al", "bin", "van", "von", "der":
		return true
	}
	return false
}

const maxGazLen = 8

// gazetteerCodes marks, for every token, the longest gazetteer match covering it.
func gazetteerCodes(words []string, out []byte) {
	for i := range out {
		out[i] = 0
	}
	var sb strings.Builder
	for i := 0; i < len(words); i++ {
		w := words[i]
		if gazetteer.IsPrefix(w) {
			out[i] = gzPrefix<<1 | 1
			continue
		}
		if !capitalised(w) {
			if n := gazetteer.LongestTitle(words[i:]); n > 0 {
				for k := 0; k < n; k++ {
					out[i+k] = gzTitle << 1
				}
				out[i] |= 1
				i += n - 1
			}
			continue
		}
		best, bestCode := 0, gzNone
		maxN := min(maxGazLen, gazetteer.MaxWords(w))
		if maxN == 0 {
			if _, ok := gazetteer.Demonym(w); ok {
				maxN = 1
			}
		}
		for n := 1; n <= maxN && i+n <= len(words); n++ {
			last := words[i+n-1]
			inner := connector(last) || last == "in" || last == "at"
			if n > 1 && !capitalised(last) && !inner && last != "." && !strings.HasSuffix(last, ".") {
				break
			}
			if n > 1 && inner {
				continue
			}
			name := w
			if n > 1 {
				sb.Reset()
				for k := i; k < i+n; k++ {
					if k > i {
						sb.WriteByte(' ')
					}
					sb.WriteString(words[k])
				}
				name = sb.String()
			}
			code := gzNone
			if _, ok := gazetteer.Org(name); ok {
				code = gzOrg
			} else if _, ok := gazetteer.Country(name); ok {
				code = gzCountry
			} else if p, ok := gazetteer.Place(name); ok {
				switch p.Class {
				case gazetteer.ClassCity:
					code = gzCity
				case gazetteer.ClassAdminArea:
					code = gzAdmin
				default:
					code = gzRegion
				}
			} else if n == 1 {
				if _, ok := gazetteer.Demonym(name); ok {
					code = gzDemonym
				}
			}
			if code != gzNone {
				best, bestCode = n, code
			}
		}
		if best == 0 {
			if n := gazetteer.LongestTitle(words[i:]); n > 0 {
				best, bestCode = n, gzTitle
				// "Minister for Europe", "Secretary of State for
				// Economic Affairs": the portfolio is part of the title.
				if k := i + n; k+1 < len(words) && words[k] == "for" && capitalised(words[k+1]) {
					k++
					for k < len(words) && (portfolioWord(words[k]) || (words[k] == "and" || words[k] == "of") && k+1 < len(words) && portfolioWord(words[k+1])) {
						k++
					}
					if k > i+n+1 {
						best = k - i
					}
				}
			}
		}
		if best > 0 {
			for k := 0; k < best; k++ {
				out[i+k] = bestCode << 1
			}
			out[i] |= 1
			i += best - 1
		}
	}
}

// headline tells apart ordinary sentences (0), headlines in title case (1)
// and text in capitals (2).
func headline(words []string) byte {
	caps, lower, upper := 0, 0, 0
	for _, w := range words {
		if w == "" || !unicode.IsLetter(rune(w[0])) {
			continue
		}
		switch {
		case len(w) > 1 && textcase.IsUpper(w):
			upper++
		case capitalised(w):
			caps++
		default:
			if len(w) > 3 {
				lower++
			}
		}
	}
	switch {
	case upper >= 3 && upper > 2*(caps+lower):
		return 2
	case caps+upper >= 4 && caps+upper > 3*lower:
		return 1
	}
	return 0
}

// portfolioWord reports whether a capitalised word can be part of a
// minister's portfolio ("Economic Affairs", "Europe", "Northern Ireland"):
// a word usually written in lower case, or a known place. Names ("Allen
// Wallis") are neither.
func portfolioWord(w string) bool {
	if !capitalised(w) {
		return false
	}
	if st := statOf(w); st.bucket <= 3 {
		return true
	}
	_, ok := gazetteer.Place(w)
	return ok
}

// orgRuns marks tokens of capitalised runs ("Brigham Young University",
// "Ministry of Defence") that end in, or start with, an organisation word.
func orgRuns(words []string, out []bool) {
	for i := range out {
		out[i] = false
	}
	for i := 0; i < len(words); {
		if !capitalised(words[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && (capitalised(words[j]) || (connector(words[j]) && j+1 < len(words) && capitalised(words[j+1]))) {
			j++
		}
		org := gazetteer.IsOrgHead(words[i]) && j-i > 1
		for k := i; k < j && !org; k++ {
			if gazetteer.IsOrgSuffix(strings.TrimSuffix(words[k], ".")) && k > i {
				org = true
			}
		}
		if org {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
}

func newSentFeats(s nlp.Sentence) *sentFeats { return new(sentFeats).fill(s) }

// featsPool holds sentFeats for recognise, which does not keep them.
var featsPool = sync.Pool{New: func() any { return new(sentFeats) }}

// fill computes the features of sentence s into f, reusing f's slices.
func (f *sentFeats) fill(s nlp.Sentence) *sentFeats {
	n := len(s.Tokens)
	f.words = resize(f.words, n)
	f.plain = resize(f.plain, n)
	f.tags = resize(f.tags, n)
	f.shapes = resize(f.shapes, n)
	f.gaz = resize(f.gaz, n)
	f.orgEnd = resize(f.orgEnd, n)
	f.stats = resize(f.stats, n)
	f.cand = resize(f.cand, n)
	for i, t := range s.Tokens {
		f.words[i] = t.Text
		f.plain[i] = plainWord(t.Text)
		f.tags[i] = t.Tag
		f.shapes[i] = shape(t.Text)
	}
	for i, t := range s.Tokens {
		if f.candidate(i) {
			f.cand[i] = true
			f.stats[i] = statOf(t.Text)
		}
	}
	gazetteerCodes(f.words, f.gaz)
	orgRuns(f.words, f.orgEnd)
	f.titleCase = headline(f.words)
	return f
}

// release clears f's strings, so that a pooled sentFeats keeps no text
// alive, and returns it to featsPool.
func (f *sentFeats) release() {
	clear(f.words)
	clear(f.plain)
	clear(f.tags)
	clear(f.stats)
	featsPool.Put(f)
}

// resize returns a slice of n zero values, reusing b's array if it can.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func (f *sentFeats) word(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(f.words) {
		return "</s>"
	}
	return f.plain[i]
}

func (f *sentFeats) tag(i int) string {
	if i < 0 || i >= len(f.tags) {
		return "-"
	}
	return f.tags[i]
}

func (f *sentFeats) shp(i int) uint64 {
	if i < 0 || i >= len(f.shapes) {
		return 1
	}
	return f.shapes[i]
}

// bucket is the capitalisation bucket of a capitalised token (6 for
// others, 7 outside the sentence).
func (f *sentFeats) bucket(i int) byte {
	if i < 0 || i >= len(f.words) {
		return 7
	}
	if !capitalised(f.words[i]) {
		return 6
	}
	return f.stats[i].bucket
}

func (f *sentFeats) gz(i int) byte {
	if i < 0 || i >= len(f.gaz) {
		return 0xfe
	}
	return f.gaz[i]
}

// candidate reports whether token i can start a name: capitalised, a number
// or an amount.
func (f *sentFeats) candidate(i int) bool {
	w := f.words[i]
	return capitalised(w) || hasDigit(w) || w[0] == '$' || f.tags[i] == "CD"
}

// scoredMask marks the tokens the model is asked about: candidates and the
// two tokens after one ("Bank of America", "10 , 000 acres"). Every other
// token is O.
func (f *sentFeats) scoredMask(out []bool) {
	last := -10
	for i := range f.words {
		if f.cand[i] {
			last = i
		}
		out[i] = i-last <= 2
	}
}

// transFeatures appends the features of token i that depend on the previous
// label p (the pure label bigram is kept apart, as a matrix).
func (f *sentFeats) transFeatures(dst []uint64, i, p int) []uint64 {
	pl := byte(p)
	dst = append(dst, uint64(tmpl(18).b(pl).u(f.shapes[i])), uint64(tmpl(24).b(pl).b(f.gz(i))))
	if f.orgEnd[i] {
		dst = append(dst, uint64(tmpl(27).b(pl)))
	}
	return dst
}

// bigramFeature is the feature of the label bigram (p, ·).
func bigramFeature(p int) uint64 { return uint64(tmpl(17).b(byte(p))) }

// features appends the hashed features of token i, given the two previous
// labels, to dst.
func (f *sentFeats) features(dst []uint64, i int) []uint64 {
	w := f.plain[i]
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	add(tmpl(0))
	add(tmpl(1).lower(w))
	add(tmpl(2).s(w))
	add(tmpl(3).u(f.shapes[i]))
	if len(w) > 3 {
		add(tmpl(4).lower(w[len(w)-3:]))
		add(tmpl(5).lower(w[:3]))
	}
	if len(w) > 2 {
		add(tmpl(6).lower(w[len(w)-2:]))
	}
	if len(w) > 4 {
		add(tmpl(7).lower(w[len(w)-4:]))
	}
	add(tmpl(8).s(f.tags[i]))
	add(tmpl(9).s(f.tag(i - 1)).s(f.tags[i]))
	add(tmpl(10).s(f.tags[i]).s(f.tag(i + 1)))
	add(tmpl(11).lower(f.word(i - 1)))
	add(tmpl(12).lower(f.word(i + 1)))
	add(tmpl(13).lower(f.word(i - 2)))
	add(tmpl(14).lower(f.word(i + 2)))
	add(tmpl(15).u(f.shp(i - 1)).u(f.shapes[i]))
	add(tmpl(16).u(f.shapes[i]).u(f.shp(i + 1)))
	add(tmpl(21).b(f.gz(i)))
	add(tmpl(22).b(f.gz(i - 1)).b(f.gz(i)))
	add(tmpl(23).b(f.gz(i)).b(f.gz(i + 1)))
	if i == 0 {
		add(tmpl(25).u(f.shapes[i]))
	}
	if f.orgEnd[i] {
		add(tmpl(26))
	}

	add(tmpl(28).lower(f.word(i - 1)).lower(w))
	add(tmpl(29).s(f.tag(i + 1)).s(f.tag(i + 2)))
	add(tmpl(30).s(f.tag(i - 1)).s(f.tag(i - 2)))
	add(tmpl(31).b(f.gz(i - 2)))
	add(tmpl(32).b(f.gz(i + 2)))
	add(tmpl(33).lower(w).lower(f.word(i + 1)))
	if n := len(f.word(i + 1)); n > 3 {
		add(tmpl(34).lower(f.word(i + 1)[n-3:]))
	}
	if n := len(f.word(i - 1)); n > 3 {
		add(tmpl(35).lower(f.word(i - 1)[n-3:]))
	}
	add(tmpl(36).s(f.tags[i]).b(f.gz(i)))
	if st := f.stats[i]; capitalised(w) {
		first := byte(0)
		if i == 0 || f.plain[i-1] == "``" || f.plain[i-1] == "\"" || f.plain[i-1] == ":" {
			first = 1
		}
		add(tmpl(38).b(st.bucket).b(first))
		add(tmpl(39).s(st.left))
		add(tmpl(40).s(st.right))
		add(tmpl(41).b(st.bucket).u(f.shapes[i]))
	}
	add(tmpl(42).b(f.bucket(i - 1)).b(f.bucket(i + 1)))
	if f.titleCase != 0 {
		add(tmpl(43).b(f.titleCase).b(f.bucket(i)))
		add(tmpl(44).b(f.titleCase).s(f.tags[i]))
	}
	return dst
}
