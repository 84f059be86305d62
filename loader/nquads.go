package loader

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/source"
)

// IsNQuads reports whether a file name has an N-Quads extension (.nq or
// .nq.gz).
func IsNQuads(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".nq") || strings.HasSuffix(n, ".nq.gz") || strings.HasSuffix(n, ".nquads")
}

// Group is the quads of one article read from N-Quads, or the error of a
// line that could not be read (Err names the file and line).
type Group struct {
	Quads []quad.Quad
	Err   error
}

// groupKey is the article a quad belongs to: its label, with a sentence
// suffix removed.
func groupKey(q quad.Quad) string {
	if iri, ok := q.Label.(quad.IRI); ok {
		return string(vocab.ArticleOf(iri))
	}
	if q.Label == nil {
		return ""
	}
	return quad.ToString(q.Label)
}

// ReadNQuads reads an N-Quads file ("-" for stdin r; gzip when the name ends
// in .gz or the content is gzip) and passes fn each run of consecutive quads
// that belong to one article (labelled by the article IRI or by one of its
// sentences), as newsgraph extract writes them. A line that does not parse
// fails its whole article: fn gets a Group with Err and without quads.
// maxLine caps the length of one line.
func ReadNQuads(ctx context.Context, name string, stdin io.Reader, maxLine int, fn func(Group) error) error {
	return ReadNQuadsCounting(ctx, name, stdin, maxLine, nil, fn)
}

// ReadNQuadsCounting is ReadNQuads that also passes readBytes, when set, the
// number of bytes read from the file (as stored) as reading goes, for a
// progress bar; stdin is not counted.
func ReadNQuadsCounting(ctx context.Context, name string, stdin io.Reader, maxLine int, readBytes func(int), fn func(Group) error) error {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := source.OpenFile(ctx, name)
		if err != nil {
			return fn(Group{Err: fmt.Errorf("%s: %w", name, unwrapPath(err))})
		}
		defer f.Close()
		r = f
		if readBytes != nil {
			r = source.CountingReader(f, readBytes)
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fn(Group{Err: fmt.Errorf("%s: not a valid gzip file: %w", name, err)})
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	if maxLine <= 0 {
		maxLine = 10 << 20
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var (
		group  []quad.Quad
		key    string
		badErr error
		line   int
	)
	emit := func() error {
		g := Group{Quads: group, Err: badErr}
		if badErr != nil {
			g.Quads = nil
		}
		group, badErr = nil, nil
		if len(g.Quads) == 0 && g.Err == nil {
			return nil
		}
		return fn(g)
	}
	for sc.Scan() {
		line++
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		q, err := parseLine(text)
		if err == nil && !q.IsValid() {
			err = errors.New("incomplete quad")
		}
		if err != nil {
			if badErr == nil {
				badErr = fmt.Errorf("%s:%d: not a valid N-Quads line: %v", name, line, err)
			}
			continue
		}
		k := groupKey(q)
		if k != key && (len(group) > 0 || badErr != nil) {
			if err := emit(); err != nil {
				return err
			}
		}
		key = k
		group = append(group, q)
	}
	if err := sc.Err(); err != nil {
		if badErr == nil {
			badErr = fmt.Errorf("%s:%d: %v", name, line+1, err)
		}
	}
	return emit()
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
