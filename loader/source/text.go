package source

import (
	"errors"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// lineKind classifies one line of a plain-text article.
type lineKind int

const (
	kindBody    lineKind = iota
	kindAgency           // "AP", "AP,", "Reuters", "PTI | New Delhi"
	kindByline           // "By Jane Doe"
	kindDate             // "• Jan 10 2022, 17:22 ist", "Updated: ..."
	kindCaption          // "... Credit: AFP File Photo", "Image caption, ..."
	kindLink             // "Also Read | ...", "Read more: ..."
	kindJunk             // "Advertisement", "Share this article"
)

// textLine is one non-empty line with what it was found to be.
type textLine struct {
	text  string
	block int // index of the blank-line-separated block it belongs to
	kind  lineKind

	agency  string    // kindAgency, kindByline: the agency named
	author  string    // kindByline
	date    time.Time // kindDate
	updated bool      // kindDate: an "updated" line
}

// parseText reads a plain-text article or page scrape: the first non-empty
// line is the headline; the rest is the body. Page furniture (standfirst,
// agency and byline lines, date lines, photo captions, "Also Read" links,
// "Advertisement") is dropped from the text; the date, agency and author it
// holds fill Published, Source and Author. Paragraphs are separated by a blank
// line in the result.
func parseText(text string) (*Article, error) {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")

	var lines []textLine
	block := 0
	headline := ""
	prevBlank := true
	for _, raw := range strings.Split(text, "\n") {
		l := strings.TrimSpace(strings.Map(nbspToSpace, raw))
		if l == "" {
			if !prevBlank {
				block++
			}
			prevBlank = true
			continue
		}
		prevBlank = false
		if headline == "" {
			headline = l
			block++
			prevBlank = true
			continue
		}
		cl := classifyLine(l, block)
		if cl.kind == kindBody && len(lines) > 0 && lines[len(lines)-1].kind == kindByline &&
			utf8.RuneCountInString(l) <= 60 && roleRE.MatchString(l) && !strings.ContainsAny(l, ".!?") {
			cl.kind = kindJunk // "Diplomatic correspondent" under a byline
		}
		lines = append(lines, cl)
	}
	if headline == "" {
		return nil, ErrEmpty
	}
	a := &Article{Headline: headline}

	// The header zone: the first lines after the headline, up to the last
	// agency, byline or date line among them. Body lines there (before that
	// furniture) are a standfirst or summary, not article sentences.
	const headerLines = 10
	lastHeader := -1
	for i := 0; i < len(lines) && i < headerLines; i++ {
		switch lines[i].kind {
		case kindAgency, kindByline, kindDate:
			lastHeader = i
		}
	}
	if lastHeader >= 0 {
		body := 0
		for i := 0; i < lastHeader; i++ {
			if lines[i].kind == kindBody {
				body++
			}
		}
		if body <= 3 {
			for i := 0; i < lastHeader; i++ {
				if lines[i].kind == kindBody {
					lines[i].kind = kindJunk
				}
			}
		}
	}

	// Metadata from the furniture.
	var updated time.Time
	for _, l := range lines {
		switch l.kind {
		case kindAgency, kindByline:
			if a.Source == "" && l.agency != "" {
				a.Source = l.agency
			}
			if a.Author == "" && l.author != "" {
				a.Author = l.author
			}
		case kindDate:
			if l.updated {
				if updated.IsZero() {
					updated = l.date
				}
			} else if a.Published.IsZero() {
				a.Published = l.date
			}
		}
	}
	if a.Published.IsZero() {
		a.Published = updated
	}

	// Paragraphs from the body lines, block by block.
	var paras []string
	for i := 0; i < len(lines); {
		j := i
		var body []string
		for ; j < len(lines) && lines[j].block == lines[i].block; j++ {
			if lines[j].kind == kindBody {
				body = append(body, lines[j].text)
			}
		}
		paras = append(paras, joinBlock(body)...)
		i = j
	}

	// A standfirst repeated in the body (often cut short) is dropped.
	if len(paras) > 1 {
		first := normWords(paras[0])
		if len(first) >= 20 {
			for _, p := range paras[1:] {
				if strings.Contains(normWords(p), first) {
					paras = paras[1:]
					break
				}
			}
		}
	}
	if a.Source == "" && len(paras) > 0 {
		a.Source = datelineAgency(paras[0])
	}
	a.Text = strings.Join(paras, "\n\n")
	return a, nil
}

func nbspToSpace(r rune) rune {
	if r == '\u00a0' || r == '\u202f' || r == '\u2007' {
		return ' '
	}
	return r
}

// joinBlock turns the body lines of one block into paragraphs: hard-wrapped
// lines (all short) are joined with spaces; long lines are paragraphs of
// their own.
func joinBlock(lines []string) []string {
	if len(lines) <= 1 {
		return lines
	}
	if isList(lines) {
		return []string{strings.Join(lines, "\n")} // a list: one item a line
	}
	for _, l := range lines {
		if utf8.RuneCountInString(l) > 100 {
			return lines
		}
	}
	return []string{strings.Join(lines, " ")}
}

var listItem = regexp.MustCompile(`^([-*•·–—]|\d{1,2}[.)])\s`)

// isList reports whether every line starts with a list marker.
func isList(lines []string) bool {
	for _, l := range lines {
		if !listItem.MatchString(l) {
			return false
		}
	}
	return true
}

// normWords lower-cases s and keeps only letters and digits, single-spaced.
func normWords(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

var (
	bulletPrefix = regexp.MustCompile(`^[•·●▪■◦‣\-–—*|>»]+\s*`)
	datePrefix   = regexp.MustCompile(`(?i)^(last updated|updated|first published|published|posted|last modified|modified|created|dated|date)(\s+(on|at))?\s*[:\-–—|]?\s*`)
	dateSuffix   = regexp.MustCompile(`(?i)\s*[|·•]\s*\d+\s*min(ute)?s?\s+read\s*$`)
	bylineRE     = regexp.MustCompile(`(?i)^(by|written by|reported by|text by|words by)\s+(.{2,100})$`)
	linkRE       = regexp.MustCompile(`(?i)^(also read|read also|also see|see also|read more|read|related|related stories|related news|related articles?|recommended|must read|watch|also watch|watch video|listen|click here|don'?t miss|trending|more from|more on this|top stories)\s*[|:>»\-–—]`)
	junkRE       = regexp.MustCompile(`(?i)^(advertisements?|story continues below( this)? advertisement|continue reading|share|share this( article| story)?|sign up|subscribe|comments?|print|email|e-mail|facebook|twitter|whatsapp|linkedin|copy link|skip to (main )?content|loading|(\(?this (story|article|report) has not been edited.*)|((follow|catch|join) .{0,60}\b(on|at) (twitter|facebook|instagram|google news|telegram|whatsapp|youtube).*))[.!]?$`)
	inputsRE     = regexp.MustCompile(`(?i)^\(?\s*(with (inputs|additional reporting) from|inputs from|additional reporting by)\s+(.{1,80}?)\s*\)?\.?$`)
	captionStart = regexp.MustCompile(`(?i)^(image source|image caption|media caption|photo caption|caption|photo|photos|image|picture|pic|file photo|file image|representational image|representative image|photograph|video|graphic)\s*[,:|]`)
	captionCred  = regexp.MustCompile(`(?i)\b(credits?|source|photo credit|image credit|photo courtesy|picture courtesy|courtesy|photo|image|picture|pic|photograph)\s*:\s*[^.!?]{1,80}$`)
	captionParen = regexp.MustCompile(`(?i)\([^()]*\b(photos?|file|images?|pic|credit|via getty)\b[^()]*\)\.?\s*$`)
	captionTail  = regexp.MustCompile(`(?i)\b(file photo|file image|getty images|afp photo|ap photo|reuters photo|pti photo|shutterstock|istock)\s*[.)]?\s*$`)
	datelineRE   = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{L}\d .,'’-]{1,60}\(([A-Za-z][A-Za-z./& -]{0,40})\)\s*[-—–:]`)
	readTimeRE   = regexp.MustCompile(`(?i)^\d+\s*(-\s*)?(min|mins|minute|minutes)\s+(read|watch|listen)$`)
	roleRE       = regexp.MustCompile(`(?i)\b(correspondent|editor|reporter|writer|staff|bureau|desk|journalist|columnist|contributor|analyst|producer)\b`)
)

var agencySep = regexp.MustCompile(`\s*(?:/|&|\+|,|\band\b)\s*`)

// agencies maps lower-case agency and desk names to how they are written.
var agencies = map[string]string{}

func init() {
	for _, n := range []string{
		"AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Agence France Presse",
		"Reuters", "Thomson Reuters", "Reuters Staff", "PTI", "Press Trust of India", "IANS", "ANI", "UNI",
		"Bloomberg", "Xinhua", "dpa", "Deutsche Presse-Agentur", "UPI", "EFE", "ANSA", "Kyodo", "Kyodo News",
		"TASS", "Interfax", "RIA Novosti", "Sputnik", "PA", "PA Media", "Press Association", "AAP", "Yonhap",
		"Anadolu", "Anadolu Agency", "Bernama", "CNA", "KUNA", "WAM", "SPA", "APA", "NNA", "Al Jazeera",
		"Agencies", "News Agencies", "Agency", "Wire", "Wires", "TNN", "HT", "Express News Service",
		"DH News Service", "Staff Reporter", "Our Correspondent", "Special Correspondent", "Staff Writer",
		"Web Desk", "News Desk", "Online Desk", "Desk", "NYT", "New York Times", "The New York Times",
		"Washington Post", "The Washington Post", "BBC", "BBC News", "CNN", "Guardian", "The Guardian",
		"Dow Jones", "MarketWatch", "Canadian Press", "The Canadian Press", "Jiji", "Jiji Press", "Antara",
		"Ritzau", "NTB", "TT", "ANP", "Belga", "Lusa", "Europa Press", "APA-OTS", "Ukrinform", "Xinhua News Agency",
	} {
		agencies[strings.ToLower(n)] = n
	}
}

// agencyName reads s as one or more agency names ("AP", "AFP/Reuters",
// "PTI, New Delhi" is not one); it returns the first, or "".
func agencyName(s string) string {
	s = strings.Trim(s, " ,;:|.-–—()")
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return ""
	}
	parts := agencySep.Split(s, -1)
	first := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		name, ok := agencies[strings.ToLower(p)]
		if !ok {
			return ""
		}
		if first == "" {
			first = name
		}
	}
	return first
}

