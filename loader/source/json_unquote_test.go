package source

import (
	"encoding/json"
	"testing"
)

// TestUnquoteJSON checks the literals unquoteJSON reads against what
// json.Unmarshal makes of them, and that it leaves the others to
// json.Unmarshal.
func TestUnquoteJSON(t *testing.T) {
	for _, c := range []struct {
		raw  string
		want string
		ok   bool // read by unquoteJSON itself
	}{
		{`""`, "", true},
		{`"plain words"`, "plain words", true},
		{`"Paris — Zürich, 5 °C"`, "Paris — Zürich, 5 °C", true},
		{`"one\n\ntwo"`, "one\n\ntwo", true},
		{`"she said \"no\" \\ a\/b\ttab\r\b\f"`, "she said \"no\" \\ a/b\ttab\r\b\f", true},
		{`"ends in a backslash \\"`, `ends in a backslash \`, true},
		{`"caf\u00e9"`, "", false},     // \u: left to json.Unmarshal
		{`"\ud83d\ude00"`, "", false},  // a surrogate pair
		{`"bad \x escape"`, "", false}, // not an escape: an error
		{`"closing quote escaped\"`, "", false},
		{`"a " quote"`, "", false},
		{"\"a\ttab\"", "", false},       // a raw control character
		{"\"latin-1 \xe9\"", "", false}, // not UTF-8: json.Unmarshal writes U+FFFD
		{`42`, "", false},
		{`null`, "", false},
		{`"unterminated`, "", false},
		{`"`, "", false},
	} {
		got, ok := unquoteJSON([]byte(c.raw))
		if ok != c.ok || got != c.want {
			t.Errorf("unquoteJSON(%s) = %q, %v; want %q, %v", c.raw, got, ok, c.want, c.ok)
		}
		var want string
		wantErr := json.Unmarshal([]byte(c.raw), &want)
		s, err := decodeJSONString([]byte(c.raw))
		if s != want || (err == nil) != (wantErr == nil) {
			t.Errorf("decodeJSONString(%s) = %q, %v; json.Unmarshal gives %q, %v", c.raw, s, err, want, wantErr)
		}
	}
}

// FuzzUnquoteJSON checks that whatever unquoteJSON reads, json.Unmarshal
// reads the same.
func FuzzUnquoteJSON(f *testing.F) {
	for _, s := range []string{`""`, `"a\nb"`, `"\\\""`, `"é\/"`, `"\u0041"`, "\"\xff\"", `"x\"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, ok := unquoteJSON(raw)
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("unquoteJSON(%q) = %q, but json.Unmarshal fails: %v", raw, got, err)
		}
		if got != want {
			t.Fatalf("unquoteJSON(%q) = %q, json.Unmarshal gives %q", raw, got, want)
		}
	})
}
