package boltkv

import (
	"crypto/sha1"
	"fmt"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/newsgraph/newsgraph/graph/quadtext"
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
		return h.hashIRI(string(v))
	case quad.String:
		return h.hashString(string(v))
	}
	return refs.HashOf(v)
}

// hashIRI returns refs.HashOf(quad.IRI(s)).
func (h *hasher) hashIRI(s string) refs.ValueHash {
	h.buf = append(append(append(h.buf[:0], '<'), s...), '>')
	return sha1.Sum(h.buf)
}

// hashString returns refs.HashOf(quad.String(s)).
func (h *hasher) hashString(s string) refs.ValueHash {
	h.buf = quadtext.AppendString(h.buf[:0], s)
	return sha1.Sum(h.buf)
}

// appendNodePrimitive appends the log entry of value v with the given id
// and time: what nodePrimitive writes for pquads.MarshalValue(v). IRIs and
// strings of valid UTF-8 are encoded here, without MarshalValue's
// reflection; other values (and invalid strings, which MarshalValue
// refuses) through it.
func appendNodePrimitive(p []byte, id uint64, ts int64, v quad.Value) ([]byte, error) {
	switch v := v.(type) {
	case quad.IRI:
		return appendTextPrimitive(p, id, ts, 3, string(v), func() quad.Value { return v })
	case quad.String:
		return appendTextPrimitive(p, id, ts, 2, string(v), func() quad.Value { return v })
	}
	val, err := pquads.MarshalValue(v)
	if err != nil {
		return p, fmt.Errorf("encode %v: %w", v, err)
	}
	return appendNodeHead(p, id, ts, val), nil
}

// appendTextPrimitive appends the log entry of an IRI (field 3 of
// pquads.Value) or string (field 2) of text s; value gives the value for
// pquads.MarshalValue when s is not valid UTF-8 (it refuses it).
func appendTextPrimitive(p []byte, id uint64, ts int64, field protowire.Number, s string, value func() quad.Value) ([]byte, error) {
	if !utf8.ValidString(s) {
		v := value()
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
