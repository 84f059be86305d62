package source

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// When a page's metadata gives no publication date the reader can read
// (issue 15: 20 of the 104 hand-checked pages), the date is looked for where
// pages print it otherwise: an HTML5 <time datetime> element, the JSON state
// a page's scripts hold ("publishedDate": "2016-11-04T20:37:27Z"), or a
// dateline line at the head of the text the reader leaves out ("2/26/2015
// 7:11 AM PST BY TMZ STAFF"). Relative dates ("on Monday") resolve against
// it.

// metaDate reads a metadata date value, also when it carries a time after a
// bar ("April 21, 2022 | 4:39 pm").
func metaDate(v string) (time.Time, bool) {
	if t, ok := ParseDate(v); ok {
		return t, true
	}
	if i := strings.IndexAny(v, "|•"); i > 0 {
		return ParseDate(strings.TrimSpace(v[:i]))
	}
	return time.Time{}, false
}

// timeElementDate returns the date of the page's first <time> element with
// a datetime attribute after its first <h1> (the story's own, not a list's
// above it), else of its first such element.
func timeElementDate(doc *html.Node) (time.Time, bool) {
	var first, afterH1 string
	seenH1 := false
	stack := []*html.Node{doc}
	for len(stack) > 0 && afterH1 == "" {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.H1:
				seenH1 = true
			case atom.Time:
				if v := strings.TrimSpace(attr(n, "datetime")); v != "" {
					if first == "" {
						first = v
					}
					if seenH1 {
						afterH1 = v
					}
				}
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	for _, v := range []string{afterH1, first} {
		if t, ok := metaDate(v); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// stateDateRE is a publication date in a script's JSON state: a string or
// a Unix time in seconds or milliseconds.
var stateDateRE = regexp.MustCompile(`"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|firstPublished|firstPublishedAt|date_published|pubDate)"\s*:\s*(?:"([^"]{6,40})"|(\d{10,13})\b)`)

// scriptStateDate returns the first publication date stateDateRE finds in
// the page's scripts.
func scriptStateDate(doc *html.Node) (time.Time, bool) {
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.TextNode {
					continue
				}
				for _, m := range stateDateRE.FindAllStringSubmatch(c.Data, 8) {
					if t, ok := ParseDate(m[1] + m[2]); ok {
						return t, true
					}
				}
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return time.Time{}, false
}
