package source

import "testing"

func TestDecodeCharRefs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Pel&#233; scored", "Pelé scored"},
		{"a &#x2019;quote&#X2019;", "a ’quote’"},
		{"Mr Blair&#191;s government", "Mr Blair's government"},
		{"America¿s National Guard", "America's National Guard"},
		{"Dijo: ¿Por qué?", "Dijo: ¿Por qué?"},           // a Spanish question stays
		{"¿Qué?", "¿Qué?"},                               // at the start too
		{"AT&T; and &amp; stay", "AT&T; and &amp; stay"}, // named: left alone
		{"bad &#; &#xZZ; &#99999999; &#1; end", "bad &#; &#xZZ; &#99999999; &#1; end"},
		{"surrogate &#xD800; stays", "surrogate &#xD800; stays"},
		{"cut at the end &#23", "cut at the end &#23"},
		{"plain text", "plain text"},
	} {
		if got := decodeCharRefs(c.in); got != c.want {
			t.Errorf("decodeCharRefs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
