package source

import (
	"strings"
	"testing"
	"time"
)

// TestClassifyLine: page furniture from many news sites, and body lines that
// must stay body.
func TestClassifyLine(t *testing.T) {
	for _, c := range []struct {
		line   string
		kind   lineKind
		agency string
		author string
		date   string // RFC 3339 in UTC, for date lines
	}{
		// agency and byline lines
		{line: "AP", kind: kindAgency, agency: "AP"},
		{line: "AP,", kind: kindAgency, agency: "AP"},
		{line: "Reuters", kind: kindAgency, agency: "Reuters"},
		{line: "AFP/Reuters", kind: kindAgency, agency: "AFP"},
		{line: "Press Trust of India", kind: kindAgency, agency: "Press Trust of India"},
		{line: "By Jonathan Landay", kind: kindByline, author: "Jonathan Landay"},
		{line: "By MATTHEW LEE", kind: kindByline, author: "MATTHEW LEE"},
		{line: "By Kylie Atwood, CNN", kind: kindByline, author: "Kylie Atwood", agency: "CNN"},
		{line: "Written by Jane Doe and John Roe", kind: kindByline, author: "Jane Doe and John Roe"},
		{line: "By Reuters Staff", kind: kindByline, agency: "Reuters Staff"},
		// date lines
		{line: "• Jan 10 2022, 17:22 ist", kind: kindDate, date: "2022-01-10T11:52:00Z"},
		{line: "• updated: Jan 10 2022, 17:22 ist", kind: kindDate, date: "2022-01-10T11:52:00Z"},
		{line: "January 10, 2022", kind: kindDate, date: "2022-01-10T00:00:00Z"},
		{line: "10 January 2022", kind: kindDate, date: "2022-01-10T00:00:00Z"},
		{line: "Published: 10 January 2022", kind: kindDate, date: "2022-01-10T00:00:00Z"},
		{line: "Mon 10 Jan 2022 18.02 GMT", kind: kindDate, date: "2022-01-10T18:02:00Z"},
		{line: "2022-01-10T17:22:00+05:30", kind: kindDate, date: "2022-01-10T11:52:00Z"},
		{line: "Updated 1:15 PM ET, Mon January 10, 2022", kind: kindDate, date: "2022-01-10T18:15:00Z"},
		{line: "AP | Jan 10 2022", kind: kindAgency, agency: "AP", date: "2022-01-10T00:00:00Z"},
		// captions
		{line: "Presidents Joe Biden and Vladimir Putin began a phone call on December 30, 2021, the White House said. Credit: AFP File Photo", kind: kindCaption},
		{line: "Image source, Getty Images", kind: kindCaption},
		{line: "Image caption, Wendy Sherman led the US delegation", kind: kindCaption},
		{line: "Sergei Ryabkov arrives in Geneva. (AP Photo/Markus Schreiber)", kind: kindCaption},
		{line: "Photo: Reuters", kind: kindCaption},
		{line: "A view of the mission in Geneva. Source: Supplied", kind: kindCaption},
		{line: "Talks resumed on Monday. Reuters file photo", kind: kindCaption},
		// links and junk
		{line: "Also Read | Explained: Main issues at Russia-US security talks", kind: kindLink},
		{line: "Read more: Russia says talks are at a dead end", kind: kindLink},
		{line: "RELATED: NATO meets in Brussels", kind: kindLink},
		{line: "Advertisement", kind: kindJunk},
		{line: "Story continues below advertisement", kind: kindJunk},
		{line: "4 min read", kind: kindJunk},
		{line: "Share this article", kind: kindJunk},
		{line: "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)", kind: kindJunk},
		{line: "Follow us on Twitter and Facebook", kind: kindJunk},
		{line: "(With inputs from AFP)", kind: kindJunk, agency: "AFP"},
		// body lines that look a little like furniture
		{line: "The AP reported that talks would resume.", kind: kindBody},
		{line: "By Monday the talks had stalled.", kind: kindBody},
		{line: "Russia wants guarantees, Ryabkov said on Monday, January 10.", kind: kindBody},
		{line: "Sherman said the photo was taken in 2021.", kind: kindBody},
		{line: "Read the full statement, the ministry said.", kind: kindBody},
		{line: "Share prices fell 3% on Monday.", kind: kindBody},
		{line: "Moscow", kind: kindBody},
	} {
		l := classifyLine(c.line, 0)
		if l.kind != c.kind || l.agency != c.agency || l.author != c.author {
			t.Errorf("%q: kind %d agency %q author %q; want %d %q %q", c.line, l.kind, l.agency, l.author, c.kind, c.agency, c.author)
		}
		if c.date != "" {
			if got := l.date.UTC().Format(time.RFC3339); got != c.date {
				t.Errorf("%q: date %s, want %s", c.line, got, c.date)
			}
		}
	}
}

