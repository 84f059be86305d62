package source

import "testing"

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
