package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"strings"
)

// xmlWriter writes XML by hand, escaping every value, and remembers the
// first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(parts ...string) {
	for _, p := range parts {
		if x.err != nil {
			return
		}
		_, x.err = x.w.WriteString(p)
	}
}

// text writes s escaped for element content and attribute values. Characters
// XML 1.0 cannot carry become U+FFFD.
func (x *xmlWriter) text(s string) {
	if x.err != nil {
		return
	}
	x.err = xml.EscapeText(x.w, []byte(s))
}

// attr writes ` name="value"`.
func (x *xmlWriter) attr(name, value string) {
	x.raw(" ", name, `="`)
	x.text(value)
	x.raw(`"`)
}

func (x *xmlWriter) flush() error {
	if x.err == nil {
		x.err = x.w.Flush()
	}
	return x.err
}

// rgb is a node colour.
type rgb struct{ r, g, b uint8 }

func (c rgb) hex() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

// typeColours colour the nodes by type in GEXF, GraphML (yEd), DOT and
// Cytoscape.
var typeColours = map[string]rgb{
	"Person":                 {0x4e, 0x79, 0xa7},
	"Organization":           {0xf2, 0x8e, 0x2b},
	"GovernmentOrganization": {0xd3, 0x72, 0x0f},
	"Place":                  {0x59, 0xa1, 0x4f},
	"City":                   {0x59, 0xa1, 0x4f},
	"Country":                {0x3b, 0x83, 0x34},
	"AdministrativeArea":     {0x59, 0xa1, 0x4f},
	"Continent":              {0x3b, 0x83, 0x34},
	"Event":                  {0xe1, 0x57, 0x59},
	"NewsArticle":            {0x9c, 0x75, 0x5f},
	"Sentence":               {0xba, 0xb0, 0xac},
}

// colourOf returns the colour for a node type.
func colourOf(typ string) rgb {
	if c, ok := typeColours[typ]; ok {
		return c
	}
	return rgb{0xb0, 0x7a, 0xa1}
}

// reserved attribute names that extra literal properties must not shadow.
var reserved = map[string]bool{
	"id": true, "label": true, "name": true, "type": true, "labels": true, "jobTitle": true,
	"aliases": true, "mentions": true, "firstSeen": true, "lastSeen": true, "color": true,
	"source": true, "target": true, "weight": true, "evidence": true, "evidenceSentence": true,
	"predicate": true, "interaction": true,
}

// extraName is the attribute name of an extra property: its local name,
// prefixed when it would shadow a built-in attribute.
func extraName(k string) string {
	if reserved[k] || strings.HasPrefix(k, ":") {
		return "prop_" + k
	}
	return k
}
