package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// tagger is prose v3's averaged-perceptron part-of-speech tagger (package
// tag, which newsgraph used before) with the same model, the same features
// and the same arithmetic, so it gives the same tags, but with its features
// found in a hash map instead of by binary search over the sorted feature
// strings: the search was a fifth of the extractor's time.
// TestTaggerMatchesProse compares the two.
type tagger struct {
	classes []string
	// Every feature but the bias and the tag pairs is a template and one
	// string (a word, a suffix, a tag); terms holds, per string, its
	// feature in each template, so that one lookup of a context word
	// serves the five templates that read it.
	terms   map[string]int32 // string -> index into entries, while reading the model
	lookups termIndex        // the same, for lookups once read
	entries []termFeats
	// after holds every entry's features as the word after a tag
	// ("i-1 tag+i word TAG WORD"), an entry's at after[afterLo:afterLo+afterN],
	// with the tag's class id; afterTags holds the tags themselves, for a
	// tag that is no class. Reading the model, afterLoad collects them per
	// entry.
	after     []afterFeat
	afterTags []string
	afterLoad [][]tagFeat
	// suffixes[e] is the entry of entry e's string's suffix3, or -1: apart
	// from entries, as TagTokens reads it for every word (a word's entry
	// is read only when its tag is not known already).
	suffixes []int32
	pairs    map[string]int32 // "TAG TAG" -> feature of "i tag+i-2 tag "
	bias     int32
	// biasScores are the scores every prediction starts from, a score per
	// class id: the bias's weights added to scores of zero, as predict
	// added them first (prose's order), made once instead of per word.
	biasScores []float32
	// Shortcuts for the strings most looked up: the entry of each class
	// name and of each one-byte string, and the pair feature of two
	// classes (by class ids; -1 for none).
	classEntry []int32
	byteEntry  [256]int32
	classPairs []int32
	// The pair features of the first two words of a sentence: "-START-
	// -START2-", and per class c "c -START-" (-1 for none).
	startPair  int32
	afterStart []int32
	// The entries of the context words before and after a sentence
	// (-START-, -START2-, -END-, -END2-) and of their suffixes.
	edges   [4]struct{ word, suffix int32 }
	ids     []uint8          // the features' class ids (tagger_records.go)
	weights []float32        // and weights
	tagMap  map[string]uint8 // unambiguous words (also in lookups)
	pool    sync.Pool        // *tagScratch
}

// The one-string templates, in the order of termFeats.f.
var termTemplates = [...]string{
	"i suffix ", "i pref1 ", "i-1 tag ", "i-2 tag ", "i word ", "i-1 word ",
	"i-1 suffix ", "i-2 word ", "i+1 word ", "i+1 suffix ", "i+2 word ",
}

const (
	tSuffix = iota
	tPref1
	tPrevTag
	tPrev2Tag
	tWord
	tPrevWord
	tPrevSuffix
	tPrev2Word
	tNextWord
	tNextSuffix
	tNext2Word
)

// termFeats is one string's feature in each template (-1: none), and the
// place of its features as the word after a tag ("i-1 tag+i word TAG
// WORD") in tagger.after, packed as start<<8 | count (48 bytes an entry).
type termFeats struct {
	f     [len(termTemplates)]int32
	after uint32
}

// afterFeat is a feature "i-1 tag+i word TAG WORD" of a word: the class id
// of TAG (noClass when TAG is no class of the model) and the feature.
type afterFeat struct {
	class uint8
	feat  int32
}

// noClass is afterFeat.class of a tag that is no class.
const noClass = 255

type tagFeat struct {
	tag  string
	feat int32
}

type tagScratch struct {
	// scores holds a score per class id; ids are bytes (below 255, as
	// readTagger checks), so indexing it needs no bounds check.
	scores [256]float32
	key    []byte
	ctx    []string
	word   []int32 // per context position: the entry of the word, or -1
	suffix []int32 // per context position: the entry of its suffix, or -1
	// Per token: its class in tagMap (-1 for none) and, for those not in
	// tagMap, its features that do not depend on the tags before it.
	known  []int16
	static []staticFeats
	// touched sums what TagTokens read ahead, so that the reads stay.
	touched uint32
}

