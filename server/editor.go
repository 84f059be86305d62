package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/queries"
)

// The canned queries in Cayley's editor: its Gizmo runs after the library of
// the canned queries and one function per query (see queries.RunLanguage and queries.EditorPrelude),
// and its page gets a menu (assets/cayley/canned-menu.js) that puts each
// canned query into the editor, filled with names from the store.

// Snippet is one canned query as the editor's menu offers it.
type Snippet struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Call        string `json:"call"`    // e.g. whoMet("Tony Blair")
	Snippet     string `json:"snippet"` // the editor's text: comments and the call
}

// serveSnippets is GET /api/editor/snippets: each canned query as a call the
// editor runs, with sample arguments taken from the store's most connected
// person, place and organisation.
func (s *Server) serveSnippets(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.snippets(r.Context()))
}

func (s *Server) snippets(ctx context.Context) []Snippet {
	sample := func(typ string, n int) []string {
		res, err := queries.Run(ctx, s.qs, "top", map[string]string{"type": typ, "limit": fmt.Sprint(n)}, s.queryOptions())
		var out []string
		if err == nil {
			for _, row := range res.Rows {
				if name, ok := row["entity"].(string); ok && name != "" {
					out = append(out, name)
				}
			}
		}
		for len(out) < n {
			out = append(out, strings.ToUpper(typ))
		}
		return out
	}
	people, places, orgs := sample("person", 5), sample("place", 1), sample("organization", 1)
	// rows runs a canned query, for picking samples that give rows.
	rows := func(name string, params map[string]string) []map[string]any {
		res, err := queries.Run(ctx, s.qs, name, params, s.queryOptions())
		if err != nil {
			return nil
		}
		return res.Rows
	}
	// Two people who met, for who-met, evidence and path.
	met, other := people[0], people[1]
	for _, p := range people {
		if r := rows("who-met", map[string]string{"name": p}); len(r) > 0 {
			if o, ok := r[0]["person"].(string); ok && o != "" {
				met, other = p, o
				break
			}
		}
	}
	values := map[string]string{
		"name": met, "from": met, "to": other, "subject": met,
		"predicate": "met", "object": other, "place": places[0], "org": orgs[0],
		"text": prefix(met, 4),
	}
	var out []Snippet
	for _, q := range queries.List() {
		params := map[string]string{}
		var doc []string
		for _, p := range q.Params {
			if p.Required {
				params[p.Name] = values[p.Name]
			}
		}
		if pos := q.Positional(); len(pos) == 1 && pos[0].Name == "name" && len(rows(q.Name, params)) == 0 {
			// The first of the most connected people it says something about.
			for _, p := range people {
				if len(rows(q.Name, map[string]string{"name": p})) > 0 {
					params["name"] = p
					break
				}
			}
		}
		for _, p := range q.Params {
			mod := ""
			switch {
			case p.Required:
				mod = " (required)"
			case p.Default != "":
				mod = " (default " + p.Default + ")"
			}
			doc = append(doc, fmt.Sprintf("//   %s%s: %s", p.Name, mod, p.Description))
		}
		call := queries.Call(q, params)
		text := fmt.Sprintf("// %s: %s\n// Parameters, the required ones in order, then {name: value} for the others:\n%s\n// Columns: %s\n%s\n",
			q.Name, q.Description, strings.Join(doc, "\n"), strings.Join(q.Columns, ", "), call)
		out = append(out, Snippet{Name: q.Name, Description: q.Description, Call: call, Snippet: text})
	}
	return out
}

func prefix(s string, n int) string {
	r := []rune(strings.ToLower(s))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
