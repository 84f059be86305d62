package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators part a page title from the site's name ("Losing face |
// The Japan Times", "GitHub - yapapi: ...").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", ": "}

// cleanHeadline returns the page's headline without the site's name that
// titles carry before or after it (issue 15: "Penny - Stardew Valley Wiki",
// "X - Los Angeles Times"). When the title carried the site's name and a
// heading (<h1>) of the page says what og:title says, the heading is the
// headline: og:title and <h1> agree on the story's own title where <title>
// carries a search-engine variant ("Michael Bloomberg is having to answer
// questions about his past - Los Angeles Times").
func cleanHeadline(headline, site, ogTitle string, doc *html.Node) string {
	h := collapseSpace(headline)
	s := collapseSpace(site)
	if s == "" {
		return h
	}
	cut := stripSiteName(h, s)
	if cut == h {
		return h
	}
	h = cut
	og := collapseSpace(ogTitle)
	if og == "" || strings.EqualFold(og, h) {
		return h
	}
	for _, h1 := range headingTexts(doc, atom.H1) {
		if strings.EqualFold(h1, og) {
			return h1
		}
	}
	return h
}

// stripSiteName cuts the site's name and its separator from either end of
// a title; a title that is the site's name alone stays.
func stripSiteName(h, site string) string {
	for _, sep := range titleSeparators {
		affix := sep + site
		if n := len(h) - len(affix); n > 0 && strings.EqualFold(h[n:], affix) {
			if rest := strings.TrimSpace(h[:n]); rest != "" {
				return rest
			}
		}
		affix = site + sep
		if sep != ": " && len(h) > len(affix) && strings.EqualFold(h[:len(affix)], affix) {
			if rest := strings.TrimSpace(h[len(affix):]); rest != "" {
				return rest
			}
		}
	}
	return h
}

// headingTexts returns the collapsed text of every element a of the page,
// in document order, without recursion.
func headingTexts(doc *html.Node, a atom.Atom) []string {
	var out []string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.DataAtom == a {
			if t := collapseSpace(textOf(n)); t != "" {
				out = append(out, t)
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return out
}
