package source

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestDecodeJSONObject checks decodeJSONObject against json.Unmarshal on
// objects it splits itself and on lines it leaves to json.Unmarshal.
func TestDecodeJSONObject(t *testing.T) {
	for _, c := range []struct {
		line  string
		split bool // cut by splitJSONObject
	}{
		{`{"id": "a-1", "title": "Up", "text": "One.\n\nTwo \"quoted\"."}`, true},
		{` { "n" : 12.5e3 , "ok":true,"none" :null, "neg": -0 } `, true},
		{`{"topics": [], "places": ["a", "b]", {"x": "}"}], "o": {"k": [1, {"z": []}]}}`, true},
		{`{"id": "first", "id": "last"}`, true},
		{`{}`, true},
		{`{"caf\u00e9": "key with a \\u escape"}`, false},
		{`["an", "array"]`, false},
		{`null`, false},
		{`"a string"`, false},
		{`{"text": "unterminated}`, false},
		{`{"a": 1,}`, false},
		{`{"a": 1} trailing`, false},
		{``, false},
	} {
		if json.Valid([]byte(c.line)) { // splitJSONObject reads valid JSON only
			if _, split := splitJSONObject([]byte(c.line)); split != c.split {
				t.Errorf("splitJSONObject(%s) split: %v, want %v", c.line, split, c.split)
			}
		} else if c.split {
			t.Errorf("%s: not valid JSON", c.line)
		}
		got, err := decodeJSONObject([]byte(c.line))
		var want map[string]json.RawMessage
		wantErr := json.Unmarshal([]byte(c.line), &want)
		if !reflect.DeepEqual(got, want) || (err == nil) != (wantErr == nil) {
			t.Errorf("decodeJSONObject(%s) = %q, %v; json.Unmarshal gives %q, %v", c.line, got, err, want, wantErr)
		}
	}
}

// FuzzDecodeJSONObject checks that decodeJSONObject returns what
// json.Unmarshal does, fields and failure.
func FuzzDecodeJSONObject(f *testing.F) {
	for _, s := range []string{`{"id": "x", "text": "a\nb"}`, `{"t": [1, "]", {"a": null}], "n": -1.5}`, `{"a":"b","a":"c"}`, `{"\u0041": 1}`, `[1]`, `{"a":`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		got, err := decodeJSONObject(line)
		var want map[string]json.RawMessage
		wantErr := json.Unmarshal(line, &want)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("decodeJSONObject(%q) error %v, json.Unmarshal's %v", line, err, wantErr)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("decodeJSONObject(%q) = %q, json.Unmarshal gives %q", line, got, want)
		}
	})
}
