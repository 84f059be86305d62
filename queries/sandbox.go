package queries

// The query sandbox: limits that hold while a query runs, whoever wrote it.
//
//   - Memory: a watcher samples the Go heap (runtime/metrics) every few
//     milliseconds while queries run. A query whose heap growth since it
//     started passes its budget (Options.MaxMemory; see memWatcher.over for
//     how growth is blamed when several run), or the oldest query when the
//     whole heap passes the process budget (SetMemoryBudget), is stopped:
//     its JavaScript is interrupted and its context cancelled.
//   - Answer size: rows are measured as JSON while they are collected; past
//     Options.MaxBytes the answer is cut, with a notice.
//   - Nesting: a value given to g.emit is checked before Gizmo copies it, so
//     no value deeper than Options.MaxDepth (or cyclic) reaches the JSON
//     encoder, whose recursion would otherwise overflow the stack.
//   - Time: the JavaScript is interrupted at the deadline or when the caller
//     goes away, and a regular expression stops matching after
//     RegexpMatchTimeout (goja falls back to regexp2 for backreferences and
//     look-arounds, whose backtracking can otherwise run for hours).

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"
)

// Defaults of the sandbox limits.
const (
	DefaultMaxBytes  = 64 << 20  // bytes of one answer, as JSON
	DefaultMaxDepth  = 64        // nesting of one emitted value
	DefaultMaxMemory = 256 << 20 // heap growth of one query
	// DefaultMemoryBudget is the Go heap of the whole process past which the
	// oldest running query is stopped.
	DefaultMemoryBudget = 768 << 20
	// RegexpMatchTimeout stops one regular-expression match in a query. A
	// match stopped this way counts as no match, and the query itself stops
	// at its own deadline.
	RegexpMatchTimeout = time.Second
	// maxCallStack caps JavaScript call depth (goja's default is unbounded).
	maxCallStack = 10000
	// sampleEvery is how often the memory watcher reads the heap.
	sampleEvery = 5 * time.Millisecond
)

// ErrMemory is returned (wrapped) when a query passes its memory budget.
var ErrMemory = errors.New("query stopped: over its memory budget")

// ErrTooDeep is returned (wrapped) when a query emits a value nested deeper
// than the limit.
var ErrTooDeep = errors.New("value nested too deeply")

// ErrTooLarge is returned (wrapped) for an answer that cannot be cut to the
// limits.
var ErrTooLarge = errors.New("answer too large")

// errTooLarge stops a query whose answer is over the byte cap; the rows
// collected so far are returned with a notice.
var errTooLarge = errors.New("answer over the byte cap")

func init() {
	regexp2.DefaultMatchTimeout = RegexpMatchTimeout
}

// SetMemoryBudget sets the Go heap, in bytes, of the whole process past which
// the oldest running query is stopped (zero restores DefaultMemoryBudget).
func SetMemoryBudget(total int64) {
	if total <= 0 {
		total = DefaultMemoryBudget
	}
	watcher.mu.Lock()
	watcher.total = uint64(total)
	watcher.mu.Unlock()
}

// guard is one running query, as the memory watcher sees it.
type guard struct {
	start  time.Time
	base   uint64 // heap when it started
	budget uint64
	stop   func(error)
	done   bool
}

// memWatcher samples the heap while queries run and stops those over budget.
type memWatcher struct {
	mu      sync.Mutex
	total   uint64
	running map[*guard]struct{}
	active  bool
	lastGC  time.Time
}

var watcher = &memWatcher{total: DefaultMemoryBudget, running: map[*guard]struct{}{}}

var heapSample = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/stacks:bytes"},
}

// heapBytes is the memory of heap objects (live and not yet swept) and
// goroutine stacks.
func heapBytes() uint64 {
	s := make([]metrics.Sample, len(heapSample))
	copy(s, heapSample)
	metrics.Read(s)
	var n uint64
	for _, x := range s {
		if x.Value.Kind() == metrics.KindUint64 {
			n += x.Value.Uint64()
		}
	}
	return n
}

// liveBytes is the heap that was live at the end of the last collection:
// the base a query's growth is measured from (the current heap would count
// garbage that a collection during the query then frees, blaming others).
func liveBytes() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return heapBytes()
	}
	return s[0].Value.Uint64()
}

