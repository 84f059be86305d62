package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headingAtoms are the heading elements h1 to h6.
var headingAtoms = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// keepFigureTitles clears the class and id of the blocks inside a <figure>
// that are named "header" and hold a heading. List articles title each item
// in such a block ("slide-header" around "1. Drake"); go-readability takes
// any block named "header" for the page's header and drops it, and the item's
// title with it (issue 15). A page's own header is not inside a figure.
func keepFigureTitles(doc *html.Node) {
	type frame struct {
		n        *html.Node
		inFigure bool
	}
	stack := []frame{{n: doc}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		x, in := f.n, f.inFigure
		if x.Type == html.ElementNode {
			if in && namedHeader(x) && holdsHeading(x) {
				x.Attr = dropAttrs(x.Attr, "class", "id")
			}
			in = in || x.DataAtom == atom.Figure
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, frame{c, in})
		}
	}
}

// namedHeader reports whether n's class or id says "header".
func namedHeader(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "header") {
			return true
		}
	}
	return false
}

// holdsHeading reports whether a heading element is among n's children or
// grandchildren.
func holdsHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if headingAtoms[c.DataAtom] {
			return true
		}
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			if g.Type == html.ElementNode && headingAtoms[g.DataAtom] {
				return true
			}
		}
	}
	return false
}

// dropAttrs returns attrs without the named keys.
func dropAttrs(attrs []html.Attribute, keys ...string) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		drop := false
		for _, k := range keys {
			drop = drop || a.Key == k
		}
		if !drop {
			out = append(out, a)
		}
	}
	return out
}
