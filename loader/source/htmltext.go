package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are elements that start a new paragraph.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Figure: true, atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Center: true, atom.Form: true, atom.Fieldset: true, atom.Body: true, atom.Html: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true,
}

// skipAtoms are elements whose content is never article text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Figcaption: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Nav: true, atom.Head: true, atom.Title: true,
}

// nodeText renders the visible text of n: paragraphs (block elements)
// separated by a blank line, white space collapsed inside them, <br> as a
// line break. Scripts, styles, captions and other non-text elements are left
// out. It walks the tree without recursion, so deep nesting is safe.
func nodeText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	type frame struct {
		n     *html.Node
		leave bool
	}
	listCaptions := countProseCaptions(n) >= minListItems
	stack := []frame{{n: n}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		x := f.n
		if f.leave {
			if x.Type == html.ElementNode && blockAtoms[x.DataAtom] {
				flush()
			}
			continue
		}
		switch x.Type {
		case html.TextNode:
			writeCollapsed(&cur, x.Data)
			continue
		case html.ElementNode:
			if (skipAtoms[x.DataAtom] && !(listCaptions && proseCaption(x))) || hidden(x) {
				continue
			}
			switch x.DataAtom {
			case atom.Br:
				trimTrailingSpace(&cur)
				cur.WriteByte('\n')
				continue
			case atom.Img:
				continue
			}
			if blockAtoms[x.DataAtom] {
				flush()
			}
		case html.CommentNode, html.DoctypeNode:
			continue
		}
		stack = append(stack, frame{n: x, leave: true})
		// Push children in reverse so the first is handled first.
		var kids []*html.Node
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
	flush()
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		for j, l := range lines {
			lines[j] = strings.TrimSpace(l)
		}
		paras[i] = strings.Join(lines, "\n")
	}
	return strings.Join(paras, "\n\n")
}

// minListItems is how many figures with prose captions make a page a list
// article whose items are told in figures.
const minListItems = 3

// proseCaption reports whether n is a figure caption holding two or more
// paragraphs, as list articles and galleries write each item's text ("1.
// Drake" above a picture, then its description in the caption). Such
// captions are body text only when the page has minListItems of them: one
// figure whose caption is a line and a credit paragraph stays furniture.
func proseCaption(n *html.Node) bool {
	if n.DataAtom != atom.Figcaption {
		return false
	}
	paras := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P && strings.TrimSpace(nodeText(c)) != "" {
			paras++
		}
	}
	return paras >= 2
}

// countProseCaptions counts the prose captions under n (see proseCaption),
// stopping at minListItems. It walks the tree without recursion.
func countProseCaptions(n *html.Node) int {
	count := 0
	stack := []*html.Node{n}
	for len(stack) > 0 && count < minListItems {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.ElementNode && x.DataAtom == atom.Figcaption {
			if proseCaption(x) {
				count++
			}
			continue
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return count
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden", skipAttr:
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// writeCollapsed appends s with runs of white space turned into one space.
func writeCollapsed(b *strings.Builder, s string) {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' {
			str := b.String()
			if len(str) == 0 || str[len(str)-1] == ' ' || str[len(str)-1] == '\n' {
				continue
			}
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
}

func trimTrailingSpace(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if len(t) != len(s) {
		b.Reset()
		b.WriteString(t)
	}
}

// htmlFragmentText renders an HTML fragment (a feed description) as text.
// Plain text without markup comes back with its paragraphs normalised.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return normalizeParagraphs(s)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return normalizeParagraphs(s)
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return nodeText(ctx)
}