// watch registers a query; stop is called (once) if it goes over budget.
// The returned function unregisters it.
func (m *memWatcher) watch(budget int64, stop func(error)) func() {
	g := &guard{start: time.Now(), base: liveBytes(), budget: uint64(budget), stop: stop}
	m.mu.Lock()
	m.running[g] = struct{}{}
	if !m.active {
		m.active = true
		go m.loop()
	}
	m.mu.Unlock()
	return func() {
		m.mu.Lock()
		delete(m.running, g)
		if g.done {
			// Its memory is garbage now: collect before blaming another.
			m.lastGC = time.Time{}
		}
		m.mu.Unlock()
	}
}

func (m *memWatcher) loop() {
	t := time.NewTicker(sampleEvery)
	defer t.Stop()
	for range t.C {
		m.mu.Lock()
		if len(m.running) == 0 {
			m.active = false
			m.mu.Unlock()
			return
		}
		m.mu.Unlock()
		m.check()
	}
}

// check stops the queries over budget. The heap counts garbage not yet
// collected, so before stopping anything it collects (at most every 100 ms)
// and looks again.
func (m *memWatcher) check() {
	if m.stopping() {
		return // wait until the query stopped has let go of its memory
	}
	heap := heapBytes()
	if m.over(heap) == nil {
		return
	}
	m.mu.Lock()
	collect := time.Since(m.lastGC) > 100*time.Millisecond
	m.mu.Unlock()
	if collect {
		runtime.GC()
		m.mu.Lock()
		m.lastGC = time.Now()
		m.mu.Unlock()
		heap = heapBytes()
	}
	if g := m.over(heap); g != nil {
		m.mu.Lock()
		g.done = true
		m.mu.Unlock()
		g.stop(fmt.Errorf("%w (heap %d MB)", ErrMemory, heap>>20))
	}
}

// stopping reports whether a query stopped for memory is still running.
func (m *memWatcher) stopping() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for g := range m.running {
		if g.done {
			return true
		}
	}
	return false
}

// over returns the query to stop at this heap size, if any. The heap is
// shared, so a query's growth is the heap's growth since it started, which
// counts the allocations of the queries running beside it: of the queries
// over their budget, the one that started last is stopped, since the growth
// since it started is what put all of them over (a query that was already
// running when a memory hog started is not blamed for it). When the whole
// heap passes the process budget, the oldest query is stopped.
func (m *memWatcher) over(heap uint64) *guard {
	m.mu.Lock()
	defer m.mu.Unlock()
	var oldest, newestOver *guard
	for g := range m.running {
		if g.done {
			continue
		}
		if oldest == nil || g.start.Before(oldest.start) {
			oldest = g
		}
		if heap > g.base && heap-g.base > g.budget && (newestOver == nil || g.start.After(newestOver.start)) {
			newestOver = g
		}
	}
	if newestOver != nil {
		return newestOver
	}
	if heap > m.total {
		return oldest
	}
	return nil
}

// sandbox holds the limits of one run.
type sandbox struct {
	opts    Options
	ctx     context.Context
	cancel  context.CancelCauseFunc
	vm      *goja.Runtime // nil for languages without JavaScript
	mu      sync.Mutex
	cause   error
	emitErr error // why g.emit refused a value
	bytes   int64
	unwatch func()
}

// newSandbox starts watching a run; vm, if any, is interrupted when the run
// is stopped. Call close when the run ends.
func newSandbox(ctx context.Context, vm *goja.Runtime, opts Options) *sandbox {
	sb := &sandbox{opts: opts, vm: vm}
	sb.ctx, sb.cancel = context.WithCancelCause(ctx)
	if vm != nil {
		vm.SetMaxCallStackSize(maxCallStack)
	}
	sb.unwatch = watcher.watch(opts.MaxMemory, sb.stop)
	// The caller's deadline or disconnect interrupts the JavaScript even
	// while it is not handing back results.
	stopOnDone := context.AfterFunc(sb.ctx, func() { sb.stop(context.Cause(sb.ctx)) })
	prev := sb.unwatch
	sb.unwatch = func() { stopOnDone(); prev() }
	return sb
}

func (sb *sandbox) stop(err error) {
	sb.mu.Lock()
	if sb.cause == nil {
		sb.cause = err
	}
	sb.mu.Unlock()
	sb.cancel(err)
	if sb.vm != nil {
		sb.vm.Interrupt(err)
	}
}

