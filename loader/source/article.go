// Package source reads articles from the places people keep them: plain text
// and page scrapes, HTML pages, JSON Lines, RSS/Atom feeds, folders, standard
// input and http(s) URLs. It never prints; problems come back as values.
package source

import "time"

// Article is one news article as read from its input, before extraction.
type Article struct {
	ID        string    // identifier given by the input (JSON id, feed guid), if any
	URL       string    // canonical URL, if known
	Headline  string    // title
	Text      string    // body text only: page furniture (bylines, captions, date lines) removed
	Source    string    // publisher or agency, e.g. "AP", "BBC News"
	Author    string    // byline, if any
	Published time.Time // publication time; zero when unknown
	Dateline  string    // the place a wire story was filed from, as its dateline names it ("WASHINGTON"); "" when none
	Origin    string    // where it was read, for messages: "file.jsonl:12", "page.html", "https://..."
}
