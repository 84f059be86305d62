package source

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropPageExtras removes, before Readability reads the page, markup whose
// text is never the article's although it sits among its paragraphs (issue
// 15): posts embedded from social networks (their text and the "— Name
// (@handle) date" line under it), footnote markers glued to the word before
// them ("Boris Shor.3"), and a picture's caption set inside a paragraph,
// before its text ("© Provided by Business Insider Inc Nintendo/Apple
// Nintendo and Apple shocked the world ...": the copyright rule then took
// the whole lead for a notice). Each is found by the markup's common conventions
// (class names, a <sup> number linking within the page), not by site.
// Credit lines and screen-reader text stay: the text rules read "Photo: X"
// as a caption's credit, and "| By" as a byline, only when they are there.
func dropPageExtras(doc *html.Node) {
	type frame struct {
		n   *html.Node
		inP bool
	}
	var drop []*html.Node
	captionBlocks := !galleryCaptions(doc)
	stack := []frame{{n: doc}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		caption := n.Type == html.ElementNode && !f.inP && captionBlocks && blockCaption(n)
		if n.Type == html.ElementNode && (extraElement(n) || caption && n.DataAtom != atom.P) {
			// A caption block is removed: Readability turns a <div> of
			// text into a <p> without its attributes, and a mark with them.
			drop = append(drop, n)
			continue
		}
		if n.Type == html.ElementNode && (f.inP && inlineCaption(n) || caption) {
			// Marked, not removed: Readability would score the block
			// without it and might drop the block (nodeText skips it).
			n.Attr = append(n.Attr, html.Attribute{Key: skipAttr, Val: "caption"})
			continue
		}
		inP := f.inP || n.Type == html.ElementNode && n.DataAtom == atom.P
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, frame{c, inP})
		}
	}
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// skipAttr marks an element whose text nodeText leaves out.
const skipAttr = "data-newsgraph-skip"

var (
	// embedClass names the blocks of embedded social posts (Twitter's,
	// Instagram's, TikTok's, Facebook's and Reddit's embed codes).
	embedClass = regexp.MustCompile(`(?i)(^|\s)(twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|fb-post|fb-video|reddit-card|imgur-embed-pub)(\s|$)`)
	// captionClass is a class name of a picture's caption, credit or
	// attribution ("caption", "image-credit"; not "no_caption").
	captionClass = regexp.MustCompile(`(?i)^(?:[a-z0-9]+[-_])*(caption|attribution|credits?|copyright)(?:[-_][a-z0-9]+)*$`)
	notCaption   = regexp.MustCompile(`(?i)(^|[-_])(no|has|with|without|not)[-_]`)
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

// inlineCaption reports whether n, inside a paragraph, is a picture's
// caption or credit by its class name.
func inlineCaption(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if captionClass.MatchString(c) && !notCaption.MatchString(c) {
			return true
		}
	}
	return false
}

// maxCaptionText bounds the text of a block taken for a caption: list
// articles tell their items in longer captions (proseCaption).
const maxCaptionText = 300

// blockCaption reports whether n, anywhere in the page, is a picture's
// caption or credit block by its class name ("caption", "wp-caption-text",
// "image-credit"), short enough to be no item of a list article.
func blockCaption(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Article, atom.Main, atom.Section, atom.Figure, atom.Figcaption: // nodeText reads figcaptions
		return false
	}
	return inlineCaption(n) && len(strings.TrimSpace(textOf(n))) <= maxCaptionText
}

// galleryCaptions reports whether the page tells its story in captions: it
// has minListItems caption blocks (blockCaption) of 80 characters or more,
// as list articles and galleries do. Their captions are then body text.
func galleryCaptions(doc *html.Node) bool {
	count := 0
	stack := []*html.Node{doc}
	for len(stack) > 0 && count < minListItems {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && blockCaption(n) {
			if utf8.RuneCountInString(strings.TrimSpace(textOf(n))) >= 80 {
				count++
			}
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return count >= minListItems
}
