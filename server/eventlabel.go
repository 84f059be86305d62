package server

import (
	"encoding/json"

	"github.com/newsgraph/newsgraph/graph/eventlabel"
)

// EventKind is the kind of an event read from a sentence about it (see
// eventlabel.Kind).
func EventKind(sentence string, anchors ...[]string) string {
	return eventlabel.Kind(sentence, anchors...)
}

// EventLabel makes a label for an event without a name from its facts, as
// the canned queries do (see eventlabel.Label).
func EventLabel(kind string, people, others []string, place, date string) string {
	return eventlabel.Label(kind, people, others, place, date)
}

// surname is the last word of a person's name ("Blair" for "Tony Blair").
func surname(name string) string { return eventlabel.Surname(name) }

// remarshal copies v into out through JSON.
func remarshal(v any, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
