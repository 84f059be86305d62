// Package factscore scores the N-Quads extracted from news articles against
// hand-written gold facts, exactly as the team's facts_score.py does (the
// same gold format, alignment, counting and figures), so the project can
// measure itself without the shared evaluation folder.
//
// Gold file (tab-separated, '#' starts a comment):
//
//	E  TYPE  NAME|ALIAS|...        an entity that must be found (TYPE: Person, Organization, Place, Event)
//	I  NAME|ALIAS|...              an entity that may be found or not: never counted
//	F  SUBJECT  PRED  OBJECT       a fact; OBJECT is an entity name or a "literal"
//	F? SUBJECT  PRED  OBJECT       a fact that may be found or not: never counted
//	V  KEY  PRED  OBJECT           a fact about an unnamed event, KEY only groups its facts
//	V? KEY  PRED  OBJECT           the same, optional
//
// PRED may list alternatives: attendee|organizer.
package factscore

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Fact is one gold fact: a subject (an entity's first name, or "V:KEY" for
// an unnamed event), its predicates ("a|b" for alternatives) and an object
// (an entity's name or a quoted literal).
type Fact struct {
	S, P, O string
}

// preds returns the alternatives of the fact's predicate.
func (f Fact) preds() []string { return strings.Split(f.P, "|") }

// has reports whether p is one of the fact's predicates.
func (f Fact) has(p string) bool {
	for _, q := range f.preds() {
		if q == p {
			return true
		}
	}
	return false
}

// Entity is one gold entity: its type and its names, the first canonical.
type Entity struct {
	Type    string
	Aliases []string
}

// Gold is one article's gold.
type Gold struct {
	Entities []Entity
	Ignored  [][]string
	// Facts and Optional are sets, kept in file order.
	Facts, Optional []Fact
	// EventKeys holds the facts (required and optional) of each unnamed
	// event ("V:KEY"), in file order.
	EventKeys  map[string][]Fact
	eventOrder []string
}

// ReadGoldFile reads a gold file.
func ReadGoldFile(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadGold(f, path)
}

// ReadGold reads gold from r; name names it in errors.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	g := &Gold{EventKeys: map[string][]Fact{}}
	seen := map[Fact]bool{}
	seenOpt := map[Fact]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		bad := func(why string) error {
			return fmt.Errorf("%s:%d: bad gold line (%s): %q", name, ln, why, line)
		}
		need := func(n int) error {
			if len(cols) < n {
				return bad(fmt.Sprintf("want %d tab-separated columns, have %d", n, len(cols)))
			}
			return nil
		}
		switch kind := cols[0]; kind {
		case "E":
			if err := need(3); err != nil {
				return nil, err
			}
			al := aliases(cols[2])
			if len(al) == 0 {
				return nil, bad("no name")
			}
			g.Entities = append(g.Entities, Entity{Type: cols[1], Aliases: al})
		case "I":
			if err := need(2); err != nil {
				return nil, err
			}
			g.Ignored = append(g.Ignored, aliases(cols[1]))
		case "F", "F?", "V", "V?":
			if err := need(4); err != nil {
				return nil, err
			}
			f := Fact{S: cols[1], P: cols[2], O: cols[3]}
			if kind[0] == 'V' {
				f.S = "V:" + f.S
				if _, ok := g.EventKeys[f.S]; !ok {
					g.eventOrder = append(g.eventOrder, f.S)
					g.EventKeys[f.S] = nil
				}
			}
			if strings.HasSuffix(kind, "?") {
				if !seenOpt[f] {
					seenOpt[f] = true
					g.Optional = append(g.Optional, f)
				}
			} else if !seen[f] {
				seen[f] = true
				g.Facts = append(g.Facts, f)
			}
			if kind[0] == 'V' {
				g.EventKeys[f.S] = append(g.EventKeys[f.S], f)
			}
		default:
			return nil, bad(fmt.Sprintf("unknown kind %s", pyRepr(kind)))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

func aliases(col string) []string {
	var out []string
	for _, a := range strings.Split(col, "|") {
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}
