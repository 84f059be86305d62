package source

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropPageExtras removes, before Readability reads the page, markup whose
// text is never the article's although it sits among its paragraphs (issue
// 15): posts embedded from social networks (their text and the "— Name
// (@handle) date" line under it), footnote markers glued to the word before
// them ("Boris Shor.3"). Each is found by the markup's common conventions
// (class names, a <sup> number linking within the page), not by site.
// Credit lines and screen-reader text stay: the text rules read "Photo: X"
// as a caption's credit, and "| By" as a byline, only when they are there.
func dropPageExtras(doc *html.Node) {
	var drop []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && extraElement(n) {
			drop = append(drop, n)
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

var (
	// embedClass names the blocks of embedded social posts (Twitter's,
	// Instagram's, TikTok's, Facebook's and Reddit's embed codes).
	embedClass = regexp.MustCompile(`(?i)(^|\s)(twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|fb-post|fb-video|reddit-card|imgur-embed-pub)(\s|$)`)
	// footnoteMark is the text of a footnote marker: "3", "[12]", "*", "†".
	footnoteMark = regexp.MustCompile(`^\[?(\d{1,3}|[*†‡§])\]?$`)
)

// extraElement reports whether n is one of the extras dropPageExtras drops.
func extraElement(n *html.Node) bool {
	class := attr(n, "class")
	switch {
	case embedClass.MatchString(class):
		return n.DataAtom == atom.Blockquote || n.DataAtom == atom.Div
	case n.DataAtom == atom.Sup:
		return footnoteMarker(n)
	}
	return false
}

// footnoteMarker reports whether a <sup> is a footnote's marker: its text a
// number or a sign, and a link to a place in the page inside it or around it.
func footnoteMarker(sup *html.Node) bool {
	if !footnoteMark.MatchString(strings.TrimSpace(textOf(sup))) {
		return false
	}
	inPage := func(a *html.Node) bool {
		return a.Type == html.ElementNode && a.DataAtom == atom.A && strings.HasPrefix(strings.TrimSpace(attr(a, "href")), "#")
	}
	for p := sup.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.P; p = p.Parent {
		if inPage(p) {
			return true
		}
	}
	for c := sup.FirstChild; c != nil; c = c.NextSibling {
		if inPage(c) {
			return true
		}
	}
	return false
}