// classifyLine decides what one trimmed, non-empty line is.
func classifyLine(s string, block int) textLine {
	l := textLine{text: s, block: block, kind: kindBody}
	n := utf8.RuneCountInString(s)
	if n > 400 {
		return l
	}
	if isCaption(s) {
		l.kind = kindCaption
		return l
	}
	if n > 160 {
		return l
	}
	if linkRE.MatchString(s) {
		l.kind = kindLink
		return l
	}
	if junkRE.MatchString(s) || readTimeRE.MatchString(s) {
		l.kind = kindJunk
		return l
	}
	if m := inputsRE.FindStringSubmatch(s); m != nil {
		l.kind = kindJunk
		l.agency = agencyName(m[3])
		return l
	}
	// A line may hold several pieces of furniture: "AP | Jan 10 2022".
	pieces := strings.Split(s, "|")
	var got []textLine
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		pl, ok := classifyPiece(p)
		if !ok {
			return l
		}
		got = append(got, pl)
	}
	if len(got) == 0 {
		return l
	}
	l.kind = got[0].kind
	for _, g := range got {
		if l.agency == "" {
			l.agency = g.agency
		}
		if l.author == "" {
			l.author = g.author
		}
		if l.date.IsZero() && !g.date.IsZero() {
			l.date, l.updated = g.date, g.updated
			if l.kind != kindByline {
				l.kind = kindDate
			}
		}
	}
	if l.agency != "" && l.kind != kindByline {
		l.kind = kindAgency
	}
	return l
}

