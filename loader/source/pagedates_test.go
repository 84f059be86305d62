package source

import (
	"testing"
	"time"
)

// TestPageDates: a page without a date in its metadata is dated by its
// <time datetime> after the headline, by its scripts' JSON state, or by a
// dateline at the head of its text.
func TestPageDates(t *testing.T) {
	body := `<p>The state’s newest Supreme Court justice was sworn in on Monday in Olympia, the court said in a statement on its website.</p>`
	for _, c := range []struct {
		name, page, want string
	}{
		{"time element after the h1", `<html><body><ul><li><time datetime="2014-01-01">old</time></li></ul><h1>Sworn in</h1><time datetime="2015-04-16T20:02:01+00:00">Apr 16</time>` + body + `</body></html>`, "2015-04-16"},
		{"script state", `<html><head><script>window.__STATE__={"story":{"publishedDate":"2016-11-04T20:37:27Z"}}</script></head><body><h1>Sworn in</h1>` + body + `</body></html>`, "2016-11-04"},
		{"microdata with a time after a bar", `<html><body><h1>Sworn in</h1><meta itemprop="datePublished" content="April 21, 2022 | 4:39 pm">` + body + `</body></html>`, "2022-04-21"},
		{"dateline at the head", `<html><body><h1>Sworn in</h1><div><p>2/26/2015 7:11 AM PST BY TMZ STAFF</p>` + body + `</div></body></html>`, "2015-02-26"},
	} {
		a, err := parseHTML(c.page, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format(time.DateOnly); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}
