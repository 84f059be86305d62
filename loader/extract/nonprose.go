package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Non-prose: the rows of earnings and price tables ("Shr 1.00 dlr vs 34
// cts", "Revs 371.3 mln vs 303.2 mln"), results lists and league tables
// ("Chelsea 2-1 Arsenal", "1. Arsenal 25 19 5 1 55") and the short labels
// between them ("Nine mths", "Pay March 31"). A row is read by its shape,
// never by its words: it does not end as a sentence ends and it is mostly
// numbers, or it compares numbers with "vs". No entity or fact is taken from
// a row; the headline and the prose around a table are read as usual.

// tableRows marks the sentences of an article that are table rows.
func tableRows(sents []sentence) []bool {
	rows := make([]bool, len(sents))
	n := 0
	for si := range sents {
		if tableRow(sents[si].toks) {
			rows[si] = true
			n++
		} else if codeLine(sents[si].toks) || nameList(sents[si].toks) {
			rows[si] = true
		}
	}
	if n < 2 {
		return rows
	}
	// Inside a table the labels between rows are rows too: short, with no
	// verb-like ending, such as "Nine mths" or "Record March 16". The first
	// sentence may be a headline: it stays unless its shape makes it a row.
	for si := 1; si < len(sents); si++ {
		if !rows[si] && tableLabel(sents[si].toks) && !dashByline(sents[si].toks) {
			rows[si] = true
		}
	}
	// A first label that ends in a number and opens the table ("Qtr ends
	// Dec 31" before "Shr ... vs ...") heads the table, not the article: a
	// headline seldom ends in a figure.
	if !rows[0] && len(sents) > 1 && rows[1] && tableLabel(sents[0].toks) && endsInNumber(sents[0].toks) {
		rows[0] = true
	}
	return rows
}

// tableRow reports whether a sentence is shaped like a table row.
func tableRow(toks []nlp.Token) bool {
	if len(toks) == 0 {
		return false
	}
	if endsProse(toks) {
		// "Shrs 494.35 mln vs 494.22 mln.": a short comparison of figures
		// with no verb is a row, full stop or not (a long one may be prose
		// whose verb the tagger missed).
		return len(toks) <= shortRowTokens && !hasFiniteVerb(toks) && figuresCompared(toks)
	}
	words, nums := 0, 0
	vs := -1
	finite := false
	for i, t := range toks {
		if isPunct(t.Text) {
			continue
		}
		words++
		finite = finite || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || t.Tag == "MD"
		if numeric(t) {
			nums++
		}
		if l := lower(t.Text); (l == "vs" || l == "vs." || l == "v" || l == "v.") && vs < 0 {
			vs = i
		}
	}
	if words == 0 {
		return false
	}
	// "Net 16.9 mln vs 5,696,000": figures compared on both sides of "vs".
	if vs > 0 && figuresCompared(toks) {
		return true
	}
	// Mostly numbers, short and without a finite verb: a results line or a
	// table row ("In 2003, the economy expanded by 1.3%" is a broken line of
	// prose).
	return !finite && words <= 20 && nums*4 >= words
}

// codeLine reports whether a sentence is a line of program code or a
// command, as tutorials and READMEs print them ("data <- data.frame(Probability
// = c(0.5, 0.7))", "YAGNA_API_URL, base URL to yagna REST API, e.g.
// http://localhost:7500"): it shows at least two marks of code, assignments
// and arrows, braces, calls glued to their name, identifiers joined by
// underscores, addresses with a scheme, a comment or prompt sign first.
func codeLine(toks []nlp.Token) bool {
	marks := 0
	for i, t := range toks {
		w := t.Text
		switch {
		case w == "=" || w == "==" || w == "<-" || w == "->" || w == "=>" || w == "{" || w == "}" || w == ":=" || w == "+=":
			marks++
		case i == 0 && (w == "#" || w == "$" || w == ">>>" || w == "//"):
			marks++
		case strings.Contains(w, "://"):
			marks++
		case gluedCall(w) || underscored(w):
			marks++
		}
		if marks >= 2 {
			return true
		}
	}
	return false
}

// gluedCall reports whether a token is a call glued to its name: "c(0.5",
// "ggplot(data", "install.packages(".
func gluedCall(w string) bool {
	i := strings.IndexByte(w, '(')
	return i > 0 && (unicode.IsLetter(rune(w[i-1])) || unicode.IsDigit(rune(w[i-1])) || w[i-1] == '_')
}

// underscored reports whether a token joins letters by an underscore
// ("my_ggp", "YAGNA_API_URL").
func underscored(w string) bool {
	i := strings.IndexByte(w, '_')
	return i > 0 && i+1 < len(w) && w[i-1] != '_' && w[i+1] != '_'
}

// tableLabel reports whether a sentence is a short label, not prose: at most
// six words and no sentence-final punctuation.
func tableLabel(toks []nlp.Token) bool {
	words := 0
	for _, t := range toks {
		if !isPunct(t.Text) {
			words++
		}
	}
	// A line starting in lower case is prose broken across lines.
	if len(toks) > 0 && unicode.IsLower([]rune(toks[0].Text)[0]) {
		return false
	}
	return words > 0 && words <= 6 && !endsProse(toks)
}

// endsProse reports whether a sentence ends as prose does: a full stop,
// question or exclamation mark, maybe inside a closing quote or bracket.
func endsProse(toks []nlp.Token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		if signOff(toks, i) {
			continue // "... and S.G. Warburg and Co Ltd. REUTER"
		}
		switch toks[i].Text {
		case "\"", "'", "”", "’", ")", "»":
			continue
		case ".", "?", "!", "...", "…":
			return true
		}
		return strings.HasSuffix(toks[i].Text, ".") && len(toks[i].Text) > 1 && !numeric(toks[i])
	}
	return false
}

func hasNumber(toks []nlp.Token) bool {
	for _, t := range toks {
		if numeric(t) {
			return true
		}
	}
	return false
}

// numeric reports whether a token is a number: digits ("1.00", "5,696,000",
// "2-1", "A$4.25") or a number word the tagger marks as one ("one", "four").
func numeric(t nlp.Token) bool {
	if t.Tag == "CD" {
		return true
	}
	for _, r := range t.Text {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// signOff reports whether token i is the wire's sign-off ("REUTER") closing
// a sentence after a word that ends in a full stop ("Co Ltd. REUTER"), where
// the segmenter left it in the sentence the abbreviation did not end.
func signOff(toks []nlp.Token, i int) bool {
	return i > 0 && i == len(toks)-1 && (toks[i].Text == "REUTER" || toks[i].Text == "REUTERS") &&
		len(toks[i-1].Text) > 1 && strings.HasSuffix(toks[i-1].Text, ".")
}

// nameList reports whether a sentence is a bare list of names, as a team
// list prints them ("C Paterson; S Webster, A Craig, H Southwell, S Lamont;
// D Parks, C Cusiter; ..."): at least six items parted by commas and
// semicolons, of at most four words each, no word in lower case but a
// name's particle (nameParticles) or the captain's mark, no "and" (a list in prose has one, and a verb).
func nameList(toks []nlp.Token) bool {
	items, words, n := 1, 0, 0
	for _, t := range toks {
		switch t.Text {
		case ",", ";":
			if n == 0 {
				return false
			}
			items++
			n = 0
			continue
		case "(", ")", ":", ".":
			continue
		}
		if !gazetteer.Capitalised(t.Text) && !nameParticles[t.Text] && t.Text != "capt" || numeric(t) {
			return false
		}
		words++
		if n++; n > 4 {
			return false
		}
	}
	return items >= 6 && words >= items
}
