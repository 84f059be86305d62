package source

import (
	"strings"
	"testing"
)

// TestHiddenMainBlock: an article whose theme wraps it in a furniture-named
// element ("above-footer") is read from its paragraphs, not from the
// disclaimer Readability is left with; comments stay out.
func TestHiddenMainBlock(t *testing.T) {
	body := strings.Repeat("<p>Alaska Airlines has a new date for when it will be a full member of the Oneworld alliance, its chief executive said on Tuesday in Seattle.</p>\n", 12)
	disclaimer := `<section class="advertiser-disclosure"><h3>Advertiser Disclosure</h3><p>` +
		strings.Repeat("Many of the credit card offers that appear on the website are from credit card companies. ", 7) + `</p></section>`
	page := `<html><head><title>Alaska Airlines sets new date</title></head><body>` + disclaimer +
		`<div class="above-footer"><div class="post"><h1>Alaska Airlines sets new date</h1><div class="beam">` + body + `</div></div></div></body></html>`
	a, err := parseHTML(page, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Oneworld alliance") || strings.Contains(a.Text, "credit card offers") {
		t.Errorf("want the article's paragraphs, not the disclaimer; got:\n%s", a.Text)
	}
	comments := strings.Replace(page, `class="above-footer"`, `class="comments-footer"`, 1)
	a, err = parseHTML(comments, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Oneworld alliance") {
		t.Errorf("a block under a comments element is no article; got:\n%s", a.Text)
	}
}
