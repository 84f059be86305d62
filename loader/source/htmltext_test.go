package source

import (
	"fmt"
	"strings"
	"testing"
)

// TestProseCaption: in a list article (three or more figures whose captions
// hold two or more paragraphs) the captions are the items' text and are kept;
// one such figure alone (a caption and a credit paragraph), a one-line photo
// caption and a caption with one paragraph (a credit) stay furniture (issue 15).
func TestProseCaption(t *testing.T) {
	item := func(s string) string {
		return `<figure><h2>` + s + `</h2><img src="a.jpg"><figcaption><p>` + s + ` is easy.</p>` +
			`<p><strong>What you need:</strong> a green dress.</p></figcaption></figure>`
	}
	para := func(s string) string { return s + "\n\n" + s + " is easy.\n\nWhat you need: a green dress." }
	for _, c := range []struct{ in, want string }{
		{`<p>Intro.</p>` + item("1. Tiana") + item("2. Drake") + item("3. Jessie"),
			"Intro.\n\n" + para("1. Tiana") + "\n\n" + para("2. Drake") + "\n\n" + para("3. Jessie")},
		{`<p>Intro.</p>` + item("1. Tiana") + item("2. Drake"), "Intro.\n\n1. Tiana\n\n2. Drake"},
		{`<p>Intro.</p><figure><img src="a.jpg"><figcaption><p class="caption">The app scans codes.</p>` +
			`<p class="source">(Bild: Hersteller)</p></figcaption></figure>`, "Intro."},
		{`<p>Intro.</p><figure><img src="a.jpg"><figcaption>The minister in London. Photo: AFP</figcaption></figure>`,
			"Intro."},
		{`<p>Intro.</p><figure><figcaption>Three leaders at the debate. <p class="credits">Toni Smith / Getty</p></figcaption></figure>`,
			"Intro."},
		{`<p>Intro.</p><figure><figcaption><p> </p><p>Credit: AP</p></figcaption></figure>`,
			"Intro."},
	} {
		if got := htmlFragmentText(c.in); got != c.want {
			t.Errorf("htmlFragmentText(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestListArticleTitles: a list article's item titles sit in figure blocks
// named "header"; the reader keeps them with the items' captions, while the
// page's own header stays out (issue 15).
func TestListArticleTitles(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Costumes</title></head><body><div class="site-header"><h2>Site menu</h2></div><article>`)
	b.WriteString(`<p>Cheap and easy costumes are all that matter this year, and we found the best ones that can be made at the very last minute from things you already own.</p>`)
	for i, name := range []string{"Drake", "Tiana", "Jessie", "Scientist"} {
		fmt.Fprintf(&b, `<figure class="slide"><div class="slide-header"><h2><a href="/photo/%d">%d. %s</a></h2></div>`, i, i+1, name)
		fmt.Fprintf(&b, `<figcaption><p>Learn the moves to really get into character as %s, the crowd will love it.</p>`, name)
		b.WriteString(`<p><strong>What you need:</strong> boots, a grey sweatsuit and a little patience, all of them easy to find in any shop.</p></figcaption></figure>`)
	}
	b.WriteString(`</article></body></html>`)
	a, err := parseHTML(b.String(), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1. Drake", "4. Scientist", "as Tiana, the crowd", "What you need: boots"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Site menu") {
		t.Errorf("text keeps the page header:\n%s", a.Text)
	}
}