// TestParseTextScrapes: whole scrapes in the layouts of several sites.
func TestParseTextScrapes(t *testing.T) {
	for _, c := range []struct {
		name, in                 string
		headline, source, author string
		published                string
		text                     string
	}{
		{
			name:     "plain",
			in:       "Blair hails deal\n\nTony Blair has hailed a deal.\n\nHe said so.\n",
			headline: "Blair hails deal",
			text:     "Tony Blair has hailed a deal.\n\nHe said so.",
		},
		{
			name: "wire copy with dateline and read time",
			in: "Exclusive: US weighs new sanctions\nBy Jonathan Landay\n4 minute read\n\n" +
				"WASHINGTON, Jan 10 (Reuters) - The United States is weighing new sanctions, officials said.\n\n" +
				"Advertisement\n\nThe talks continue on Wednesday.\n",
			headline: "Exclusive: US weighs new sanctions",
			source:   "Reuters",
			author:   "Jonathan Landay",
			text:     "WASHINGTON, Jan 10 (Reuters) - The United States is weighing new sanctions, officials said.\n\nThe talks continue on Wednesday.",
		},
		{
			name: "BBC-style page copy",
			in: "Ukraine tensions: US and Russia talk in Geneva\n\nPublished\n10 January 2022\nShare\n" +
				"Image source, Getty Images\nImage caption, Wendy Sherman led the US team\n\n" +
				"By James Landale\nDiplomatic correspondent\n\n" +
				"Senior US and Russian diplomats have met in Geneva.\n\nBoth sides said the talks were useful.\n",
			headline:  "Ukraine tensions: US and Russia talk in Geneva",
			author:    "James Landale",
			published: "2022-01-10T00:00:00Z",
			text:      "Senior US and Russian diplomats have met in Geneva.\n\nBoth sides said the talks were useful.",
		},
		{
			name: "AP page copy",
			in: "US, Russia meet in Geneva\nBy MATTHEW LEE\nJanuary 10, 2022\n\n" +
				"GENEVA (AP) — Senior U.S. and Russian officials met on Monday.\n\n" +
				"Sergei Ryabkov arrives in Geneva. (AP Photo/Markus Schreiber)\n\n" +
				"The meeting lasted seven hours.\n",
			headline:  "US, Russia meet in Geneva",
			source:    "AP",
			author:    "MATTHEW LEE",
			published: "2022-01-10T00:00:00Z",
			text:      "GENEVA (AP) — Senior U.S. and Russian officials met on Monday.\n\nThe meeting lasted seven hours.",
		},
		{
			name: "hard-wrapped text",
			in: "Bahia cocoa review\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the\ndrought since early January.\n\n" +
				"The dry period means the temporao will\nbe late this year.\n",
			headline: "Bahia cocoa review",
			text:     "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.\n\nThe dry period means the temporao will be late this year.",
		},
		{
			name: "standfirst repeated later",
			in: "Talks open in Geneva\n\nThe meeting is part of a dialogue launched in June\n\n" +
				"Officials met on Monday.\n\nThe meeting is part of a dialogue launched in June, officials said.\n",
			headline: "Talks open in Geneva",
			text:     "Officials met on Monday.\n\nThe meeting is part of a dialogue launched in June, officials said.",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := parseText(c.in)
			if err != nil {
				t.Fatal(err)
			}
			cleanArticle(a)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.UTC().Format(time.RFC3339)
			}
			if a.Headline != c.headline || a.Source != c.source || a.Author != c.author || pub != c.published {
				t.Errorf("got headline %q source %q author %q published %q\nwant %q %q %q %q",
					a.Headline, a.Source, a.Author, pub, c.headline, c.source, c.author, c.published)
			}
			if a.Text != c.text {
				t.Errorf("text:\n%s\nwant:\n%s", a.Text, c.text)
			}
		})
	}
}

// TestParseDate: the layouts the data and pages use.
func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2022-01-10", "2022-01-10T00:00:00Z"},
		{"2022-01-10T17:22:00+05:30", "2022-01-10T11:52:00Z"},
		{"2022-01-10 17:22:00", "2022-01-10T17:22:00Z"},
		{"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T22:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z"},
		{"Jan 10 2022, 17:22 ist", "2022-01-10T11:52:00Z"},
		{"1641835320", "2022-01-10T17:22:00Z"},
		{"2019-04-28 06:01:07", "2019-04-28T06:01:07Z"},
		{"2021-11-01T10:52:50+0100", "2021-11-01T09:52:50Z"},
	} {
		got, ok := ParseDate(c.in)
		if !ok || got.UTC().Truncate(time.Second).Format(time.RFC3339) != c.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", c.in, got, ok, c.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "Moscow", "12", "The talks were on Monday, January 10, 2022 in Geneva and lasted long", "99999-01-01"} {
		if got, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", bad, got)
		}
	}
}

func TestNoFurnitureInSeed(t *testing.T) {
	a, err := parseText("H\n\nBody one.\n\nAlso Read | Link\n\nBody two.")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Also Read") {
		t.Errorf("text %q", a.Text)
	}
}