// staticFeats are the features of a token that do not depend on the tags
// before it (-1: none), and the entry of its context word.
type staticFeats struct {
	suffix, pref1, word, prevWord, prevSuffix, prev2Word, nextWord, nextSuffix, next2Word int32
	entry                                                                                 int32
}

// Prose's tag package, kept as it is there.
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// emoticons is prose's internal emoticon set (internal/emoticon), which
// its tagger tags SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// emoticonHeads marks the first two bytes of the emoticons (all have two
// or more), a bit per pair: words that start as one ("of", "over") are
// common, pairs such as ":-" or "o_" are not, so most words need no lookup
// in the map.
var emoticonHeads = func() (heads [256 * 256 / 64]uint64) {
	for e := range emoticons {
		k := int(e[0])<<8 | int(e[1])
		heads[k/64] |= 1 << (k % 64)
	}
	return heads
}()

// isEmoticon reports whether w is one of emoticons.
func isEmoticon(w string) bool {
	if len(w) < 2 {
		return false
	}
	k := int(w[0])<<8 | int(w[1])
	return emoticonHeads[k/64]&(1<<(k%64)) != 0 && emoticons[w]
}

// newTagger reads prose's embedded English model (its flat format: see
// prose's internal/flat).
func newTagger() (*tagger, error) { return readTagger(aptagmodel.English) }

func readTagger(data []byte) (*tagger, error) {
	const magic = "PROSETAG"
	pos := 0
	var err error
	take := func(n int) []byte {
		if err != nil {
			return nil
		}
		if n < 0 || pos+n > len(data) {
			err = fmt.Errorf("truncated tagger model at offset %d", pos)
			return nil
		}
		b := data[pos : pos+n]
		pos += n
		return b
	}
	u32 := func() int {
		if b := take(4); b != nil {
			return int(binary.LittleEndian.Uint32(b))
		}
		return 0
	}
	str16 := func() string {
		b := take(2)
		if b == nil {
			return ""
		}
		return string(take(int(binary.LittleEndian.Uint16(b))))
	}
	if string(take(len(magic))) != magic {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := u32(); v != 1 {
		return nil, fmt.Errorf("unsupported tagger model version %d", v)
	}
	t := &tagger{}
	t.classes = make([]string, u32())
	for i := range t.classes {
		t.classes[i] = str16()
	}
	nFeatures, nPairs, blobLen := u32(), u32(), u32()
	blob := take(blobLen)
	featOff := take(4 * (nFeatures + 1))
	pairOff := take(4 * (nFeatures + 1))
	ids := take(nPairs)
	weights := take(4 * nPairs)
	if err != nil {
		return nil, err
	}
	// About one string per four features (19,130 for 75,447 in prose's
	// model): sized once, with room, the maps and entries are not rebuilt
	// as they grow.
	t.terms = make(map[string]int32, nFeatures/3)
	t.entries = make([]termFeats, 0, nFeatures/3)
	t.pairs = map[string]int32{}
	t.bias = -1
	pairOffs := make([]uint32, nFeatures+1)
	for i := 0; i <= nFeatures; i++ {
		pairOffs[i] = binary.LittleEndian.Uint32(pairOff[4*i:])
	}
	hint := 0
	for i := 0; i < nFeatures; i++ {
		lo, hi := binary.LittleEndian.Uint32(featOff[4*i:]), binary.LittleEndian.Uint32(featOff[4*i+4:])
		if lo > hi || int(hi) > len(blob) || pairOffs[i] > pairOffs[i+1] || int(pairOffs[i+1]) > nPairs {
			return nil, fmt.Errorf("tagger model: bad offsets of feature %d", i)
		}
		hint = t.index(unsafeString(blob[lo:hi]), int32(i), hint)
	}
	if err := t.flattenAfter(); err != nil {
		return nil, err
	}
	t.ids = append([]uint8(nil), ids...)
	for _, id := range t.ids {
		if int(id) >= len(t.classes) {
			return nil, fmt.Errorf("tagger model: class %d out of range", id)
		}
	}
	t.weights = make([]float32, nPairs)
	for i := range t.weights {
		t.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(weights[4*i:]))
	}
	n := u32()
	t.tagMap = make(map[string]uint8, n)
	for i := 0; i < n && err == nil; i++ {
		w := str16()
		b := take(1)
		if b == nil || int(b[0]) >= len(t.classes) {
			return nil, errors.New("tagger model: bad tag map")
		}
		t.tagMap[w] = b[0]
	}
	if err != nil {
		return nil, err
	}
	t.classEntry = make([]int32, len(t.classes))
	for id, c := range t.classes {
		t.classEntry[id] = t.lookup(c)
	}
	for i, w := range [...]string{"-START-", "-START2-", "-END-", "-END2-"} {
		t.edges[i].word, t.edges[i].suffix = t.lookup(w), t.lookup(suffix3(w))
	}
	for b := range t.byteEntry {
		t.byteEntry[b] = t.lookup(string([]byte{byte(b)}))
	}
	nc := len(t.classes)
	t.classPairs = make([]int32, nc*nc)
	for i, a := range t.classes {
		for j, b := range t.classes {
			t.classPairs[i*nc+j] = -1
			if f, ok := t.pairs[a+" "+b]; ok {
				t.classPairs[i*nc+j] = f
			}
		}
	}
	if len(t.entries) > maxTermEntries || len(t.classes) >= 255 {
		return nil, fmt.Errorf("tagger model: %d strings, %d classes: too many to index", len(t.entries), len(t.classes))
	}
	t.suffixes = make([]int32, len(t.entries))
	for term, e := range t.terms {
		t.suffixes[e] = t.lookup(suffix3(term))
	}
	if err := t.placeFeatures(pairOffs); err != nil {
		return nil, err
	}
	t.startPairs()
	t.biasScores = t.startScores()
	t.lookups, t.terms = newTermIndex(t.terms, t.tagMap), nil
	t.pool.New = func() any {
		return &tagScratch{key: make([]byte, 0, 64)}
	}
	return t, nil
}

