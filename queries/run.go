package queries

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// Defaults for Options.
const (
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 10000
)

// Options tune one run.
type Options struct {
	// Timeout stops the query, even one stuck in an endless loop; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// Limit caps the rows returned; zero means DefaultLimit. A capped result
	// has Truncated set and a Notice saying so.
	Limit int
	// MaxBytes caps the answer's size as JSON; zero means DefaultMaxBytes.
	// A capped result has Truncated set and a Notice saying so.
	MaxBytes int64
	// MaxDepth caps the nesting of an emitted value; zero means
	// DefaultMaxDepth. A deeper value fails the query (ErrTooDeep).
	MaxDepth int
	// MaxMemory is how much the Go heap may grow while the query runs; zero
	// means DefaultMaxMemory. Past it the query fails (ErrMemory).
	MaxMemory int64
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Limit <= 0 {
		o.Limit = DefaultLimit
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxMemory <= 0 {
		o.MaxMemory = DefaultMaxMemory
	}
	return o
}

// Result is the outcome of a query: rows of named values.
type Result struct {
	Query     string           `json:"query,omitempty"`
	Columns   []string         `json:"columns"`
	Rows      []map[string]any `json:"rows"`
	Truncated bool             `json:"truncated,omitempty"`
	Notice    string           `json:"notice,omitempty"`
	// Resolved says which entity each name parameter was taken for, and
	// the others it fits (see Resolve).
	Resolved []Resolution `json:"resolved,omitempty"`
}

// ErrTimeout is returned (wrapped) when a query runs past its timeout.
var ErrTimeout = errors.New("query stopped at the timeout")

// ErrUnknownQuery is returned (wrapped) for a name that is no canned query.
var ErrUnknownQuery = errors.New("no such query")

// ErrBadParams is returned (wrapped) for missing or unknown parameters.
var ErrBadParams = errors.New("bad parameters")

// Candidate is one entity a name could mean.
type Candidate struct {
	IRI   string   `json:"iri"`
	Name  string   `json:"name"`
	Types []string `json:"types"`
}

// AmbiguousError says a name matches several entities; it lists them instead
// of guessing.
type AmbiguousError struct {
	Param, Value string
	Candidates   []Candidate
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d entities; give one of their IRIs instead:", e.Value, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s (%s) %s", c.Name, strings.Join(c.Types, ", "), c.IRI)
	}
	return b.String()
}

// NotFoundError says no entity has the name.
type NotFoundError struct {
	Param, Value string
	// Suggestions are entities whose names contain the value.
	Suggestions []Match
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("no entity is named %q (names and alternate names are matched ignoring case)", e.Value)
	if len(e.Suggestions) > 0 {
		var list []string
		for _, m := range e.Suggestions {
			list = append(list, fmt.Sprintf("%q (%s)", m.Name, strings.Join(m.Types, ", ")))
		}
		msg += "; names containing it: " + strings.Join(list, ", ")
	}
	return msg
}

// Run runs the canned query name with params (parameter name to value) on qs.
func Run(ctx context.Context, qs graph.QuadStore, name string, params map[string]string, opts Options) (*Result, error) {
	q, ok := Get(name)
	if !ok {
		return nil, fmt.Errorf("query %q: %w (see `newsgraph query list`: %s)", name, ErrUnknownQuery, strings.Join(Names(), ", "))
	}
	full, err := checkParams(q, params)
	if err != nil {
		return nil, err
	}
	// The body runs inside a function so that it may return early; the
	// library and the body are our own code, the parameters stay data.
	src := library() + "\n;(function () {\n" + q.Source + "\n})();\n"
	res, err := run(ctx, qs, src, full, opts, true)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	res.Query = name
	res.Columns = q.Columns
	return res, nil
}

// checkParams returns params with the defaults of the parameters not given,
// or an error for an unknown or a missing required parameter.
func checkParams(q *Query, params map[string]string) (map[string]string, error) {
	full := make(map[string]string, len(q.Params))
	for k, v := range params {
		if _, ok := q.Param(k); !ok {
			return nil, fmt.Errorf("query %s: %w: unknown parameter %q", q.Name, ErrBadParams, k)
		}
		full[k] = v
	}
	for _, p := range q.Params {
		if v, ok := full[p.Name]; !ok || v == "" {
			if p.Required {
				return nil, fmt.Errorf("query %s: %w: parameter %q is required (%s)", q.Name, ErrBadParams, p.Name, p.Description)
			}
			full[p.Name] = p.Default
		}
	}
	return full, nil
}

// RunRaw runs Gizmo source on qs. params, if any, are visible to it as the
// global object `params`; the shared library of the canned queries is not
// loaded.
func RunRaw(ctx context.Context, qs graph.QuadStore, src string, params map[string]string, opts Options) (*Result, error) {
	res, err := run(ctx, qs, src, params, opts, false)
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	res.Columns = columnsOf(res.Rows)
	return res, nil
}

