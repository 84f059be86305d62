package source

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs of page furniture that dropFurniture's older patterns let
// through (issue 15, from the pages of testdata/web-gold's development
// sets): picture credits and player notices, teasers of other pages, promos
// for the publisher's newsletter or app, advertising written in look-alike
// letters, and the dash lines that credit a contributor.

var (
	// pictureJunkRE is a paragraph that only credits or announces a picture
	// or a player: "Image copyright Reuters", "Featured image by X",
	// "Titelbild: X on Unsplash", "click to enlarge", "View photo".
	pictureJunkRE = regexp.MustCompile(`(?i)^((image|photo|picture) (copyright|credit|source)\b.{0,100}|` +
		`(featured|header|cover|lead|top) (image|photo|picture)( by|:).{0,150}|` +
		`(titelbild|symbolbild|foto|bild|fotos|photo credit|crédit photo|foto de portada)\s*:.{0,150}|` +
		`(click|tap) to (enlarge|expand|zoom)|view (photo|image|gallery|slideshow)|image|photo|video|` +
		`media playback is unsupported on your device|(this|the) video (is|has been) (unavailable|removed)\b.{0,60}|` +
		`download (figure|powerpoint|pdf|image|slide|citation)|share (on|via|to) (facebook|twitter|pinterest|linkedin|whatsapp|e-?mail|reddit|x)|` +
		`[-–—\s]*advertisement[-–—\s]*|(www\.)?[\p{L}\d-]+\.(com|net|org|gov|edu|co|io|tv|news|info)(\.[a-z]{2})?)$`)
	// teaserRE is a line that leads to another page: "Check out: 12 Tips on
	// Watering", "Puede leer: ...", a bracketed link title "[Our Latest
	// Forecast: Who Will Win?]".
	teaserRE = regexp.MustCompile(`(?i)^(more|see more|check out|also check|puede leer|lea también|lee también|leer más|lesen sie auch|mehr zum thema|lire aussi|à lire aussi)\s*:|^\[[^\[\]]{5,200}\]$`)
	// appPromoRE is a short paragraph selling the publisher's edition by
	// e-mail or its app: "Get The Times of Israel's Daily Edition by email",
	// "Get the latest news straight to your phone with the X app".
	appPromoRE = regexp.MustCompile(`(?i)^(get|download|receive)\s+(the|our)\b[^.!?]{0,120}\b(by e-?mail|in your inbox|newsletter|app)\b`)
	// mailPromoRE and mailPromoYou together mark a paragraph selling the
	// publisher's e-mails to the reader ("Simply pop your email into the
	// box ...", "You can unsubscribe from this service at any time"); a
	// paragraph quoting someone is not one.
	mailPromoRE  = regexp.MustCompile(`(?i)\b(unsubscribe|newsletters?|e-?mail (roundup|alerts?|updates?)|(roundup|daily) e-?mails?|into the box|in your inbox|direct to you)\b`)
	mailPromoYou = regexp.MustCompile(`(?i)\byou(r)?\b`)
	// enjoyedRE is a closing promo that starts from the reader's pleasure:
	// "If you enjoyed our roundup about X, subscribe to our YouTube
	// channel", "If you enjoyed making this bread, how about our other
	// recipes?".
	enjoyedRE = regexp.MustCompile(`(?is)^[—–-]*\s*if you (enjoyed|liked|loved)\b.{0,300}\b(subscribe|follow us|sign up|our other|more of our|share (it|this))\b`)
	// emailLineRE is a paragraph that is an e-mail address alone.
	emailLineRE = regexp.MustCompile(`^\S+@\S+\.\p{L}{2,}$`)
)

// extraJunk reports whether a paragraph is furniture by the patterns above.
func extraJunk(t string) bool {
	n := utf8.RuneCountInString(t)
	if n > 300 {
		return lookalikeText(t)
	}
	return pictureJunkRE.MatchString(t) || teaserRE.MatchString(t) || appPromoRE.MatchString(t) ||
		mailPromoRE.MatchString(t) && mailPromoYou.MatchString(t) && !strings.ContainsAny(t, "\"“”«»") ||
		enjoyedRE.MatchString(t) || emailLineRE.MatchString(t) || dashCredit(t) || lookalikeText(t)
}

// dashCredit reports whether a paragraph is a dash line crediting a reader
// who sent what stands above it, by first name and initial or with an age:
// "—Joe L., age 10", "—reader Rebecca K.", "—5-year-old Kerrigan". A dash
// line that attributes a quote to someone named in full ("– Kyle Hughes,
// Writer") is the article's; one that asks or ends a sentence ("—¿Dónde
// está?", "—No lo sé, dijo.") is dialogue. Both stay.
func dashCredit(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if r != '—' && r != '–' {
		return false
	}
	rest := strings.TrimSpace(t[size:])
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 25 || strings.ContainsAny(rest, "?¿\"“”«»:") || strings.Contains(rest, "\n") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !unicode.IsLower(first) {
		return false
	}
	last := words[len(words)-1]
	if strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 {
		return false // a sentence's end; "K." and "Jr." are not
	}
	return readerCredit.MatchString(rest)
}

// readerCredit marks a contributor's credit: an age, a surname cut to its
// initial, or the words of a reader's submission.
var readerCredit = regexp.MustCompile(`\b([Aa]ge[ds]?\s*\d|\d{1,2}\b|year-old|\p{Lu}\.(,|$)|([Rr]eaders?|[Ss]ubmitted|[Ss]ent in)\b)`)

// lookalikeText reports whether a paragraph writes two or more of its words
// with Latin letters mixed with Cyrillic or Greek look-alikes ("Веlіzе"), as
// advertising and spam do to escape filters; no language writes so.
func lookalikeText(t string) bool {
	mixed := 0
	for _, w := range strings.Fields(t) {
		latin, other := false, false
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Latin, r):
				latin = true
			case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r):
				other = true
			}
		}
		if latin && other {
			if mixed++; mixed >= 2 {
				return true
			}
		}
	}
	return false
}

// authorBioVerbs reads a paragraph that opens with a name and goes on as an
// author's note does: "X is a Metro reporter", "X has covered economics",
// "X writes the column", "X covers".
var authorBioVerbs = regexp.MustCompile(`^,?\s+(is an?|is the|has (covered|written|been|reported)|covers|writes|reports|joined|was previously)\b`)

// maxBioTail is how many paragraphs from the end an author's note is looked
// for.
const maxBioTail = 3

// dropAuthorBio removes an author's note from the last paragraphs of a page's
// text: a paragraph that opens with the page's author's name (from its
// byline or metadata) and goes on "is a reporter", "has covered".
func dropAuthorBio(text, author string) string {
	author = strings.TrimSpace(author)
	if author == "" || !strings.Contains(author, " ") || !strings.Contains(text, "\n\n"+author) {
		return text
	}
	paras := strings.Split(text, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-maxBioTail; i-- {
		p := strings.TrimSpace(paras[i])
		if strings.HasPrefix(p, author) && authorBioVerbs.MatchString(p[len(author):]) {
			paras = append(paras[:i], paras[i+1:]...)
		}
	}
	return strings.Join(paras, "\n\n")
}