// index files feature f (its string feat) under its template.
//
// hint is the template of the feature before (the model's features are
// sorted, so a template's come together), tried first; index returns the
// hint for the next feature. No template is a prefix of another, so the
// order in which they are tried does not change which one matches.
func (t *tagger) index(feat string, f int32, hint int) int {
	const pairT, afterT = "i tag+i-2 tag ", "i-1 tag+i word "
	if p := termTemplates[hint]; strings.HasPrefix(feat, p) {
		t.entry(feat[len(p):]).f[hint] = f
		return hint
	}
	switch {
	case feat == "bias":
		t.bias = f
		return hint
	case strings.HasPrefix(feat, pairT):
		t.pairs[feat[len(pairT):]] = f
		return hint
	case strings.HasPrefix(feat, afterT):
		rest := feat[len(afterT):]
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return hint // no such feature is ever asked for
		}
		t.entry(rest[sp+1:])
		e := t.terms[rest[sp+1:]]
		t.afterLoad[e] = append(t.afterLoad[e], tagFeat{rest[:sp], f})
		return hint
	}
	for k, p := range termTemplates {
		if strings.HasPrefix(feat, p) {
			t.entry(feat[len(p):]).f[k] = f
			return k
		}
	}
	return hint
}

// entry returns the features of a string, adding it.
func (t *tagger) entry(term string) *termFeats {
	i, ok := t.terms[term]
	if !ok {
		i = int32(len(t.entries))
		t.terms[term] = i
		var e termFeats
		for k := range e.f {
			e.f[k] = -1
		}
		t.entries = append(t.entries, e)
		t.afterLoad = append(t.afterLoad, nil)
	}
	return &t.entries[i]
}

// lookup returns the entry of a string, or -1.
func (t *tagger) lookup(term string) int32 {
	if t.lookups.Built() {
		return t.lookups.get(term)
	}
	if i, ok := t.terms[term]; ok {
		return i
	}
	return -1
}

