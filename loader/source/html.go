package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxHTMLDepth bounds element nesting; deeper markup is not a real page and
// would make extraction slow.
const maxHTMLDepth = 512

// readHTML extracts the article of one HTML page: the main text with
// go-readability, and headline, date, publisher, author and canonical URL
// from the page's metadata (Open Graph, article:*, JSON-LD, <title>).
func (r *reader) readHTML(name string, data []byte, pageURL string) error {
	text, warn, err := decodeHTML(data)
	if err != nil {
		return r.fail(name, err)
	}
	art, err := parseHTML(text, pageURL)
	if err != nil {
		return r.fail(name, err)
	}
	art.Origin = name
	it := Item{Article: art}
	if warn != "" {
		it.Warnings = []string{name + ": " + warn}
	}
	return r.emit(it)
}

// decodeHTML returns the page as UTF-8. Valid UTF-8 is trusted over a
// declared charset (saved pages often keep a stale <meta charset>); other
// bytes are decoded by the declared charset, else as Windows-1252.
func decodeHTML(data []byte) (string, string, error) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if looksBinary(data) {
		return "", "", binaryReason(data)
	}
	if utf8.Valid(data) {
		return string(data), "", nil
	}
	enc, encName, certain := charset.DetermineEncoding(data, "")
	if certain || encName != "windows-1252" {
		out, err := enc.NewDecoder().Bytes(data)
		if err == nil {
			return string(out), "", nil
		}
	}
	return decodeText(data)
}

// parseHTML extracts one article from a page held in text.
func parseHTML(text, pageURL string) (*Article, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			return nil, fmt.Errorf("HTML nested more than %d elements deep: not a readable page", maxHTMLDepth)
		}
		return nil, fmt.Errorf("invalid HTML: %s", strings.TrimPrefix(err.Error(), "html: "))
	}
	if d := htmlDepth(doc); d > maxHTMLDepth {
		return nil, fmt.Errorf("HTML nested %d elements deep (limit %d): not a readable page", d, maxHTMLDepth)
	}
	a := &Article{URL: pageURL}
	meta := pageMeta(doc)
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	if meta.canonical != "" {
		if u, err := url.Parse(meta.canonical); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			a.URL = u.String()
		}
	}
	keepFigureTitles(doc)
	dropPageExtras(doc)                // embeds.go
	hiddenMain := hiddenMainBlock(doc) // mainblock.go
	ra, err := readability.FromDocument(doc, base)
	if err == nil {
		a.Headline = ra.Title()
		a.Author = ra.Byline()
		a.Source = ra.SiteName()
		if t, err := ra.PublishedTime(); err == nil {
			if t, ok := sane(t); ok {
				a.Published = t
			}
		}
		if ra.Node != nil {
			a.Text = dropFurniture(nodeText(ra.Node))
		}
		if hiddenMain != nil {
			// Readability dropped the body as furniture: read the block itself
			if t := dropFurniture(nodeText(hiddenMain)); 2*len(a.Text) < len(t) {
				a.Text = t
			}
		}
	}
	if a.Headline == "" {
		a.Headline = firstNonEmpty(meta.ogTitle, meta.title)
	}
	if a.Source == "" {
		a.Source = meta.siteName
	}
	a.Headline = cleanHeadline(a.Headline, a.Source, meta.ogTitle, doc) // headline.go
	if a.Author == "" {
		a.Author = meta.author
	}
	if a.Published.IsZero() && meta.published != "" {
		if t, ok := metaDate(meta.published); ok { // pagedates.go
			a.Published = t
		}
	}
	if a.Published.IsZero() {
		if t, ok := timeElementDate(doc); ok {
			a.Published = t
		} else if t, ok := scriptStateDate(doc); ok {
			a.Published = t
		}
	}
	a.Text = dropAuthorBio(a.Text, a.Author) // pagejunk.go
	a.Text = dropReferences(a.Text)          // references.go
	var leadDate time.Time
	a.Text, leadDate = dropLeadJunk(a.Text, a.Headline) // leadjunk.go
	if a.Published.IsZero() {
		a.Published = leadDate
	}
	if a.Text == "" {
		// Readability found no article: fall back to the visible body text.
		a.Text = nodeText(doc)
	}
	if strings.TrimSpace(a.Text) == "" && strings.TrimSpace(a.Headline) == "" {
		return nil, errNoText
	}
	return a, nil
}

// htmlMeta holds what a page says about itself in <head>.
type htmlMeta struct {
	title, ogTitle, siteName, author, published, canonical string
}

func pageMeta(doc *html.Node) htmlMeta {
	var m htmlMeta
	q := goquery.NewDocumentFromNode(doc)
	m.title = strings.TrimSpace(q.Find("head title").First().Text())
	q.Find("meta").Each(func(_ int, s *goquery.Selection) {
		key := strings.ToLower(firstNonEmpty(s.AttrOr("property", ""), s.AttrOr("name", ""), s.AttrOr("itemprop", "")))
		val := strings.TrimSpace(s.AttrOr("content", ""))
		if val == "" {
			return
		}
		set := func(dst *string) {
			if *dst == "" {
				*dst = val
			}
		}
		switch key {
		case "og:title", "twitter:title":
			set(&m.ogTitle)
		case "og:site_name", "application-name":
			set(&m.siteName)
		case "author", "article:author", "byl", "dc.creator", "sailthru.author":
			if !strings.HasPrefix(val, "http") {
				set(&m.author)
			}
		case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
			"dc.date.issued", "sailthru.date", "og:published_time", "parsely-pub-date":
			set(&m.published)
		case "og:url":
			set(&m.canonical)
		}
	})
	if m.published == "" {
		m.published = jsonLDPublished(q)
	}
	if m.published == "" {
		// Microdata: <time itemprop="datePublished" datetime="...">.
		q.Find(`[itemprop="datePublished"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			m.published = strings.TrimSpace(firstNonEmpty(s.AttrOr("datetime", ""), s.AttrOr("content", "")))
			return m.published == ""
		})
	}
	if c, ok := q.Find(`link[rel="canonical"]`).First().Attr("href"); ok && strings.TrimSpace(c) != "" {
		m.canonical = strings.TrimSpace(c)
	}
	return m
}

// jsonLDPublished returns the first datePublished in the page's JSON-LD
// blocks, at any depth (Yoast and others put the article inside "@graph").
func jsonLDPublished(q *goquery.Document) string {
	found := ""
	q.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		found = findKey(v, "datePublished", 0)
		return found == ""
	})
	return found
}

// findKey returns the first string value of key in a decoded JSON value,
// searching at most 8 levels deep.
func findKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch t := v.(type) {
	case map[string]any:
		if s, ok := t[key].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
		for _, c := range t {
			if s := findKey(c, key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range t {
			if s := findKey(c, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// htmlDepth returns the deepest element nesting in the tree, without
// recursion.
func htmlDepth(n *html.Node) int {
	type fr struct {
		n *html.Node
		d int
	}
	max := 0
	stack := []fr{{n, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.d > max {
			max = f.d
		}
		for c := f.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, fr{c, f.d + 1})
			}
		}
	}
	return max
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
