package source

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability drops, before it scores anything, every element whose class or
// id names page furniture ("footer", "header", "extra", "sidebar", ...). Some
// themes wrap the whole article in such an element ("above-footer" on The
// Points Guy), and Readability then returns a disclaimer or an ad block for
// the article. hiddenMainBlock finds the block that holds most of the page's
// paragraph text when a furniture name on one of its ancestors hides it from
// Readability; the reader then reads that block. Names that mark comments and
// replies are left alone: a long comment thread is not the article.

// unlikelyName is Readability's pattern of furniture class and id names
// (go-readability's IsUnlikelyCandidates), and maybeName the words that
// keep an element anyway (MaybeItsACandidate).
var (
	unlikelyName = regexp.MustCompile(`(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote`)
	maybeName    = regexp.MustCompile(`(?i)and|article|body|column|content|main|mathjax|shadow`)
	// talkName marks readers' comments: never shielded.
	talkName = regexp.MustCompile(`(?i)comment|replies|remark|disqus|community|shoutbox`)
)

// minMainBlock is the paragraph text (in bytes) a block needs before it is
// taken for the article's body: Readability's own threshold.
const minMainBlock = 500

// hiddenMainBlock returns the page's main paragraph block if Readability
// would drop it as furniture (a furniture name on it or an ancestor), else
// nil. The main block is the element whose child paragraphs hold the most
// text, if that is at least minMainBlock bytes and twice what any other
// element's hold.
func hiddenMainBlock(doc *html.Node) *html.Node {
	perParent := map[*html.Node]int{}
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
			continue
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && n.Parent != nil {
			l := len(strings.TrimSpace(textOf(n)))
			perParent[n.Parent] += l
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	var main *html.Node
	second := 0
	for p, l := range perParent {
		switch {
		case main == nil || l > perParent[main]:
			if main != nil {
				second = perParent[main]
			}
			main = p
		case l > second:
			second = l
		}
	}
	if main == nil || perParent[main] < minMainBlock || perParent[main] < 2*second {
		return nil
	}
	hidden := false
	for n := main; n != nil; n = n.Parent {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		name := attr(n, "class") + " " + attr(n, "id")
		if talkName.MatchString(name) {
			return nil
		}
		if unlikelyName.MatchString(name) && !maybeName.MatchString(name) {
			hidden = true
		}
	}
	if !hidden {
		return nil
	}
	return main
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text under n, without recursion.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
			continue
		}
		if x.Type == html.ElementNode && skipAtoms[x.DataAtom] {
			continue
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}