// unsafeString views embedded (read-only) bytes as a string without a copy.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// TagTokens sets the Tag of each token, as prose's Tagger.TagTokens does.
func (t *tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	s := t.pool.Get().(*tagScratch)
	defer t.pool.Put(s)
	need := len(tokens) + 4
	if cap(s.ctx) < need {
		s.ctx = make([]string, need)
	}
	ctx := s.ctx[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i := range tokens {
		ctx[i+2] = normalizeWord(tokens[i].Text)
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	s.word, s.suffix = s.word[:0], s.suffix[:0]
	s.word = append(s.word, t.edges[0].word, t.edges[1].word)
	s.suffix = append(s.suffix, t.edges[0].suffix, t.edges[1].suffix)
	// Each token's class in tagMap (-1 for none): the lookup of its
	// context word answers it when the normalisation left the word as it
	// is (most words).
	s.known = s.known[:0]
	for i, w := range ctx[2 : need-2] {
		e, class := t.lookups.getKnown(w)
		if w != tokens[i].Text {
			// The word as written, through the same index (tagMap's words
			// are its known words) rather than a map lookup.
			_, class = t.lookups.getKnown(tokens[i].Text)
		}
		suf := int32(-1)
		if e >= 0 {
			suf = t.suffixes[e]
		} else {
			suf = t.lookup(suffix3(w))
		}
		s.word = append(s.word, e)
		s.suffix = append(s.suffix, suf)
		s.known = append(s.known, class)
	}
	s.word = append(s.word, t.edges[2].word, t.edges[3].word)
	s.suffix = append(s.suffix, t.edges[2].suffix, t.edges[3].suffix)
	// What each token needs that does not depend on the tags before it,
	// with the first weights of each feature read ahead: these reads are
	// independent of each other, so the CPU overlaps their cache misses,
	// which the tagging below, one token after the other, would not.
	s.static = s.static[:0]
	var sink uint32
	for i := range tokens {
		word := tokens[i].Text
		if s.known[i] >= 0 {
			s.static = append(s.static, staticFeats{})
			continue
		}
		j := min(len(ctx)-3, i+2)
		pre := int32(-1)
		if word != "" {
			pre = t.byteEntry[word[0]]
		}
		w := s.word[j]
		// The word's own suffix, which is its context word's when the
		// normalisation left the word as it is (most words) or left its
		// last three bytes ("Smith", "smith").
		suf := s.suffix[i+2]
		if ctx[i+2] != word && suffix3(word) != suffix3(ctx[i+2]) {
			suf = t.lookup(suffix3(word))
		}
		st := staticFeats{
			suffix: t.feat(suf, tSuffix), pref1: t.feat(pre, tPref1),
			word: t.feat(w, tWord), prevWord: t.feat(s.word[j-1], tPrevWord),
			prevSuffix: t.feat(s.suffix[j-1], tPrevSuffix), prev2Word: t.feat(s.word[j-2], tPrev2Word),
			nextWord: t.feat(s.word[j+1], tNextWord), nextSuffix: t.feat(s.suffix[j+1], tNextSuffix),
			next2Word: t.feat(s.word[j+2], tNext2Word), entry: w,
		}
		s.static = append(s.static, st)
		for _, f := range [...]int32{st.suffix, st.pref1, st.word, st.prevWord, st.prevSuffix, st.prev2Word, st.nextWord, st.nextSuffix, st.next2Word} {
			sink += t.touchFeature(f)
		}
	}
	s.touched += sink
	// The previous two tags, their class ids (-1 when not a class) and
	// their entries.
	p1 := prevTag{"-START-", -1, t.edges[0].word}
	p2 := prevTag{"-START2-", -1, t.edges[1].word}
	for i := range tokens {
		tag, id := t.tagOne(s, i, ctx, tokens[i].Text, p1, p2)
		tokens[i].Tag = tag
		p2, p1 = p1, prevTag{tag, id, -1}
		if id >= 0 {
			p1.entry = t.classEntry[id]
		} else {
			p1.entry = t.lookup(tag)
		}
	}
	clear(ctx)
}

// prevTag is a tag before the word being tagged.
type prevTag struct {
	tag   string
	class int   // its class id, -1 when it is not a class of the model
	entry int32 // its entry in terms, -1 for none
}

// tagOne returns the tag of token i and its class id (-1 when not a class).
func (t *tagger) tagOne(s *tagScratch, i int, ctx []string, word string, p1, p2 prevTag) (string, int) {
	switch {
	case word == "-":
		return "-", -1
	case isEmoticon(word):
		return "SYM", -1
	case strings.HasPrefix(word, "@"):
		return "NN", -1
	}
	if word != "" && (word[0] == '0' || word[0] == '*' || word[0] == '-') {
		// The regexps only match words that start so.
		switch {
		case noneRe.MatchString(word):
			return "-NONE-", -1
		case keepRe.MatchString(word):
			return word, -1
		}
	}
	if id := s.known[i]; id >= 0 {
		return t.classes[id], int(id)
	}
	id := t.predict(s, i, p1, p2)
	if id < 0 {
		return "", -1
	}
	return t.classes[id], id
}

// predict returns the class id of the best tag of token i, -1 for none.
func (t *tagger) predict(s *tagScratch, i int, p1, p2 prevTag) int {
	// The features in prose's order: float sums depend on it. The bias
	// comes first, added to zeros: the scores start as biasScores.
	copy(s.scores[:len(t.classes)], t.biasScores)
	st := &s.static[i]
	t.add(s, st.suffix)
	t.add(s, st.pref1)
	t.add(s, t.feat(p1.entry, tPrevTag))
	t.add(s, t.feat(p2.entry, tPrev2Tag))
	if p1.class >= 0 && p2.class >= 0 {
		t.add(s, t.classPairs[p1.class*len(t.classes)+p2.class])
	} else if f, ok := t.pairAtStart(p1, p2); ok {
		t.add(s, f)
	} else {
		s.key = append(append(append(s.key[:0], p1.tag...), ' '), p2.tag...)
		if f, ok := t.pairs[string(s.key)]; ok {
			t.add(s, f)
		}
	}
	t.add(s, st.word)
	if w := st.entry; w >= 0 {
		// The first of the word's features after tag p1.tag: by class id
		// when p1 is a class (class names are distinct: flattenAfter).
		at := t.entries[w].after
		lo, hi := at>>afterCountBits, at>>afterCountBits+at&maxAfterFeats
		if p1.class >= 0 {
			for _, af := range t.after[lo:hi] {
				if int(af.class) == p1.class {
					t.add(s, af.feat)
					break
				}
			}
		} else {
			for k, tag := range t.afterTags[lo:hi] {
				if tag == p1.tag {
					t.add(s, t.after[lo+uint32(k)].feat)
					break
				}
			}
		}
	}
	t.add(s, st.prevWord)
	t.add(s, st.prevSuffix)
	t.add(s, st.prev2Word)
	t.add(s, st.nextWord)
	t.add(s, st.nextSuffix)
	t.add(s, st.next2Word)
	// The best class, ties to the lowest id, as prose's Model.Best: four
	// classes a round while there are four (the loop's counting costs as
	// much as a comparison).
	best, bestID := float32(math.Inf(-1)), -1
	scores := s.scores[:len(t.classes)]
	id := 0
	for ; id < len(scores)-3; id += 4 {
		if scores[id] > best {
			best, bestID = scores[id], id
		}
		if scores[id+1] > best {
			best, bestID = scores[id+1], id+1
		}
		if scores[id+2] > best {
			best, bestID = scores[id+2], id+2
		}
		if scores[id+3] > best {
			best, bestID = scores[id+3], id+3
		}
	}
	for ; id < len(scores); id++ {
		if scores[id] > best {
			best, bestID = scores[id], id
		}
	}
	return bestID
}

// startScores returns the scores of a word before any feature but the bias:
// the bias's weights added to zeros, with add's arithmetic.
func (t *tagger) startScores() []float32 {
	var s tagScratch
	t.add(&s, t.bias)
	return append([]float32(nil), s.scores[:len(t.classes)]...)
}

// feat returns the feature of entry e in template k (its weights' place),
// or -1.
func (t *tagger) feat(e int32, k int) int32 {
	if e < 0 {
		return -1
	}
	return t.entries[e].f[k]
}

func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// normalizeWord is prose's normalisation of a context word.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
