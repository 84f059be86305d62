// Copyright (c) 2015 Eric Bower; prose's changes © Joseph Kato. MIT licence:
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

package nlp

// prose v3.2.3's sentence segmenter (package segment: its punkt model and
// customisations over gopkg.in/neurosnap/sentences), the same splits, with
// the regular expressions it ran on every word of a text tested by hand
// first: a word without a digit has no number to rewrite in its type, one
// with fewer than two or three full stops is no abbreviation or ellipsis.
// They were about a twentieth of the extractor's time. TestSegmentMatchesProse
// and FuzzSegmentMatchesProse compare the two.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/newsgraph/newsgraph/loader/internal/textcase"
)

// segmenter splits text into sentences as prose's segment.Segmenter does.
type segmenter struct {
	tokenizer *sentences.DefaultSentenceTokenizer
}

// newSegmenter loads prose's English punkt model: sentences' English
// training with prose's supervised abbreviations.
func newSegmenter() (*segmenter, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &punktWords{}
	word.PunctStrings = lang
	annotations := sentences.NewAnnotations(training, lang, word)
	ortho := &sentences.OrthoContext{Storage: training, PunctStrings: lang, TokenType: word, TokenFirst: word}
	annotations = append(annotations, &multiPunctWordAnnotation{
		Storage:      training,
		TokenParser:  word,
		TokenGrouper: &sentences.DefaultTokenGrouper{},
		Ortho:        ortho,
	})
	return &segmenter{tokenizer: &sentences.DefaultSentenceTokenizer{
		Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations,
	}}, nil
}

// Segment splits text into sentences, dropping those that are all white
// space: prose's Segmenter.Segment.
func (s *segmenter) Segment(text string) []segment.Sentence {
	raw := s.tokenizer.Tokenize(text)
	out := make([]segment.Sentence, 0, len(raw))
	for _, r := range raw {
		start, end := trimRange(text, r.Start, r.End)
		if start >= end {
			continue
		}
		out = append(out, segment.Sentence{Text: text[start:end], Start: start})
	}
	return out
}

