package source

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The head of a page's text often holds what the page prints between its
// headline and its story (issue 15): the headline again in another wording
// or case ("$150K Pearl Oscar Dress ... STOLEN!!!!"), a kicker label
// ("EXCLUSIVE", "Biz & IT —"), and a dateline or byline the older rules do
// not read ("2/26/2015 7:11 AM PST BY TMZ STAFF", "February 24, 2020 |
// 9:25pm", "CNNMoney (New York) First published February 1, 2016: 1:28 AM
// ET", "Posted by Alex Durán, AMP Project Marketing, Google").

// maxLeadJunk is how many paragraphs at the head of the text are looked at.
const maxLeadJunk = 4

var (
	// kickerRE is a label printed over a story.
	kickerRE = regexp.MustCompile(`^(?i:exclusive|breaking|breaking news|update|updated|developing|watch|video|photos|opinion|analysis|live|sponsored|sponsored content|paid content|advertorial|news|feature|review|interview|commentary|editorial|explainer)$`)
	// sectionRE is a section label ending in a dash or bar: "Biz & IT —".
	sectionRE = regexp.MustCompile(`^[\p{L}&.,' ]{2,30}\s*[—–|»>]$`)
	// publishedRE is a line telling when the story was published, posted or
	// updated, with a year.
	publishedRE = regexp.MustCompile(`(?i)\b(first published|published|posted|updated|last updated|erstellt am|veröffentlicht|publicado|publié)\b[^!?]{0,40}\b(19|20)\d\d\b`)
	// postedByRE is a byline written as "Posted by NAME, ..." or "By NAME ...
	// STAFF".
	postedByRE = regexp.MustCompile(`(?i)^(posted|written|published|reported) by \p{Lu}`)
	// bylineAfterDate is a date or time followed by "BY NAME".
	bylineAfterDate = regexp.MustCompile(`^(.{4,40}?)\s+(?i:by)\s+(\p{Lu}.{1,60})$`)
	// clockRE is a time of day: "9:25pm", "7:11 AM PST", "18:36".
	clockRE = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s+[a-z]{2,4})?$`)
)

// dropLeadJunk removes such lines from the first maxLeadJunk paragraphs of
// text; headline is the page's headline. It returns the text and the first
// date a dropped line gives, if any.
func dropLeadJunk(text, headline string) (string, time.Time) {
	paras := strings.Split(text, "\n\n")
	head, headWords := wordSet(headline), wordList(headline)
	kept := paras[:0]
	var date time.Time
	for i, p := range paras {
		if i < maxLeadJunk && leadJunk(strings.TrimSpace(p), head, headWords) {
			if date.IsZero() {
				date = lineDate(strings.TrimSpace(p))
			}
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n"), date
}

// lineDate returns the date a dateline or byline line gives: the line
// itself, its part before "by", or its first piece that is a date.
func lineDate(p string) time.Time {
	if m := bylineAfterDate.FindStringSubmatch(p); m != nil {
		p = m[1]
	}
	if m := publishedRE.FindStringIndex(p); m != nil {
		p = strings.TrimSpace(datePrefixWords.ReplaceAllString(p, ""))
	}
	for _, piece := range append([]string{p}, pieceSep.Split(p, -1)...) {
		if t, _, ok := dateLine(strings.TrimSpace(piece)); ok {
			return t
		}
		if t, ok := ParseDate(strings.TrimSpace(piece)); ok {
			return t
		}
	}
	return time.Time{}
}

// datePrefixWords is what stands before the date in a "published" line.
var datePrefixWords = regexp.MustCompile(`(?i)^.*?\b(first published|last updated|published|posted|updated|erstellt am|veröffentlicht|publicado|publié)\b( on| at| am)?\s*:?\s*`)

// leadJunk reports whether p, a paragraph at the head of the text, is one of
// the lines dropLeadJunk drops.
func leadJunk(p string, head map[string]bool, headWords []string) bool {
	if p == "" || utf8.RuneCountInString(p) > 160 || strings.Contains(p, "\n") {
		return false
	}
	section := sectionRE.MatchString(p) && strings.IndexFunc(p, unicode.IsLower) >= 0 // not a "WASHINGTON —" dateline
	if kickerRE.MatchString(p) || section || repeatsHeadline(p, head) || opensWithHeadline(p, headWords) {
		return true
	}
	if endsSentence(p) {
		return false
	}
	if publishedRE.MatchString(p) || postedByRE.MatchString(p) && len(strings.Fields(p)) <= 14 {
		return true
	}
	if m := bylineAfterDate.FindStringSubmatch(p); m != nil && datePiece(m[1]) {
		return true
	}
	if pieces := pieceSep.Split(p, -1); len(pieces) > 1 {
		for _, piece := range pieces {
			piece = strings.TrimSpace(piece)
			if _, ok := classifyPiece(piece); piece != "" && !datePiece(piece) && !ok && !creditPiece.MatchString(piece) {
				return false
			}
		}
		return true
	}
	return false
}

var (
	// pieceSep parts the pieces of a dateline or byline line.
	pieceSep = regexp.MustCompile(`\s*[|•·]\s*`)
	// creditPiece is a piece crediting words or pictures: "words written by
	// Kanae Nakamine", "Art by Koichi".
	creditPiece = regexp.MustCompile(`^(?i:[\p{L}]+ ){0,3}(?i:by) \p{Lu}[\p{L}.'’ -]{1,40}$`)
)

// datePiece reports whether s is a date or a time of day.
func datePiece(s string) bool {
	if clockRE.MatchString(s) {
		return true
	}
	if _, _, ok := dateLine(s); ok {
		return true
	}
	// "2/26/2015 7:11 AM PST": a date and a time.
	if i := strings.IndexByte(s, ' '); i > 0 {
		if _, _, ok := dateLine(s[:i]); ok && clockRE.MatchString(strings.TrimSpace(s[i:])) {
			return true
		}
	}
	return false
}

// repeatsHeadline reports whether p says the headline again: two or more
// words, every one of them a word of the headline.
func repeatsHeadline(p string, head map[string]bool) bool {
	if len(head) == 0 {
		return false
	}
	words := wordList(p)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !head[w] {
			return false
		}
	}
	return true
}

// opensWithHeadline reports whether p is the headline of three or more
// words and a standfirst run on after it, not ending as a sentence does
// ("Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh Welcome to the
// Flavor Capital of Northern Japan").
func opensWithHeadline(p string, headWords []string) bool {
	if len(headWords) < 3 || endsSentence(p) {
		return false
	}
	words := wordList(p)
	if len(words) <= len(headWords) {
		return false
	}
	for i, w := range headWords {
		if words[i] != w {
			return false
		}
	}
	return true
}

// endsSentence reports whether p ends as a sentence does.
func endsSentence(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, " \"'”’)"))
	return r == '.' || r == '!' || r == '?'
}

// wordList returns the lower-case words (letters and digits) of s.
func wordList(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// wordSet returns the set of wordList(s).
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range wordList(s) {
		set[w] = true
	}
	return set
}
