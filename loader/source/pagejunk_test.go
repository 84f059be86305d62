package source

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestExtraJunk: picture credits, player notices, teasers, app promos,
// look-alike advertising and readers' dash credits are furniture; quote
// attributions, dialogue and body sentences are not.
func TestExtraJunk(t *testing.T) {
	for _, c := range []struct {
		para string
		junk bool
	}{
		{"Image copyright Reuters", true},
		{"Featured image by Alberto Riva/The Points Guy.", true},
		{"Titelbild: Fachy Marín on Unsplash", true},
		{"Media playback is unsupported on your device", true},
		{"click to enlarge", true},
		{"Image", true},
		{"Check Out: 12 Tips on Bougainvillea Watering", true},
		{"Puede leer: AIRD y agropecuarios piden cambios", true},
		{"[Our Latest Forecast: Who Will Win The 2020 Democratic Primary?]", true},
		{"Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up", true},
		{"Get the latest news straight to your phone with the VI Consortium app.", true},
		{"ebowleg@tribunemedia.net", true},
		{"Аdvеrtіѕе wіth thе most visited news site in Веlіzе", true},
		{"—Joe L., age 10", true},
		{"—reader Rebecca K.", true},
		{"—5-year-old Kerrigan", true},
		{"– Kyle Hughes, Writer", false},
		{"MORE: Black-led group strikes deal to revitalize Oakland Coliseum site", true},
		{"Download PowerPoint", true},
		{"Share on Pinterest", true},
		{"- Advertisement -", true},
		{"BVINEWS.COM", true},
		{"You can unsubscribe from this service at any time. And rest assured that your data will not be shared with any other party.", true},
		{"“If you read his newsletter, you know what he thinks,” she said.", false},
		{"More than 200 people attended the meeting on Monday.", false},
		{"—\nIf you enjoyed our roundup about AI in Patient Care, subscribe to our YouTube channel for video updates.", true},
		{"If you enjoyed making this Italian Olive & Herb Focaccia Bread, how about also making some of our other bread recipes?", true},
		{"If you liked the first film, the sequel will not disappoint, the critic wrote.", false},
		{"—¿Dónde está? —preguntó Juan.", false},
		{"—No lo sé, dijo el ministro.", false},
		{"Photographs of the ceremony were released by the ministry on Tuesday.", false},
		{"Get ready: the port reopens on Monday, the minister said.", false},
		{"Москва и Санкт-Петербург", false},
	} {
		if got := extraJunk(c.para); got != c.junk {
			t.Errorf("extraJunk(%q) = %v, want %v", c.para, got, c.junk)
		}
	}
}

// TestDropAuthorBio: the byline's author's note at the page's end goes; a
// paragraph about someone else, or the author named inside the story, stays.
func TestDropAuthorBio(t *testing.T) {
	body := "The city said on Tuesday that the pipes would be replaced."
	bio := "Corey Kilgannon is a Metro reporter covering news and human interest stories."
	if got := dropAuthorBio(body+"\n\n"+bio, "Corey Kilgannon"); got != body {
		t.Errorf("bio kept: %q", got)
	}
	other := "Jane Roe is a spokeswoman for the city."
	if got := dropAuthorBio(body+"\n\n"+other, "Corey Kilgannon"); got != body+"\n\n"+other {
		t.Errorf("another's sentence dropped: %q", got)
	}
	early := bio + "\n\n" + body + "\n\n" + body + "\n\n" + body + "\n\n" + body
	if got := dropAuthorBio(early, "Corey Kilgannon"); got != early {
		t.Errorf("a paragraph far from the end dropped: %q", got)
	}
}

// TestPageExtras: embedded tweets and footnote markers leave the text; a
// superscript that links nowhere stays.
func TestPageExtras(t *testing.T) {
	body := strings.Repeat("<p>The state’s newest Supreme Court justice was sworn in on Monday in Olympia, the court said in a statement.</p>\n", 6)
	page := `<html><head><title>Sworn in</title></head><body><article><h1>Sworn in</h1>` + body +
		`<blockquote class="twitter-tweet"><p>Honored to have offered the benediction today.</p>— Seth Goldstein (@Rabbi_360) January 7, 2020</blockquote>` +
		`<p>A list compiled by political scientist Boris Shor<a class="fn" href="#fn-3"><sup>3</sup></a> shows it. The room measured 40 m<sup>2</sup>.</p>` +
		body + `</article></body></html>`
	a, err := parseHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"benediction", "Rabbi_360", "Shor3"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, a.Text)
		}
	}
	for _, good := range []string{"Boris Shor shows it", "40 m2"} {
		if !strings.Contains(a.Text, good) {
			t.Errorf("text lost %q:\n%s", good, a.Text)
		}
	}
}

// TestCleanHeadline: the site's name leaves either end of the title, and
// the page's heading replaces a <title> variant when og:title agrees with it.
func TestCleanHeadline(t *testing.T) {
	page := func(h1 string) string {
		return `<html><body><h1>` + h1 + `</h1><p>x</p></body></html>`
	}
	for _, c := range []struct {
		title, site, og, h1, want string
	}{
		{"Losing face: masks stolen | The Japan Times", "The Japan Times", "", "Losing face: masks stolen", "Losing face: masks stolen"},
		{"GitHub - golemfactory/yapapi: API for Golem.", "GitHub", "", "Golem Python API", "golemfactory/yapapi: API for Golem."},
		{"Michael Bloomberg is answering - Los Angeles Times", "Los Angeles Times", "As his first debate nears", "As his first debate nears", "As his first debate nears"},
		{"Apple’s Vision Pro hands-on: the Retina moment", "The Verge", "Apple’s Vision Pro is the Retina moment", "Apple’s Vision Pro is the Retina moment", "Apple’s Vision Pro hands-on: the Retina moment"},
		{"BBC News", "BBC News", "", "", "BBC News"},
	} {
		doc := mustParse(t, page(c.h1))
		if got := cleanHeadline(c.title, c.site, c.og, doc); got != c.want {
			t.Errorf("cleanHeadline(%q, %q, %q) = %q, want %q", c.title, c.site, c.og, got, c.want)
		}
	}
}

func mustParse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestCaptionBlocks: a caption block by its class leaves the text; a
// gallery's captions, three or more of some length, stay as its story.
func TestCaptionBlocks(t *testing.T) {
	body := strings.Repeat("<p>Two men were shot dead in separate incidents on Thursday night, police in Nassau said on Friday.</p>\n", 6)
	one := `<div class="caption">Bodies being taken away from the scene in Baillou Hill Road. Photos: Jane Roe/Tribune Staff</div>`
	page := `<html><body><article><h1>Two shot dead</h1>` + one + body + `</article></body></html>`
	a, err := parseHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Baillou") {
		t.Errorf("caption kept:\n%s", a.Text)
	}
	item := `<div class="slide-caption">What you need: a red jumper with a white collar and a black headband will make you turn into Sabrina Spellman.</div>`
	gallery := `<html><body><article><h1>Costumes</h1>` + body + strings.Repeat(item, 3) + `</article></body></html>`
	if a, err = parseHTML(gallery, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Sabrina Spellman") {
		t.Errorf("gallery captions dropped:\n%s", a.Text)
	}
}
