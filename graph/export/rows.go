package export

import "strings"

// KeepQueryRows restricts o to the entities of a canned query's result: the
// IRIs in its rows and the names its parameters gave.
func (o *Options) KeepQueryRows(rows []map[string]any, params map[string]string) {
	o.Restrict = true
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "_:") {
				o.Nodes = append(o.Nodes, v)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, row := range rows {
		walk(row)
	}
	for _, v := range params {
		o.Names = append(o.Names, v)
	}
}