// stopped returns why the run was stopped by the sandbox (memory), if it was.
func (sb *sandbox) stopped() error {
	sb.mu.Lock()
	defer sb.mu.Unlock()
	if errors.Is(sb.cause, ErrMemory) {
		return sb.cause
	}
	return nil
}

// classify says why a run failed: stopped by the sandbox, or err as it is.
func (sb *sandbox) classify(err error) error {
	if e := sb.stopped(); e != nil {
		return e
	}
	sb.mu.Lock()
	emitErr := sb.emitErr
	sb.mu.Unlock()
	if emitErr != nil && errors.Is(err, ErrTooDeep) {
		return emitErr
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if e, ok := ie.Value().(error); ok && (errors.Is(e, ErrMemory) || errors.Is(e, ErrTooDeep)) {
			return e
		}
	}
	return err
}

func (sb *sandbox) close() {
	sb.unwatch()
	sb.cancel(nil)
}

// add counts a row of the answer; it reports false once the answer is over
// the byte cap.
func (sb *sandbox) add(row any) (bool, error) {
	n, err := jsonSize(row, 0, sb.opts.MaxDepth, sb.opts.MaxBytes-sb.bytes)
	if err != nil {
		return false, err
	}
	sb.bytes += n
	return sb.bytes <= sb.opts.MaxBytes, nil
}

// guardEmit replaces g.emit (and graph.emit, g.Emit) with a function that
// checks the value's nesting and size before Gizmo copies it.
func (sb *sandbox) guardEmit() error {
	vm := sb.vm
	if err := vm.Set("__ngCheckEmit", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		n, err := valueSize(v, 0, sb.opts.MaxDepth, sb.opts.MaxBytes+1)
		if err != nil {
			sb.mu.Lock()
			sb.emitErr = err
			sb.mu.Unlock()
			panic(vm.NewGoError(err))
		}
		if n > sb.opts.MaxBytes {
			panic(vm.NewGoError(errTooLarge))
		}
		return v
	}); err != nil {
		return err
	}
	_, err := vm.RunString(`(function () {
	var orig = graph, check = __ngCheckEmit;
	var emit = function (v) { return orig.Emit(check(v)); };
	var p = new Proxy({}, {
		get: function (t, k) { return (k === "emit" || k === "Emit") ? emit : orig[k]; },
		has: function (t, k) { return k in orig; }
	});
	g = p; graph = p;
	delete globalThis.__ngCheckEmit;
})();`)
	return err
}

// valueSize estimates the JSON size of a JavaScript value, failing past
// maxDepth levels of nesting; it stops counting once past limit bytes.
func valueSize(v goja.Value, depth, maxDepth int, limit int64) (int64, error) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 4, nil
	}
	if s, ok := v.(goja.String); ok {
		return int64(s.Length()) + 2, nil
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		return 8, nil
	}
	if depth >= maxDepth {
		return 0, fmt.Errorf("%w: an emitted value is nested deeper than %d levels (or refers to itself)", ErrTooDeep, maxDepth)
	}
	var n int64 = 2
	for _, k := range obj.Keys() {
		m, err := valueSize(obj.Get(k), depth+1, maxDepth, limit-n)
		if err != nil {
			return 0, err
		}
		n += m + int64(len(k)) + 4
		if n > limit {
			return n, nil
		}
	}
	return n, nil
}

// jsonSize estimates the JSON size of a Go value, as Gizmo, GraphQL and MQL
// return them, failing past maxDepth levels; it stops counting once past
// limit bytes.
func jsonSize(v any, depth, maxDepth int, limit int64) (int64, error) {
	if depth > maxDepth {
		return 0, fmt.Errorf("%w: a result is nested deeper than %d levels", ErrTooDeep, maxDepth)
	}
	switch x := v.(type) {
	case nil:
		return 4, nil
	case string:
		return int64(len(x)) + 2, nil
	case map[string]any:
		var n int64 = 2
		for k, e := range x {
			m, err := jsonSize(e, depth+1, maxDepth, limit-n)
			if err != nil {
				return 0, err
			}
			n += m + int64(len(k)) + 4
			if n > limit {
				return n, nil
			}
		}
		return n, nil
	case []any:
		return sliceJSONSize(x, depth, maxDepth, limit)
	case []map[string]any:
		return sliceJSONSize(x, depth, maxDepth, limit)
	case fmt.Stringer:
		return int64(len(x.String())) + 2, nil
	}
	return 16, nil
}

