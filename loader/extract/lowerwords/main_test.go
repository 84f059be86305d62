package main

import (
	"reflect"
	"testing"
)

// TestChoose checks what makes a word listed: a dictionary word is listed
// unless news capitalises it inside sentences, or writes it in capitals
// throughout, at least as often as it writes it in lower case; a word the
// dictionary lacks needs minLower lower-case uses and nine in ten; openings
// are not counted.
func TestChoose(t *testing.T) {
	var c counts
	for _, text := range []string{
		"Bush said the bush burned. Then Ford met Bush and Ford again, and Bush, near a bush.",
		"Frost formed. The frost held; then frost again.",
		"They sent a tweet, a tweet, a tweet, a tweet and a tweet.",
		"A blog and a Blog, a blog: Blog posts.",
		"The GADGET and the gadget, a gadget.",
		"The USDA said so; the USDA and the usda.",
		"Then Stet said it would.",
	} {
		c.add(text)
	}
	dict := map[string]bool{"bush": true, "ford": true, "frost": true, "gadget": true, "ox": true, "usda": true, "stet": true}
	got := choose(dict, &c, 5)
	want := []string{"and", "frost", "gadget", "tweet"} // "and": five times in lower case, not in this dictionary
	if !reflect.DeepEqual(got, want) {
		t.Errorf("choose = %v, want %v", got, want)
	}
	if c.caps["usda"] != 2 || c.lower["usda"] != 1 {
		t.Errorf("usda counted %d in capitals, %d lower, want 2 and 1", c.caps["usda"], c.lower["usda"])
	}
	if c.capital["bush"] != 2 || c.lower["bush"] != 2 {
		t.Errorf("bush counted %d capitalised, %d lower, want 2 and 2", c.capital["bush"], c.lower["bush"])
	}
}
