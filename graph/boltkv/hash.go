package boltkv

import (
	"crypto/sha1"
	"fmt"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/encoding/protowire"
)

// hasher computes refs.HashOf, the SHA-1 of a value's N-Quads form, without
// its two copies of that form per value: IRIs and strings, most of a
// store's values, are written into a buffer reused from one value to the
// next. A hasher is not safe for concurrent use.
type hasher struct{ buf []byte }

// hash returns refs.HashOf(v).
func (h *hasher) hash(v quad.Value) refs.ValueHash {
	switch v := v.(type) {
	case quad.IRI:
		h.buf = append(append(append(h.buf[:0], '<'), v...), '>')
	case quad.String:
		h.buf = appendQuoted(h.buf[:0], string(v))
	default:
		return refs.HashOf(v)
	}
	return sha1.Sum(h.buf)
}

// appendQuoted appends s as quad.String's String method writes it: in
// double quotes, with backslash, double quote, newline, carriage return and
// tab escaped.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	from := 0
	for i := 0; i < len(s); i++ {
		var esc byte
		switch s[i] {
		case '\\':
			esc = '\\'
		case '"':
			esc = '"'
		case '\n':
			esc = 'n'
		case '\r':
			esc = 'r'
		case '\t':
			esc = 't'
		default:
			continue
		}
		b = append(b, s[from:i]...)
		b = append(b, '\\', esc)
		from = i + 1
	}
	b = append(b, s[from:]...)
	return append(b, '"')
}

// appendNodePrimitive appends the log entry of value v with the given id
// and time: what nodePrimitive writes for pquads.MarshalValue(v). IRIs and
// strings of valid UTF-8 are encoded here, without MarshalValue's
// reflection; other values (and invalid strings, which MarshalValue
// refuses) through it.
func appendNodePrimitive(p []byte, id uint64, ts int64, v quad.Value) ([]byte, error) {
	var field protowire.Number
	var s string
	switch v := v.(type) {
	case quad.IRI:
		field, s = 3, string(v) // pquads.Value's iri
	case quad.String:
		field, s = 2, string(v) // pquads.Value's str
	}
	if field == 0 || !utf8.ValidString(s) {
		val, err := pquads.MarshalValue(v)
		if err != nil {
			return p, fmt.Errorf("encode %v: %w", v, err)
		}
		return appendNodeHead(p, id, ts, val), nil
	}
	p = protowire.AppendTag(p, 1, protowire.VarintType)
	p = protowire.AppendVarint(p, id)
	if ts != 0 {
		p = protowire.AppendTag(p, 7, protowire.VarintType)
		p = protowire.AppendVarint(p, uint64(ts))
	}
	p = protowire.AppendTag(p, 8, protowire.BytesType)
	p = protowire.AppendVarint(p, uint64(protowire.SizeTag(field)+protowire.SizeBytes(len(s))))
	p = protowire.AppendTag(p, field, protowire.BytesType)
	return protowire.AppendString(p, s), nil
}
