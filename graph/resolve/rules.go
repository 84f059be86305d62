package resolve

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// The ng:mergeRule texts of a moved group: one per original IRI that is not
// its node, "SLUG (NAMES): RULE", RULE naming the cluster's chosen name or a
// union-find root at the time of the move. A later load can change either
// without moving the group ("california" becomes "California"), so each
// resolution reads the rules back and writes again those that differ from
// what a resolution from scratch writes: the result does not depend on the
// order the articles were loaded in.

// ruleQuad is an ng:mergeRule quad of a group: its text and label.
type ruleQuad struct {
	text  string
	label quad.Value
}

// rawRules returns the rule of each of a group's original IRIs (in the order
// of raws) in the cluster of target t: the rule of the IRI's own unit, as
// when the IRI is a group of its own; the group's rule when it joins by a
// surname or the IRI has no kind. An IRI whose unit is in the cluster by
// another root than the cluster's (a surname a group of several IRIs
// brought along) gets "": its rule is the one it has (keepRule).
func rawRules(raws []*rawInfo, units []unit, t target, bySurname bool, reason map[string]string, inRoot func(string) bool) []string {
	out := make([]string, len(raws))
	for j, r := range raws {
		u := r.unit
		if bySurname || u.kind == KindNone {
			out[j] = t.rule
			continue
		}
		for _, x := range units {
			if x.key == u.key && x.kind == u.kind {
				u = x // its union-find node as clustering made it
				break
			}
		}
		if !inRoot(u.node) {
			out[j] = keepRule
			continue
		}
		rule := reason[u.node]
		if rule == "" {
			rule = "same name as " + t.name
		}
		if u.kind != t.kind {
			rule += fmt.Sprintf("; typed %s here, %s by the store", u.kind, t.kind)
		}
		out[j] = rule
	}
	return out
}

// keepRule is the rule of an IRI whose rule one cannot tell from its group:
// it keeps the rule it has, or gets the group's when it has none.
const keepRule = ""

// ruleHead returns the part of a rule text before its rule, "SLUG (NAMES)",
// and whether the text has that form.
func ruleHead(text string) (string, bool) {
	_, rest, ok := strings.Cut(text, " (")
	if !ok {
		return "", false
	}
	for rest != "" && rest[0] == '"' {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return "", false
		}
		rest = rest[len(q):]
		if strings.HasPrefix(rest, ", ") {
			rest = rest[2:]
		}
	}
	if !strings.HasPrefix(rest, "): ") {
		return "", false
	}
	return text[:len(text)-len(rest)+1], true
}

// ruleTexts returns the rule texts of group g in its cluster at node: for
// each original IRI but node, its slug and names and its rule (rules, in the
// order of g.raw). The names are those the rule the IRI already has gives
// (the names of its own group when it first moved), else the group's.
func ruleTexts(g *group, node quad.IRI, rules []string, fallback string) []string {
	heads := map[string]string{} // slug -> head of its rule
	texts := map[string]string{} // slug -> its rule's text
	for _, r := range g.rules {
		if h, ok := ruleHead(r.text); ok {
			slug, _, _ := strings.Cut(h, " (")
			if old, ok := heads[slug]; !ok || h < old {
				heads[slug] = h
			}
			if old, ok := texts[slug]; !ok || r.text < old {
				texts[slug] = r.text
			}
		}
	}
	var out []string
	for j, r := range g.raw {
		if r == node || j >= len(rules) {
			continue
		}
		slug := strings.TrimPrefix(string(r), vocab.ID)
		rule := rules[j]
		if rule == keepRule {
			if text, ok := texts[slug]; ok && r != g.node {
				out = append(out, text)
				continue
			}
			rule = fallback
		}
		h, ok := heads[slug]
		if !ok {
			h = slug + quotedNames(namesOfRaw(g, r, heads))
		}
		out = append(out, h+": "+rule)
	}
	return out
}

// quotedNames returns names as a rule head writes them: ` ("A", "B")`.
func quotedNames(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	return " (" + strings.Join(quoted, ", ") + ")"
}