// classifyPiece classifies one "|"-separated piece of a furniture line.
func classifyPiece(p string) (textLine, bool) {
	var l textLine
	q := bulletPrefix.ReplaceAllString(p, "")
	if name := agencyName(q); name != "" {
		l.kind, l.agency = kindAgency, name
		return l, true
	}
	if t, upd, ok := dateLine(q); ok {
		l.kind, l.date, l.updated = kindDate, t, upd
		return l, true
	}
	if m := bylineRE.FindStringSubmatch(q); m != nil && looksLikeNames(m[2]) {
		rest := strings.TrimSpace(m[2])
		l.kind = kindByline
		// "By Jane Doe, Reuters" or "By Jane Doe | AP"
		if i := strings.LastIndex(rest, ","); i > 0 {
			if a := agencyName(rest[i+1:]); a != "" {
				l.agency = a
				rest = strings.TrimSpace(rest[:i])
			}
		}
		if a := agencyName(rest); a != "" {
			l.agency = a
		} else if words := len(strings.Fields(rest)); words <= 12 {
			l.author = strings.TrimRight(rest, " ,;:")
		} else {
			return l, false
		}
		return l, true
	}
	return l, false
}

// nameConnectors may appear in lower case inside a byline.
var nameConnectors = map[string]bool{"and": true, "&": true, "de": true, "van": true, "von": true, "da": true,
	"di": true, "la": true, "le": true, "del": true, "der": true, "den": true, "bin": true, "al": true, "in": true,
	"with": true, "y": true, "e": true, "dos": true, "du": true}

