package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS or Atom feed (or a JSON Feed); each item is an
// article: title, content or description as text, link, publication time,
// author, and the feed's title as Source.
func (r *reader) readFeed(name string, data []byte) error {
	if looksBinary(data) {
		return r.fail(name, binaryReason(data))
	}
	feed, err := parseFeed(data)
	var warns []string
	if err != nil && !utf8.Valid(data) && !declaresEncoding(data) {
		// Undeclared legacy encoding: try Windows-1252.
		if text, warn, derr := decodeText(data); derr == nil {
			if f2, err2 := parseFeed([]byte(text)); err2 == nil {
				feed, err = f2, nil
				warns = append(warns, name+": "+warn)
			}
		}
	}
	if err != nil {
		return r.fail(name, err)
	}
	if len(feed.Items) == 0 {
		return r.fail(name, errors.New("feed has no items"))
	}
	for i, it := range feed.Items {
		where := fmt.Sprintf("%s: item %d", name, i+1)
		if it == nil {
			continue
		}
		art := feedArticle(feed, it)
		if strings.TrimSpace(art.Headline) == "" && strings.TrimSpace(art.Text) == "" {
			if err := r.fail(where, errors.New("no title or text")); err != nil {
				return err
			}
			continue
		}
		art.Origin = where
		it := Item{Article: art}
		if i == 0 {
			it.Warnings = warns
		}
		if err := r.emit(it); err != nil {
			return err
		}
	}
	return nil
}

// declaresEncoding reports whether an XML document names its encoding.
func declaresEncoding(data []byte) bool {
	head := data
	if len(head) > 200 {
		head = head[:200]
	}
	return bytes.HasPrefix(bytes.TrimSpace(head), []byte("<?xml")) && bytes.Contains(head[:bytes.IndexByte(head, '>')+1], []byte("encoding="))
}

// parseFeed parses feed bytes with gofeed, turning panics and library
// errors into one clear reason.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("invalid feed: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errors.New("not an RSS, Atom or JSON feed")
		}
		return nil, fmt.Errorf("invalid feed: %s", oneLine(err.Error()))
	}
	return feed, nil
}

func feedArticle(feed *gofeed.Feed, it *gofeed.Item) *Article {
	a := &Article{
		ID:       it.GUID,
		URL:      strings.TrimSpace(it.Link),
		Headline: htmlFragmentText(it.Title),
		Source:   strings.TrimSpace(feed.Title),
	}
	body := it.Content
	if len(strings.TrimSpace(body)) < len(strings.TrimSpace(it.Description)) {
		body = it.Description
	}
	a.Text = dropFurniture(htmlFragmentText(body))
	if it.PublishedParsed != nil {
		a.Published = *it.PublishedParsed
	} else if it.UpdatedParsed != nil {
		a.Published = *it.UpdatedParsed
	} else if t, ok := ParseDate(firstNonEmpty(it.Published, it.Updated)); ok {
		a.Published = t
	}
	var authors []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			authors = append(authors, strings.TrimSpace(p.Name))
		}
	}
	if len(authors) == 0 && it.DublinCoreExt != nil {
		authors = append(authors, it.DublinCoreExt.Creator...)
	}
	a.Author = strings.Join(authors, ", ")
	if a.Published.IsZero() {
		if t, ok := sane(a.Published); ok {
			a.Published = t
		}
	}
	return a
}