// sliceJSONSize is jsonSize of a JSON array: its brackets, its elements and
// their commas, stopping once past limit.
func sliceJSONSize[T any](xs []T, depth, maxDepth int, limit int64) (int64, error) {
	var n int64 = 2
	for _, e := range xs {
		m, err := jsonSize(e, depth+1, maxDepth, limit-n)
		if err != nil {
			return 0, err
		}
		n += m + 1
		if n > limit {
			return n, nil
		}
	}
	return n, nil
}

// countObjects counts the objects in a result tree (GraphQL answers one
// tree; its objects are its rows), stopping past limit.
func countObjects(v any, limit int) int {
	n := 0
	var walk func(any)
	walk = func(v any) {
		if n > limit {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			n++
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case []map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return n
}

// collect reads the results of it within the limits: at most opts.Limit
// values and opts.MaxBytes bytes (past either the answer is cut, and notice
// says so), none nested deeper than opts.MaxDepth.
func (sb *sandbox) collect(it query.Iterator, opts Options) (vals []any, notice string, err error) {
	ctx := sb.ctx
	capBytes := func() string {
		return fmt.Sprintf("answer capped at %d bytes; narrow the query or raise the limit", opts.MaxBytes)
	}
	vals = []any{}
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			continue
		}
		if len(vals) == opts.Limit {
			notice = fmt.Sprintf("result capped at %d rows; narrow the query or raise the limit", opts.Limit)
			break
		}
		within, err := sb.add(v)
		if err != nil {
			return nil, "", err
		}
		if !within {
			notice = capBytes()
			break
		}
		vals = append(vals, v)
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, errTooLarge) {
			return vals, capBytes(), nil
		}
		return nil, "", classify(sb.classify(err), opts)
	}
	if e := sb.stopped(); e != nil {
		return nil, "", e
	}
	if ctx.Err() != nil && notice == "" {
		return nil, "", classify(ctx.Err(), opts)
	}
	return vals, notice, nil
}

// RunLanguage runs a query in one of Cayley's languages (gizmo, graphql,
// mql) on qs within the limits of opts, as the HTTP API serves them: it
// returns the JSON results, and a notice when the answer was cut. A GraphQL
// answer is one tree; its objects count as its rows, and a tree of more
// objects than opts.Limit is refused (ask for fewer with "first").
func RunLanguage(ctx context.Context, qs graph.QuadStore, lang, src string, opts Options) (vals []any, notice string, err error) {
	opts = opts.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		return nil, "", fmt.Errorf("unknown query language %q", lang)
	}
	sess := l.Session(qs)
	var vm *goja.Runtime
	if gs, ok := sess.(*gizmo.Session); ok {
		if vm, err = sessionRuntime(gs); err != nil {
			return nil, "", err
		}
	}
	sb := newSandbox(ctx, vm, opts)
	defer sb.close()
	if vm != nil {
		if err := sb.guardEmit(); err != nil {
			return nil, "", classify(sb.classify(err), opts)
		}
		// Gizmo as Cayley's editor sends it can call the canned queries
		// and their helpers (see EditorPrelude).
		if err := setParams(vm, map[string]string{}); err != nil {
			return nil, "", err
		}
		if _, err := installNative(sb.ctx, vm, qs); err != nil {
			return nil, "", err
		}
		src = EditorPrelude() + "\n;\n" + src
	}
	it, err := sess.Execute(sb.ctx, src, query.Options{Collation: query.JSON, Limit: opts.Limit + 1})
	if err != nil {
		return nil, "", classify(sb.classify(err), opts)
	}
	if vm != nil {
		defer finish(it)
	} else {
		defer it.Close()
	}
	vals, notice, err = sb.collect(it, opts)
	if err != nil {
		return nil, "", err
	}
	if vm == nil {
		n := 0
		for _, v := range vals {
			n += countObjects(v, opts.Limit)
		}
		if n > opts.Limit {
			return nil, "", fmt.Errorf("%w: the answer holds more than %d objects; ask for fewer (GraphQL: first: N)", ErrTooLarge, opts.Limit)
		}
	}
	return vals, notice, nil
}
