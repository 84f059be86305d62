package queries

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// The canned queries in Cayley's editor. Gizmo that newsgraph serve runs for
// its web UI (the editor's endpoint) starts with the library of the canned
// queries and one function per canned query: whoMet("Wendy Sherman") runs
// who-met and emits its rows. Each function takes the required parameters in
// order, then an optional object of the others: timeline("Geneva", {from:
// "2022-01"}). They are also in the object `canned`, by name and by function
// name: canned["who-met"], canned.whoMet. entity and evidence are helpers of
// the library, so their queries are canned.entity(...) and
// canned.evidence(...) only.

// FuncName is the JavaScript name of a canned query: who-met is whoMet.
func FuncName(name string) string {
	var b strings.Builder
	up := false
	for _, r := range name {
		if r == '-' || r == '_' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// libraryGlobals are the names lib.js defines at the top level.
var libraryGlobals = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(library(), "\n") {
		for _, kw := range []string{"function ", "var "} {
			if rest, ok := strings.CutPrefix(line, kw); ok {
				name := strings.FieldsFunc(rest, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '$') })
				if len(name) > 0 {
					out[name[0]] = true
				}
			}
		}
	}
	return out
})

// GlobalFunc returns the global function that runs the canned query name in
// the editor, or "" when the name is taken by a helper of the library (use
// canned.NAME then).
func GlobalFunc(name string) string {
	f := FuncName(name)
	if libraryGlobals()[f] {
		return ""
	}
	return f
}

// Call returns the editor expression that runs the canned query q with
// params: whoMet("Wendy Sherman"), canned.entity("Ryabkov"),
// timeline("Geneva", {"from": "2022-01"}).
func Call(q *Query, params map[string]string) string {
	var args []string
	for _, p := range q.Positional() {
		args = append(args, jsQuote(params[p.Name]))
	}
	var opt []string
	for _, p := range q.Params {
		if v, ok := params[p.Name]; ok && !p.Required {
			opt = append(opt, jsQuote(p.Name)+": "+jsQuote(v))
		}
	}
	if len(opt) > 0 {
		args = append(args, "{"+strings.Join(opt, ", ")+"}")
	}
	fn := GlobalFunc(q.Name)
	if fn == "" {
		fn = "canned." + FuncName(q.Name)
	}
	return fn + "(" + strings.Join(args, ", ") + ")"
}

func jsQuote(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// EditorPrelude is the Gizmo run before the editor's query: the library and
// the canned query functions.
var EditorPrelude = sync.OnceValue(func() string {
	var b strings.Builder
	b.WriteString(library())
	b.WriteString(`
var canned = {};
function runCanned_(positional, defaults, args, body) {
  var p = {}, k;
  for (k in defaults) { p[k] = defaults[k]; }
  for (var i = 0; i < positional.length && i < args.length; i++) {
    if (args[i] !== undefined && args[i] !== null) { p[positional[i]] = String(args[i]); }
  }
  var more = args[positional.length];
  if (more && typeof more === "object") {
    for (k in more) { p[k] = String(more[k]); }
  }
  var saved = params;
  params = Object.freeze(p);
  try { body(); } finally { params = saved; }
}
`)
	for _, q := range List() {
		var pos []string
		defs := map[string]string{}
		for _, p := range q.Positional() {
			pos = append(pos, jsQuote(p.Name))
		}
		for _, p := range q.Params {
			if !p.Required {
				defs[p.Name] = p.Default
			}
		}
		d, _ := json.Marshal(defs)
		fn := FuncName(q.Name)
		fmt.Fprintf(&b, "canned[%s] = canned.%s = function %s() {\n  runCanned_([%s], %s, arguments, function () {\n%s\n  });\n};\n",
			jsQuote(q.Name), fn, fn+"_", strings.Join(pos, ", "), d, q.Source)
		if g := GlobalFunc(q.Name); g != "" {
			fmt.Fprintf(&b, "var %s = canned.%s;\n", g, fn)
		}
	}
	return b.String()
})

// Script returns a self-contained Gizmo script that runs the canned query
// name with params (checked as Run checks them): the parameters as data, the
// library and the query. It runs as it is in the editor of newsgraph serve,
// which gives Gizmo the Go helpers (`ng`) the library calls.
func Script(name string, params map[string]string) (string, error) {
	q, ok := Get(name)
	if !ok {
		return "", fmt.Errorf("query %q: %w (see `newsgraph query list`: %s)", name, ErrUnknownQuery, strings.Join(Names(), ", "))
	}
	full, err := checkParams(q, params)
	if err != nil {
		return "", err
	}
	p, _ := json.MarshalIndent(full, "", "  ")
	var b strings.Builder
	fmt.Fprintf(&b, "// newsgraph canned query %s: %s\n", q.Name, q.Description)
	fmt.Fprintf(&b, "// Run it in the query editor of newsgraph serve (Gizmo), which provides the `ng` helpers.\n")
	fmt.Fprintf(&b, "// The same in one line there: %s\n", Call(q, params))
	fmt.Fprintf(&b, "if (typeof ng === \"undefined\") { throw new Error(\"this script needs the query editor of newsgraph serve\"); }\n")
	fmt.Fprintf(&b, "var params = Object.freeze(%s);\n\n", p)
	b.WriteString(library())
	b.WriteString("\n;(function () {\n")
	b.WriteString(q.Source)
	b.WriteString("\n})();\n")
	return b.String(), nil
}
