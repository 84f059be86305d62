package source

import "encoding/json"

// decodeJSONObject is json.Unmarshal(line, &obj) for obj a
// map[string]json.RawMessage, the fields of a JSONL line. A valid line
// holding an object whose keys unquoteJSON reads is cut into its fields by
// splitJSONObject after one check (json.Valid), where json.Unmarshal would
// scan each value twice more and copy it; the values then share line's
// memory. Any other line goes to json.Unmarshal, for its result or its
// error.
func decodeJSONObject(line []byte) (map[string]json.RawMessage, error) {
	if json.Valid(line) {
		if obj, ok := splitJSONObject(line); ok {
			return obj, nil
		}
	}
	var obj map[string]json.RawMessage
	err := json.Unmarshal(line, &obj)
	return obj, err
}

// splitJSONObject returns the fields of b, which must be valid JSON, when b
// is an object whose keys unquoteJSON reads; a key given twice keeps its
// last value, as in json.Unmarshal. It returns false for anything else.
func splitJSONObject(b []byte) (map[string]json.RawMessage, bool) {
	i := skipJSONSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return nil, false
	}
	obj := map[string]json.RawMessage{}
	i = skipJSONSpace(b, i+1)
	if b[i] == '}' {
		return obj, true
	}
	for {
		end := jsonStringEnd(b, i)
		key, ok := unquoteJSON(b[i:end])
		if !ok {
			return nil, false
		}
		i = skipJSONSpace(b, skipJSONSpace(b, end)+1) // past the colon
		end = jsonValueEnd(b, i)
		obj[key] = json.RawMessage(b[i:end:end])
		i = skipJSONSpace(b, end)
		if b[i] == '}' {
			return obj, true
		}
		i = skipJSONSpace(b, i+1) // past the comma
	}
}

// skipJSONSpace returns the index of the first byte of b at or after i that
// is not JSON white space (len(b) when there is none).
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonStringEnd returns the index just past the string literal of valid
// JSON that opens at b[i].
func jsonStringEnd(b []byte, i int) int {
	for i++; ; i++ {
		switch b[i] {
		case '\\':
			i++ // the escaped byte
		case '"':
			return i + 1
		}
	}
}

// jsonValueEnd returns the index just past the value of valid JSON that
// opens at b[i]: a string, an object or array (to its matching bracket), or
// a number or literal (to the first byte that cannot be in one).
func jsonValueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return jsonStringEnd(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = jsonStringEnd(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}