// looksLikeNames reports whether s reads as a list of names: every word
// capitalised except connectors, and no sentence punctuation at its end.
func looksLikeNames(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "!?") {
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", "|", " ", ";", " ").Replace(s))
	if len(words) == 0 || len(words) > 14 {
		return false // "," or "|;" alone: no names
	}
	last := words[len(words)-1]
	if strings.HasSuffix(last, ".") && len([]rune(last)) > 3 {
		return false // "stalled." ends a sentence; "Jr." or "A." does not
	}
	for _, w := range words {
		if nameConnectors[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dateLine reads a line that is only a date, with an optional "Updated:" or
// "Published:" prefix and bullets.
func dateLine(s string) (t time.Time, updated, ok bool) {
	s = bulletPrefix.ReplaceAllString(s, "")
	if m := datePrefix.FindString(s); m != "" {
		updated = strings.Contains(strings.ToLower(m), "updated") || strings.Contains(strings.ToLower(m), "modified")
		s = s[len(m):]
	}
	s = dateSuffix.ReplaceAllString(s, "")
	s = strings.Trim(s, " ,;")
	if s == "" || len(strings.Fields(s)) > 10 || !hasDigit(s) {
		return time.Time{}, false, false
	}
	t, ok = ParseDate(s)
	if !ok {
		// "Monday, 10 January 2022 17:22" and similar: drop a weekday.
		if i := strings.IndexAny(s, ", "); i > 0 && isWeekday(s[:i]) {
			t, ok = ParseDate(strings.TrimLeft(s[i:], ", "))
		}
	}
	return t, updated, ok
}

func isWeekday(s string) bool {
	switch strings.ToLower(strings.TrimSuffix(s, ".")) {
	case "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
		"fri", "friday", "sat", "saturday", "sun", "sunday":
		return true
	}
	return false
}

// isCaption reports whether a line is a photo or video caption or credit.
func isCaption(s string) bool {
	return captionStart.MatchString(s) || captionCred.MatchString(s) || captionParen.MatchString(s) ||
		captionTail.MatchString(s)
}

// datelineAgency reads the agency of a wire dateline such as
// "WASHINGTON (AP) — ...", or "".
func datelineAgency(p string) string {
	if m := datelineRE.FindStringSubmatch(p); m != nil {
		return agencyName(m[1])
	}
	return ""
}

// dropFurniture removes paragraphs that are page furniture (captions,
// "Also Read" links, "Advertisement", lone agency, byline or date lines) from
// text extracted from HTML or feeds.
func dropFurniture(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	inList := false // after a "Related stories" heading: its link titles follow
	for _, p := range paras {
		t := strings.TrimSpace(p)
		if listHeadRE.MatchString(t) {
			inList = true
			continue
		}
		if inList && !strings.Contains(t, "\n") && isLinkTitle(t) {
			continue
		}
		inList = false
		if pageJunkRE.MatchString(t) || utf8.RuneCountInString(t) <= 300 && promoRE.MatchString(t) || extraJunk(t) {
			continue
		}
		if m := leadBylineRE.FindStringIndex(p); m != nil && len(kept) < 3 {
			p = p[m[1]:] // "By Aaron Humes: The Americas cannot ..."
		}
		if strings.Contains(p, "\n") || classifyLine(p, 0).kind == kindBody {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

var (
	// listHeadRE is a heading over a list of links to other pages.
	listHeadRE = regexp.MustCompile(`(?i)^(related|related (stories|news|articles?|posts|content|coverage|links|reading)|further reading|more (stories|news|articles|coverage|in [\p{L} ]{1,30}|from [\p{L} ]{1,30})|[\p{L} ]{1,30} (best picks|reviews)|(you|you might|you may) (also|might) like|recommended( for you| stories| reading)?|most (read|popular|viewed)|popular (stories|posts)|trending( now| stories)?|read (more|next|also)|see also|also read|latest (news|stories|posts)|top stories)\s*:?$`)
	// pageJunkRE is a paragraph of page furniture: view counters, "Posted:"
	// date lines, copyright and reprint notices.
	pageJunkRE = regexp.MustCompile(`(?i)^((views|hits|reads)\s*:?\s*[\d,.]+|posted( on)?\s*:?\s*\p{L}+,? .{0,60}\d{4}\b.{0,20}|(©|\(c\)|copyright\b).{0,400}|` +
		// figure captions, republication notes, reporting credits
		`(figure|fig\.|image|photo|table|video) \d+\s*[:.].{0,300}|` +
		`(this|the) (article|story|post|piece) (was|is|has been) (originally |first )?(published|posted|republished|appeared)\b.{0,300}|` +
		`\(?[\p{L}.,'’ -]{3,200} contributed (to )?(this|the) (report|story|article)\.?\)?)$`)
	// promoRE is a short paragraph that asks the reader to subscribe or sign
	// up ("Subscribe to our newsletter and follow us on Facebook, Pinterest
	// and Instagram", "Sign up for the free daily TPG newsletter") or says
	// where the article ran in print: the publisher's, not the story's.
	promoRE = regexp.MustCompile(`(?i)^(?:(?:[^.!?]{0,80}\b)?(?:subscribe|sign(?:ing)?[ -]up|join our)\b[^.!?]{0,120}\b(?:newsletters?|follow us|mailing list|e-?mail list|edition)\b|` +
		`(?:never miss|keep up with|don['’]t miss)\b[^.!?]{0,100}\bnewsletter\b|a version of this article appears in print\b)`)
	// leadBylineRE is a byline written into the lead paragraph.
	leadBylineRE = regexp.MustCompile(`^By (\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3})\s*[:|]\s+`)
)

// isLinkTitle reports whether a paragraph reads as the title of a linked
// page rather than body text: short, and not ending as a sentence does.
func isLinkTitle(t string) bool {
	if t == "" {
		return true
	}
	if len(strings.Fields(t)) > 16 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '"', ':', ';':
		return false
	}
	return true
}

var errNoText = errors.New("no article text")