// TestHTMLScriptsAndStyles: a page whose article sits among scripts, styles,
// hidden blocks and nested wrappers keeps only the visible article text.
func TestHTMLScriptsAndStyles(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Page title</title>
<meta property="og:title" content="Alice meets Bob in Paris">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example/alice-bob">
<style>body{font:12px} .x{display:none}</style><script>var tracking = "Carol met Dave";</script></head><body>`)
	for i := 0; i < 100; i++ {
		b.WriteString(`<div class="wrap">`)
	}
	b.WriteString(`<script>document.write("<p>Eve met Mallory</p>")</script><style>p{color:red}</style>
<article><h1>Alice meets Bob in Paris</h1>
<p>Alice met Bob in Paris on Tuesday to discuss the new trade agreement between their two companies, officials said.</p>
<div style="display:none">Hidden text about Trent.</div>
<p>The two executives later visited the Louvre together, according to a statement released by their offices on Wednesday.</p>
<p>Advertisement</p>
<p>Talks will resume in Berlin next month, when both sides are expected to sign the final version of the agreement.</p>
</article><noscript>Enable JavaScript</noscript>`)
	for i := 0; i < 100; i++ {
		b.WriteString(`</div>`)
	}
	b.WriteString(`</body></html>`)
	a, err := parseHTML(b.String(), "")
	if err != nil {
		t.Fatal(err)
	}
	cleanArticle(a)
	for _, bad := range []string{"Carol", "Eve", "Trent", "Advertisement", "JavaScript", "color:red"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, a.Text)
		}
	}
	for _, good := range []string{"Alice met Bob in Paris on Tuesday", "visited the Louvre", "resume in Berlin"} {
		if !strings.Contains(a.Text, good) {
			t.Errorf("text lacks %q:\n%s", good, a.Text)
		}
	}
	if strings.Count(a.Text, "\n\n") != 2 {
		t.Errorf("want 3 paragraphs:\n%s", a.Text)
	}
	if a.Headline != "Alice meets Bob in Paris" || a.Source != "Example News" || a.URL != "https://news.example/alice-bob" {
		t.Errorf("metadata: %+v", a)
	}
	if got := a.Published.UTC().Format(time.RFC3339); got != "2024-03-05T09:00:00Z" {
		t.Errorf("published %s", got)
	}
}

// TestJSONFeed: a JSON Feed document is read as a feed, item by item.
func TestJSONFeed(t *testing.T) {
	in := `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Example Wire",
  "items": [
    {"id": "1", "url": "https://example.org/1", "title": "Alice meets Bob", "content_html": "<p>Alice met Bob in Paris.</p>", "date_published": "2024-01-02T10:00:00Z"},
    {"id": "2", "title": "Carol in Rome", "content_text": "Carol visited Rome."}
  ]
}`
	items := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(in)})
	if len(items) != 2 || items[0].Err != nil || items[1].Err != nil {
		t.Fatalf("got %+v", items)
	}
	a := items[0].Article
	if a.Headline != "Alice meets Bob" || a.Text != "Alice met Bob in Paris." || a.Source != "Example Wire" ||
		a.URL != "https://example.org/1" || a.Published.Format(time.RFC3339) != "2024-01-02T10:00:00Z" {
		t.Errorf("first item %+v", a)
	}
	if items[1].Article.Text != "Carol visited Rome." || items[1].Article.Origin != "stdin: object 1: item 2" {
		t.Errorf("second item %+v", items[1].Article)
	}
}

// TestCapsHeadline: wire stories whose headline sits, in capitals, at the
// top of the text of a record without a title.
func TestCapsHeadline(t *testing.T) {
	for _, c := range []struct {
		text, headline, body string
	}{
		{"MIDLAND RIGHTS ISSUE STILL EXPECTED SAY ANALYSTS LONDON, March 4 - Midland Bank Plc's 1986 results suggest a recovery.\n\nMore text.",
			"MIDLAND RIGHTS ISSUE STILL EXPECTED SAY ANALYSTS", "Midland Bank Plc's 1986 results suggest a recovery.\n\nMore text."},
		{"UNILEVER PLC AND NV 1986 4TH QTR TO DEC 31\n\nLONDON, March 3\n\nUnilever Plc share 49.57p vs 44.19p.",
			"UNILEVER PLC AND NV 1986 4TH QTR TO DEC 31", "Unilever Plc share 49.57p vs 44.19p."},
		{"FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26\n\nTwo weeks ended Feb 25 daily avgs-mlns.",
			"FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26", "Two weeks ended Feb 25 daily avgs-mlns."},
		{"NEW YORK, Jan 5 - Shares rose.", "", ""}, // a dateline alone is no headline
		{"Shares rose in London on Monday.\n\nMore.", "", ""},
		{"BREAKING\n\nShares rose.", "", ""},
		{"ONLY ONE PARAGRAPH IN CAPITALS", "", ""},
	} {
		h, body, ok := capsHeadline(c.text)
		if !ok {
			h, body = "", ""
		}
		if h != c.headline || body != c.body {
			t.Errorf("capsHeadline(%q) = %q, %q; want %q, %q", c.text, h, body, c.headline, c.body)
		}
	}
}
