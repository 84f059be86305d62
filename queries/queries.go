// Package queries holds newsgraph's canned Gizmo queries and runs them, and
// raw Gizmo, against a Cayley quad store.
//
// Each canned query is a Gizmo (JavaScript) file embedded in the binary. Its
// header comment names it, describes it in one line, declares its parameters
// and the columns of its rows:
//
//	// name: who-met
//	// description: People NAME met, in person or at the same event.
//	// param: name (required): a person's name or alternate name, any case
//	// columns: person, how, event, date, evidence
//
// and, optionally, the columns a table prints whole (wrapped) rather than
// cut at 80 characters ("// whole: text").
//
// Parameters reach the query as data: the runner sets a frozen global object
// `params` (parameter name to string) in the JavaScript runtime before the
// query runs; no parameter is ever pasted into the query's source.
package queries

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed gizmo/*.js
var files embed.FS

// Param is one named parameter of a canned query.
type Param struct {
	Name        string `json:"name"`
	Required    bool   `json:"required"`
	Default     string `json:"default,omitempty"`
	Description string `json:"description"`
}

// Query is one canned query.
type Query struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Params      []Param  `json:"params"`
	Columns     []string `json:"columns"`
	// Whole are the columns a table prints whole, wrapped, rather than cut:
	// the point of the query, such as evidence's sentence.
	Whole  []string `json:"whole,omitempty"`
	Source string   `json:"-"` // the query body, without the shared library
}

// Positional returns the parameters given as positional arguments on the
// command line: the required ones, in order.
func (q *Query) Positional() []Param {
	var out []Param
	for _, p := range q.Params {
		if p.Required {
			out = append(out, p)
		}
	}
	return out
}

// Param returns the parameter called name, if the query has one.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

var loadAll = sync.OnceValues(func() (map[string]*Query, error) {
	out := make(map[string]*Query)
	entries, err := fs.ReadDir(files, "gizmo")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.Name() == libFile || !strings.HasSuffix(e.Name(), ".js") {
			continue
		}
		data, err := files.ReadFile(path.Join("gizmo", e.Name()))
		if err != nil {
			return nil, err
		}
		q, err := parseHeader(string(data))
		if err != nil {
			return nil, fmt.Errorf("query file %s: %w", e.Name(), err)
		}
		if q.Name+".js" != e.Name() {
			return nil, fmt.Errorf("query file %s: header names it %q", e.Name(), q.Name)
		}
		out[q.Name] = q
	}
	return out, nil
})

const libFile = "lib.js"

var library = sync.OnceValue(func() string {
	data, err := files.ReadFile(path.Join("gizmo", libFile))
	if err != nil {
		panic(err) // embedded at build time
	}
	return string(data)
})

// parseHeader reads the leading "// key: value" comment block of a query.
func parseHeader(src string) (*Query, error) {
	q := &Query{Source: src}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "columns":
			for _, c := range strings.Split(val, ",") {
				q.Columns = append(q.Columns, strings.TrimSpace(c))
			}
		case "whole":
			for _, c := range strings.Split(val, ",") {
				q.Whole = append(q.Whole, strings.TrimSpace(c))
			}
		case "param":
			p, err := parseParam(val)
			if err != nil {
				return nil, err
			}
			q.Params = append(q.Params, p)
		}
	}
	if q.Name == "" || q.Description == "" || len(q.Columns) == 0 {
		return nil, fmt.Errorf("header needs name, description and columns")
	}
	return q, nil
}

// parseParam reads "NAME (required): text" or "NAME (default VALUE): text" or
// "NAME: text".
func parseParam(s string) (Param, error) {
	head, desc, ok := strings.Cut(s, ":")
	if !ok {
		return Param{}, fmt.Errorf("param %q: want NAME (required|default X): description", s)
	}
	p := Param{Description: strings.TrimSpace(desc)}
	head = strings.TrimSpace(head)
	if i := strings.Index(head, "("); i >= 0 && strings.HasSuffix(head, ")") {
		mod := strings.TrimSpace(head[i+1 : len(head)-1])
		head = strings.TrimSpace(head[:i])
		switch {
		case mod == "required":
			p.Required = true
		case strings.HasPrefix(mod, "default "):
			p.Default = strings.TrimSpace(strings.TrimPrefix(mod, "default "))
		default:
			return Param{}, fmt.Errorf("param %q: unknown modifier %q", s, mod)
		}
	}
	p.Name = head
	if p.Name == "" {
		return Param{}, fmt.Errorf("param %q: no name", s)
	}
	return p, nil
}

// List returns the canned queries sorted by name.
func List() []*Query {
	all, err := loadAll()
	if err != nil {
		panic(err) // embedded files are checked by the package tests
	}
	out := make([]*Query, 0, len(all))
	for _, q := range all {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the canned query called name.
func Get(name string) (*Query, bool) {
	all, err := loadAll()
	if err != nil {
		panic(err)
	}
	q, ok := all[name]
	return q, ok
}

// Names returns the sorted names of the canned queries.
func Names() []string {
	var out []string
	for _, q := range List() {
		out = append(out, q.Name)
	}
	return out
}