// namesOfRaw returns the names of original IRI r of group g that has no rule
// yet: all the group's names when r is its only IRI. A group of several IRIs
// (one article's "Merrill Lynch" and "Merrill Lynch and Co" an earlier
// resolution put on one node) holds the names of all; r was then the node's
// own IRI, and a resolution from scratch names it with its own group's
// names: the group's names less those the rules of its other IRIs give (the
// names of their own groups when they first moved) but r's canonical name
// (the one its slug is made of), or all the group's names when nothing is
// left. Not exact when two IRIs of one article had a name in common other
// than their canonical names ("Gelco Corp", also called "Gelco", and
// "Gelco").
func namesOfRaw(g *group, r quad.IRI, heads map[string]string) []string {
	if len(g.raw) < 2 {
		return g.names
	}
	if names, ok := g.rawNames[r]; ok {
		return names // read from the article's origin record
	}
	others := map[string]bool{} // the names other IRIs' rules give
	for _, x := range g.raw {
		if x != r {
			for _, n := range headNames(heads[strings.TrimPrefix(string(x), vocab.ID)]) {
				others[n] = true
			}
		}
	}
	own := vocab.Local(r)
	var out []string
	for _, n := range g.names {
		if !others[n] || vocab.Slug(n) == own {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return g.names
	}
	return out
}

// headNames returns the names a rule head "SLUG (NAMES)" lists.
func headNames(head string) []string {
	_, rest, ok := strings.Cut(head, " (")
	if !ok {
		return nil
	}
	var names []string
	for rest != "" && rest[0] == '"' {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			break
		}
		if n, err := strconv.Unquote(q); err == nil {
			names = append(names, n)
		}
		rest = strings.TrimPrefix(rest[len(q):], ", ")
	}
	return names
}

// refreshRules returns the rule quads to add and delete on the groups that
// moved before and stay where they are: those whose text differs from what
// a resolution from scratch writes.
func refreshRules(groups []*group, plan clusters) (adds, dels []quad.Quad) {
	for _, g := range groups {
		rules, ok := plan.rawRules[g]
		if !ok || !g.moved || g.whole != nil {
			continue
		}
		t, ok := plan.target[g]
		if !ok || t.node != g.node {
			continue // it moves: rewrite writes its rules on its new node
		}
		texts := ruleTexts(g, g.node, rules, t.rule)
		if len(g.raw) > 1 && g.rawNames == nil {
			texts = keepKinds(g.rules, texts)
		}
		want := map[string]bool{}
		for _, r := range texts {
			want[r] = true
		}
		have := map[string]bool{}
		for _, r := range g.rules {
			have[r.text] = true
			if !want[r.text] {
				dels = append(dels, quad.Quad{Subject: g.node, Predicate: vocab.MergeRule, Object: quad.String(r.text), Label: r.label})
			}
		}
		for _, r := range texts {
			if !have[r] {
				have[r] = true
				adds = append(adds, quad.Quad{Subject: g.node, Predicate: vocab.MergeRule, Object: quad.String(r), Label: g.article})
			}
		}
	}
	return adds, dels
}

// keepKinds returns texts with the rule of each IRI whose kind of rule
// changed ("other name of" for "same name as") back to the rule it has.
// refreshRules keeps the kinds of the rules of groups of several original
// IRIs only: such a group (two IRIs of one article an earlier resolution
// put on one node) reads as one unit, so which of a cluster's joins names
// its keys' reasons depends on how the store's groups were merged before. A
// group of one IRI reads the same whatever the order the articles came in,
// and its rule is written again whole, as a resolution from scratch writes
// it (graph/resolve/INCREMENTAL.md, class 3, has the figures).
func keepKinds(old []ruleQuad, texts []string) []string {
	had := map[string]string{} // slug -> its rule's text
	for _, r := range old {
		if h, ok := ruleHead(r.text); ok {
			slug, _, _ := strings.Cut(h, " (")
			if x, ok := had[slug]; !ok || r.text < x {
				had[slug] = r.text
			}
		}
	}
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = t
		h, _ := ruleHead(t)
		slug, _, _ := strings.Cut(h, " (")
		if x, ok := had[slug]; ok && ruleKind(x) != ruleKind(t) {
			out[i] = x
		}
	}
	return out
}

// ruleKind returns the kind of a rule text: its rule up to the name or root
// it names ("same name as", "other name of", "surname \"smith\" of").
func ruleKind(text string) string {
	h, _ := ruleHead(text)
	rule := strings.TrimPrefix(text[len(h):], ": ")
	end := len(rule)
	for _, sep := range []string{" of ", " as ", ";"} {
		if i := strings.Index(rule, sep); i >= 0 && i < end {
			end = i
		}
	}
	return rule[:end]
}