// run runs src; canned queries also get the Go helpers (global `ng`).
func run(ctx context.Context, qs graph.QuadStore, src string, params map[string]string, opts Options, canned bool) (*Result, error) {
	opts = opts.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	sess := gizmo.NewSession(qs)
	vm, err := sessionRuntime(sess)
	if err != nil {
		return nil, err
	}
	sb := newSandbox(ctx, vm, opts)
	defer sb.close()
	ctx = sb.ctx
	if err := sb.guardEmit(); err != nil {
		return nil, classify(sb.classify(err), opts)
	}
	if err := setParams(vm, params); err != nil {
		return nil, err
	}
	var nat *native
	if canned {
		if nat, err = installNative(ctx, vm, qs); err != nil {
			return nil, err
		}
	}
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: opts.Limit + 1})
	if err != nil {
		return nil, classify(sb.classify(err), opts)
	}
	defer finish(it)
	vals, notice, err := sb.collect(it, opts)
	if err != nil {
		return nil, err
	}
	res := &Result{Rows: make([]map[string]any, 0, len(vals)), Truncated: notice != "", Notice: notice}
	for _, v := range vals {
		row, ok := v.(map[string]any)
		if !ok {
			row = map[string]any{"value": v}
		}
		res.Rows = append(res.Rows, row)
	}
	if nat != nil {
		res.Resolved = nat.resolved
	}
	return res, nil
}

// finish stops a Gizmo answer and waits until the goroutine running its
// script has returned. Gizmo's iterator gives up on a timeout while the
// script may still be inside a Go helper reading the store; a caller that
// then closed the store (the CLI does) had the helper read unmapped memory.
// The helpers watch the query's context, so the wait is short.
func finish(it query.Iterator) {
	it.Close()
	for it.Next(context.Background()) {
	}
}

// classify turns Gizmo's errors into newsgraph's: timeouts, and the
// not-found and ambiguous answers the library throws as plain objects.
func classify(err error, opts Options) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w (%s); raise --timeout or narrow the query", ErrTimeout, opts.Timeout)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if e, ok := ie.Value().(error); ok && errors.Is(e, context.DeadlineExceeded) {
			return fmt.Errorf("%w (%s); raise --timeout or narrow the query", ErrTimeout, opts.Timeout)
		}
	}
	var ex *goja.Exception
	if errors.As(err, &ex) && ex.Value() != nil {
		if m, ok := ex.Value().Export().(map[string]any); ok {
			if e := libraryError(m); e != nil {
				return e
			}
		}
	}
	return err
}

func libraryError(m map[string]any) error {
	str := func(k string) string { s, _ := m[k].(string); return s }
	switch str("newsgraph") {
	case "notfound":
		return &NotFoundError{Param: str("param"), Value: str("value"), Suggestions: suggestionsOf(m["suggestions"])}
	case "ambiguous":
		e := &AmbiguousError{Param: str("param"), Value: str("value")}
		list, _ := m["candidates"].([]any)
		for _, c := range list {
			cm, _ := c.(map[string]any)
			cand := Candidate{}
			cand.IRI, _ = cm["iri"].(string)
			cand.Name, _ = cm["name"].(string)
			types, _ := cm["types"].([]any)
			for _, t := range types {
				if s, ok := t.(string); ok {
					cand.Types = append(cand.Types, s)
				}
			}
			e.Candidates = append(e.Candidates, cand)
		}
		return e
	case "param":
		return fmt.Errorf("%w: %s", ErrBadParams, str("message"))
	}
	return nil
}

// sessionRuntime returns the JavaScript runtime of a Gizmo session. Cayley
// does not export it, and it is the only way to hand parameters to a query as
// values rather than as source text; the package tests fail if a Cayley
// upgrade renames the field.
func sessionRuntime(s *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(s).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return nil, errors.New("this Cayley version's Gizmo session has no goja runtime field; update queries.sessionRuntime")
	}
	vm := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if vm == nil {
		return nil, errors.New("gizmo session has no runtime")
	}
	return vm, nil
}

// setParams sets the global `params`: a frozen object of strings.
func setParams(vm *goja.Runtime, params map[string]string) error {
	obj := vm.NewObject()
	for k, v := range params {
		if err := obj.Set(k, v); err != nil {
			return err
		}
	}
	freeze, ok := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("freeze"))
	if ok {
		if _, err := freeze(goja.Undefined(), obj); err != nil {
			return err
		}
	}
	return vm.Set("params", obj)
}

// columnsOf lists the keys of rows: "id" first, then the rest sorted.
func columnsOf(rows []map[string]any) []string {
	seen := map[string]bool{}
	for _, r := range rows {
		for k := range r {
			seen[k] = true
		}
	}
	var cols []string
	for k := range seen {
		if k != "id" {
			cols = append(cols, k)
		}
	}
	sort.Strings(cols)
	if seen["id"] {
		cols = append([]string{"id"}, cols...)
	}
	return cols
}