// trimRange narrows [start,end) past surrounding white space.
func trimRange(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// punktWords is prose's word tokenizer, with sentences' type and shape
// tests that ran a regular expression on every word answered by hand
// where the expression cannot match.
type punktWords struct {
	sentences.DefaultWordTokenizer
}

// reNumeric is sentences' expression for a number in a word's type.
var reNumeric = regexp.MustCompile(`-?[\.,]?\d[\d,\.-]*\.?$`)

// Type returns the case-normalised type of the token, numbers rewritten as
// "##number##" and commas dropped: sentences' DefaultWordTokenizer.Type. The
// expression needs an ASCII digit, which lowering neither makes nor takes.
func (p *punktWords) Type(t *sentences.Token) string {
	typ := textcase.Lower(t.Tok)
	if hasDigit(typ) {
		typ = reNumeric.ReplaceAllString(typ, "##number##")
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// TypeNoPeriod is the type with its final period removed if it has one.
func (p *punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := p.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is the type with its final period removed if it is
// marked as a sentence break.
func (p *punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return p.TypeNoPeriod(t)
	}
	return p.Type(t)
}

// IsEllipsis reports whether the token ends in two full stops or more
// (sentences' `\.\.+$`).
func (p *punktWords) IsEllipsis(t *sentences.Token) bool {
	return strings.HasSuffix(t.Tok, "..")
}

// IsInitial reports whether the token is one ASCII letter and a full stop
// (sentences' `^[A-Za-z]\.$`).
func (p *punktWords) IsInitial(t *sentences.Token) bool {
	w := t.Tok
	return len(w) == 2 && w[1] == '.' && (w[0]|0x20)-'a' < 26
}

// IsNonPunct reports whether the token's type holds a number or a letter
// (sentences' expression built from the punctuation strings).
func (p *punktWords) IsNonPunct(t *sentences.Token) bool {
	return regexp.MustCompile(p.PunctStrings.NonPunct()).MatchString(p.Type(t))
}

// HasSentEndChars reports whether the token ends in sentence punctuation
// (and a closing quote or bracket) or holds it before an opening bracket:
// prose's test.
func (p *punktWords) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range sentEnders {
		if strings.HasSuffix(t.Tok, ender) && !strings.Contains(t.Tok, "Yahoo!") {
			return true
		}
	}
	for _, paren := range sentParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

var (
	sentEnders = []string{`."`, `.)`, `.’`, `.”`, `?`, `?"`, `?'`, `?)`, `?’`, `?”`, `!`, `!"`, `!'`, `!)`, `!’`, `!”`}
	sentParens = []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`}
)

var (
	reAbbr              = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	reLooksLikeEllipsis = regexp.MustCompile(`(?:\.\s?){2,}\.`)
)

// multiPunctWordAnnotation is prose's annotation of abbreviations with
// several stops, such as "F.B.I.".
type multiPunctWordAnnotation struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

// Annotate marks the abbreviations and sentence breaks of tokens.
func (a *multiPunctWordAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, tokPair := range a.TokenGrouper.Group(tokens) {
		if len(tokPair) < 2 || tokPair[1] == nil {
			tok := tokPair[0].Tok
			if strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				// We've mislabeled due to an errant newline.
				tokPair[0].SentBreak = false
			}
			continue
		}
		a.tokenAnnotation(tokPair[0], tokPair[1])
	}
	return tokens
}

// looksInternal reports whether tok's punctuation could appear inside a
// sentence (brackets or quotation marks).
func looksInternal(tok string) bool {
	for _, punc := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, punc) {
			return true
		}
	}
	return false
}

func (a *multiPunctWordAnnotation) tokenAnnotation(tokOne, tokTwo *sentences.Token) {
	var nextTyp string
	// Both full stops: an ellipsis the word tokenizer left in pieces.
	if strings.HasSuffix(tokOne.Tok, ".") && tokTwo.Tok == "." {
		tokOne.SentBreak = false
		tokTwo.SentBreak = false
		return
	}
	isNonBreak := strings.HasSuffix(tokOne.Tok, ".") && !tokOne.SentBreak
	// the expression needs three full stops
	isEllipsis := strings.Count(tokOne.Tok, ".") >= 3 && reLooksLikeEllipsis.MatchString(tokOne.Tok)
	isInternal := tokOne.SentBreak && looksInternal(tokOne.Tok)
	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
		isStarter := a.SentStarters[nextTyp]
		// An ellipsis before a capital or a frequent sentence starter ends
		// the sentence.
		if isEllipsis {
			if a.TokenParser.FirstUpper(tokTwo) || isStarter != 0 {
				tokOne.SentBreak = true
				return
			}
		}
		// Punctuation that can sit inside a sentence breaks only before a
		// capital or a frequent starter.
		if isInternal {
			if a.TokenParser.FirstLower(tokTwo) && isStarter == 0 {
				tokOne.SentBreak = false
				return
			}
		}
		// A full stop not marked as a break is one before a capital that
		// the model saw in lower case.
		if isNonBreak && a.TokenParser.FirstUpper(tokTwo) {
			if a.Storage.OrthoContext[nextTyp]&112 != 0 {
				tokOne.SentBreak = true
			}
		}
	}
	// the expression needs two full stops
	if strings.Count(tokOne.Tok, ".") < 2 || !reAbbr.MatchString(tokOne.Tok) {
		return
	}
	if a.IsInitial(tokOne) {
		return
	}
	tokOne.Abbr = true
	tokOne.SentBreak = false
	// [4.1.1. Orthographic Heuristic]
	if a.Ortho.Heuristic(tokTwo) == 1 {
		tokOne.SentBreak = true
		return
	}
	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
	}
	// [4.1.3. Frequent Sentence Starter Heuristic]
	if a.TokenParser.FirstUpper(tokTwo) && a.SentStarters[nextTyp] != 0 {
		tokOne.SentBreak = true
		return
	}
}

// Tokenize breaks text into words with their positions and whether they
// open a line or a paragraph: sentences' DefaultWordTokenizer.Tokenize, with
// ASCII bytes read without decoding a rune and the sentence punctuation
// test of its default punctuation strings (the segmenter's) by hand. As
// there, a word ends at white space or at the text's last byte only (a word
// ending in a rune of several bytes at the very end is left out).
func (p *punktWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	textLength := len(text)
	if textLength == 0 {
		return nil
	}
	tokens := make([]*sentences.Token, 0, 50)
	lastSpace := 0
	lineStart, paragraphStart, getNextWord := false, false, false
	for i, size := 0, 0; i < textLength; i += size {
		char, space := rune(text[i]), false
		size = 1
		if char < utf8.RuneSelf {
			space = asciiSpace[char]
		} else {
			char, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(char)
		}
		if !space && i != textLength-1 {
			continue
		}
		if char == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := i
		if i == textLength-1 {
			cursor = textLength
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		// DefaultPunctStrings.HasSentencePunct: a '.', '!' or '?'
		hasSentencePunct := strings.ContainsAny(word, ".!?")
		if onlyPeriodContext && !hasSentencePunct && !getNextWord {
			lastSpace = cursor
			continue
		}
		token := sentences.NewToken(word)
		token.Position = cursor
		token.ParaStart = paragraphStart
		token.LineStart = lineStart
		tokens = append(tokens, token)
		lastSpace = cursor
		lineStart, paragraphStart = false, false
		getNextWord = hasSentencePunct
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = textLength
		tokens = append(tokens, token)
	}
	return tokens
}
