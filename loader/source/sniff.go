package source

import (
	"bytes"
	"strings"
)

// formatByExt maps a lower-case file extension to a format name, or "".
func formatByExt(ext string) string {
	switch ext {
	case ".txt", ".text":
		return "text"
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".jsonl", ".ndjson", ".json":
		return "jsonl"
	case ".xml", ".rss", ".atom", ".rdf":
		return "feed"
	case ".csv", ".tsv":
		return "table"
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip", ".exe", ".so", ".bin", ".mp3", ".mp4", ".ico":
		return "binary"
	}
	return ""
}

// sniffFormat guesses the format from the first bytes of an input.
func sniffFormat(head []byte) string {
	if looksBinary(head) {
		return "binary"
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(h) == 0 {
		return "text"
	}
	switch h[0] {
	case '{', '[':
		return "jsonl"
	case '<':
		l := strings.ToLower(string(h))
		for _, m := range []string{"<rss", "<feed", "<rdf:rdf", "<channel"} {
			if strings.Contains(l, m) {
				return "feed"
			}
		}
		if strings.HasPrefix(l, "<?xml") && !strings.Contains(l, "<html") {
			return "feed"
		}
		return "html"
	}
	return "text"
}

// formatByContentType maps an HTTP Content-Type to a format name; ok is false
// for types newsgraph does not read.
func formatByContentType(ct string) (format string, ok bool) {
	ct = strings.ToLower(strings.TrimSpace(ct))
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = strings.TrimSpace(ct[:i])
	}
	switch {
	case ct == "":
		return "", true // sniff
	case ct == "text/html", ct == "application/xhtml+xml":
		return "html", true
	case ct == "application/json", ct == "application/x-ndjson", ct == "application/jsonl",
		ct == "application/jsonlines", ct == "application/x-jsonlines", strings.HasSuffix(ct, "+json"):
		return "jsonl", true
	case ct == "application/rss+xml", ct == "application/atom+xml", ct == "application/rdf+xml",
		ct == "application/xml", ct == "text/xml", strings.HasSuffix(ct, "+xml"):
		return "feed", true
	case ct == "text/plain":
		return "", true // plain text may still be JSON Lines or a feed: sniff
	case strings.HasPrefix(ct, "text/"):
		return "text", true
	}
	return "", false
}
