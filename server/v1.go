package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"

	"github.com/newsgraph/newsgraph/queries"
)

// readQuery reads a query body, at most maxQueryBody bytes.
func readQuery(w http.ResponseWriter, r *http.Request) (string, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxQueryBody))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return "", fmt.Errorf("query over %d bytes", maxQueryBody)
		}
		return "", err
	}
	if len(data) == 0 {
		return "", errors.New("query is empty")
	}
	return string(data), nil
}

// runSession runs a query in the language's session within the sandbox's
// limits and returns its JSON results.
func (s *Server) runSession(ctx context.Context, lang, qu string, limit int) ([]any, error) {
	opts := s.queryOptions()
	opts.Limit = limit
	out, _, err := queries.RunLanguage(ctx, s.qs, lang, qu, opts)
	return out, err
}

func (s *Server) limitParam(r *http.Request, def int) int {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = def
	}
	if limit > s.cfg.MaxRows {
		limit = s.cfg.MaxRows
	}
	return limit
}

// serveV1Query is Cayley's POST /api/v1/query/LANG: {"result": [...]} or
// {"error": "..."}.
func (s *Server) serveV1Query(w http.ResponseWriter, r *http.Request) {
	qu, err := readQuery(w, r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	out, err := s.runSession(r.Context(), r.PathValue("lang"), qu, s.limitParam(r, 100))
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// shapeNode and shapeLink are the graph the shape endpoint returns.
type shapeNode struct {
	ID     int      `json:"id"`
	Value  string   `json:"value"`
	Tags   []string `json:"tags,omitempty"`
	IsLink bool     `json:"is_link_node"`
}

type shapeLink struct {
	Source int    `json:"source"`
	Target int    `json:"target"`
	Tag    string `json:"tag"`
}

// serveV1Shape is the POST /api/v1/shape/LANG endpoint Cayley's UI calls.
// Cayley itself no longer implements it (its own server answers 501); here
// it returns the graph of the query's results: one node per distinct value,
// and a link from each result's "id" to each of its other tagged values.
func (s *Server) serveV1Shape(w http.ResponseWriter, r *http.Request) {
	qu, err := readQuery(w, r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	out, err := s.runSession(r.Context(), r.PathValue("lang"), qu, s.limitParam(r, 100))
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	nodes := []shapeNode{}
	links := []shapeLink{}
	index := map[string]int{}
	nodeOf := func(v, tag string) int {
		i, ok := index[v]
		if !ok {
			i = len(nodes)
			index[v] = i
			nodes = append(nodes, shapeNode{ID: i, Value: v})
		}
		n := &nodes[i]
		for _, t := range n.Tags {
			if t == tag {
				return i
			}
		}
		n.Tags = append(n.Tags, tag)
		return i
	}
	seen := map[shapeLink]bool{}
	for _, res := range out {
		m, ok := res.(map[string]any)
		if !ok {
			nodeOf(fmt.Sprint(res), "value")
			continue
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		id, hasID := m["id"]
		src := -1
		if hasID {
			src = nodeOf(fmt.Sprint(id), "id")
		}
		for _, k := range keys {
			if k == "id" {
				continue
			}
			dst := nodeOf(fmt.Sprint(m[k]), k)
			if src >= 0 {
				l := shapeLink{Source: src, Target: dst, Tag: k}
				if !seen[l] {
					seen[l] = true
					links = append(links, l)
				}
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"nodes": nodes, "links": links})
}
