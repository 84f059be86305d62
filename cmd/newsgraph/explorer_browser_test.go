package main

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// browser starts a headless Chromium for the explorer tests. It returns its
// context and a function listing every URL the page requested.
func browser(t *testing.T, chrome string) (context.Context, func() []string) {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 860),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("font-render-hinting", "none"),
	)
	var (
		mu   sync.Mutex
		urls []string
	)
	ctx, cancel := chromedp.NewContext(alloc, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	}))
	ctx, cancelTimeout := context.WithTimeout(ctx, 150*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

// waitFor polls a JavaScript condition until it holds.
func waitFor(t *testing.T, ctx context.Context, cond, what string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
		t.Fatalf("%s: %v (status %q)", what, err, status)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// pageURL is the address bar's query, decoded.
func pageURL(t *testing.T, ctx context.Context) url.Values {
	t.Helper()
	q, err := url.ParseQuery(strings.TrimPrefix(eval[string](t, ctx, `location.search`), "?"))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

const (
	ryabkov = "http://newsgraph.org/id/person/sergei-ryabkov"
	sherman = "http://newsgraph.org/id/person/wendy-sherman"
	russia  = "http://newsgraph.org/id/place/russia"
)

// TestExplorerViews drives the explorer's views in a real headless Chromium
// over the seed article, read by the extractor (so places carry the GeoNames
// points it writes), and the search-ranking fixture: search as you type
// ranked by mentions, the map of an entity's events at their places, the
// timeline in date order, the address bar and Back, the wide results table,
// readable graph labels and event labels. No request leaves 127.0.0.1.
func TestExplorerViews(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		t.Skip("no chromium on PATH: install Debian's chromium (apt-get install chromium) to run the browser test")
	}
	base, _ := servedStore(t, "../../testdata/articles/us-russia-geneva-talks.txt", "../../testdata/queries/ranking.nq")
	ctx, requests := browser(t, chrome)
	shots := *screenshots
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	_ = shots

	t.Run("search as you type", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/explorer/"),
			chromedp.WaitVisible(chromedp.ID("q")),
		); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.body.dataset.state === "ready"`, "page ready")
		// Typed, not submitted: the suggestions appear, most mentioned
		// first, with "brown" inside a word last.
		start := time.Now()
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "brow")); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `explorer.suggestedFor === "brow" && !document.getElementById("suggest").hidden`, "suggestions for brow")
		elapsed := time.Since(start)
		names := eval[[]string](t, ctx, `[...document.querySelectorAll("#suggest li .name")].map(e => e.textContent)`)
		if want := []string{"Gordon Brown", "Get Brown", "A Brown", "Jan Abrownski"}; !slices.Equal(names, want) {
			t.Errorf("suggestions = %q, want %q", names, want)
		}
		ms := eval[float64](t, ctx, `explorer.lastSuggestMs`)
		t.Logf("suggestions shown %v after the first key; the last request took %.1f ms from keystroke to list", elapsed, ms)
		// A generous bound: the old explorer waited 2.3 s before searching.
		if ms > 1000 {
			t.Errorf("suggestions took %.0f ms", ms)
		}
		// Enter opens the first one.
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "\r")); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Gordon Brown"`, "Gordon Brown opened")
		if got := pageURL(t, ctx).Get("e"); got != "http://newsgraph.org/id/person/gordon-brown" {
			t.Errorf("address e = %q", got)
		}
	})

	t.Run("map", func(t *testing.T) {
		// Russia took part in talks in Geneva and a meeting in Brussels.
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/explorer/?view=map&e="+url.QueryEscape(russia))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.body.dataset.map === "drawn" && document.querySelectorAll("#map .marker").length >= 3`, "map markers")
		type marker struct {
			Place  string  `json:"place"`
			Events string  `json:"events"`
			X      float64 `json:"x"`
			Y      float64 `json:"y"`
			Self   bool    `json:"self"`
		}
		ms := eval[[]marker](t, ctx, `[...document.querySelectorAll("#map .marker")].map(m => ({place: m.dataset.place, events: m.dataset.events,
			x: +m.getAttribute("cx"), y: +m.getAttribute("cy"), self: m.classList.contains("self")}))`)
		by := map[string]marker{}
		for _, m := range ms {
			by[m.Place] = m
		}
		g, b, r := by["Geneva"], by["Brussels"], by["Russia"]
		if g.Events != "1" || b.Events != "1" || !r.Self {
			t.Fatalf("markers = %+v, want Geneva and Brussels with one event each and Russia itself", ms)
		}
		// Geneva (46.2N 6.1E) is south and east of Brussels (50.9N 4.3E);
		// Russia's point (60N 100E) is far to the east.
		if !(g.X > b.X && g.Y > b.Y && r.X > g.X+100 && r.Y < b.Y) {
			t.Errorf("markers misplaced: Geneva %+v, Brussels %+v, Russia %+v", g, b, r)
		}
		countries := eval[int](t, ctx, `document.querySelectorAll("#map path.country").length`)
		if countries < 200 {
			t.Errorf("map draws %d countries", countries)
		}
		// A click on the Geneva marker shows the evidence of the talks.
		pt := eval[map[string]float64](t, ctx, `(() => { const r = document.querySelector('#map .marker[data-place="Geneva"]').getBoundingClientRect();
			return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(pt["x"], pt["y"])); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("evidence-list").innerText.includes("special talks on strategic stability")`, "evidence after clicking Geneva")
		ev := eval[string](t, ctx, `document.getElementById("evidence").innerText`)
		if !strings.Contains(ev, "talks: Ryabkov, Sherman — Geneva, 2022-01") || !strings.Contains(ev, "US, Russia meet for talks amid tensions at Ukraine") {
			t.Errorf("evidence panel: %q", ev)
		}
		save(t, ctx, filepath.Join(shots, "explorer-map-seed.png"))
	})

	t.Run("timeline", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/explorer/?view=timeline&e="+url.QueryEscape(ryabkov))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.querySelectorAll("#timeline-list tr[data-kind]").length >= 3`, "timeline rows")
		type row struct {
			Kind, Date, Text string
		}
		rows := eval[[]row](t, ctx, `[...document.querySelectorAll("#timeline-list tr[data-kind]")].map(r => ({Kind: r.dataset.kind, Date: r.dataset.date, Text: r.innerText}))`)
		var got []string
		for _, r := range rows {
			got = append(got, r.Date+" "+r.Kind)
		}
		if want := []string{"2022-01-09 event", "2022-01-10 event", "2022-01-10 article"}; !slices.Equal(got, want) {
			t.Errorf("timeline = %q, want %q", got, want)
		}
		if !strings.Contains(rows[1].Text, "talks: Ryabkov, Sherman — Geneva") || !strings.Contains(rows[2].Text, "US, Russia meet for talks") {
			t.Errorf("timeline rows: %+v", rows)
		}
		// On the axis, the events are drawn left to right in date order.
		xs := eval[[]float64](t, ctx, `[...document.querySelectorAll("#timeline-axis circle.ev")].map(c => +c.getAttribute("cx"))`)
		if len(xs) != 2 || !(xs[0] < xs[1]) {
			t.Errorf("event markers at x = %v, want two, left to right", xs)
		}
		// A click on a row shows its evidence.
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#timeline-list tr[data-date="2022-01-10"][data-kind="event"]`))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("evidence-list").innerText.length > 20`, "evidence from the timeline")
	})

	t.Run("address and Back", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/explorer/"),
			chromedp.WaitVisible(chromedp.ID("q")),
		); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.body.dataset.state === "ready"`, "page ready")
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "wendy sherman"), chromedp.Click(`//form[@id="search"]/button`)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Wendy Sherman" && explorer.cy.nodes().length > 1`, "Sherman opened")
		if got := pageURL(t, ctx).Get("e"); got != sherman {
			t.Fatalf("address e = %q, want %s", got, sherman)
		}
		// A click on Ryabkov's node moves there; the address follows.
		pt := eval[map[string]float64](t, ctx, `(() => { const n = explorer.cy.getElementById(`+jsString(ryabkov)+`);
			const p = n.renderedPosition(), r = document.getElementById("graph").getBoundingClientRect();
			return {x: r.left + p.x, y: r.top + p.y}; })()`)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(pt["x"], pt["y"])); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Sergei Ryabkov"`, "Ryabkov opened by a click")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#views button[data-view="map"]`))); err != nil {
			t.Fatal(err)
		}
		if q := pageURL(t, ctx); q.Get("e") != ryabkov || q.Get("view") != "map" {
			t.Errorf("address = %v, want Ryabkov's map", q)
		}
		// Back: Ryabkov's graph, then Sherman's.
		if err := chromedp.Do(ctx, chromedp.NavigateBack()); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.body.dataset.view === "graph" && document.getElementById("card-name").textContent === "Sergei Ryabkov"`, "Back to Ryabkov's graph")
		if err := chromedp.Do(ctx, chromedp.NavigateBack()); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Wendy Sherman" && explorer.state.iri === `+jsString(sherman), "Back to Sherman")
		// A shared link opens the same page: entity, view and query.
		link := base + "/explorer/?e=" + url.QueryEscape(ryabkov) + "&view=timeline&q=who-met&p.name=" + url.QueryEscape(ryabkov)
		if err := chromedp.Do(ctx, chromedp.Navigate(link)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Sergei Ryabkov" && document.body.dataset.view === "timeline" &&
			document.getElementById("qname").value === "who-met" && [...document.querySelectorAll("#qresult td")].some(td => td.textContent === "Wendy Sherman")`, "shared link")
	})

	t.Run("wide results table", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/explorer/?e="+url.QueryEscape(sherman))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Wendy Sherman" && document.getElementById("param-name") && document.getElementById("param-name").value !== ""`, "Sherman opened")
		if err := chromedp.Do(ctx, chromedp.Click(`//form[@id="runner"]/button`)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `[...document.querySelectorAll("#qtable td")].some(td => td.textContent === "Sergei Ryabkov")`, "who-met rows")
		w := eval[map[string]float64](t, ctx, `(() => { const t = document.getElementById("qtable").getBoundingClientRect(), r = document.getElementById("right").getBoundingClientRect();
			return {table: t.width, right: r.width, window: innerWidth, overflow: document.getElementById("view-results").scrollWidth - document.getElementById("view-results").clientWidth}; })()`)
		if w["table"] < 0.45*w["window"] || w["table"] < 2*w["right"] || w["overflow"] > 0 {
			t.Errorf("results table %v px wide in a %v px window (right panel %v px), overflow %v px", w["table"], w["window"], w["right"], w["overflow"])
		}
		if q := pageURL(t, ctx); q.Get("q") != "who-met" || q.Get("p.name") != sherman || q.Get("view") != "results" {
			t.Errorf("address = %v, want the query in it", q)
		}
	})

	t.Run("graph labels", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/explorer/?e="+url.QueryEscape(sherman))); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `document.getElementById("card-name").textContent === "Wendy Sherman" && explorer.cy.nodes().length > 3`, "Sherman's graph")
		labels := eval[[]string](t, ctx, `explorer.cy.nodes().map(n => n.data("label"))`)
		if !slices.Contains(labels, "talks: Ryabkov, Sherman — Geneva, 2022-01") {
			t.Errorf("graph labels %q lack the event's made-up label", labels)
		}
		// Labels are 13 px on screen at the fitted zoom and after zooming out.
		const sizes = `explorer.cy.nodes(".labelled, .focus").map(n => parseFloat(n.style("font-size")) * explorer.cy.zoom())`
		for _, zoom := range []string{"", "explorer.cy.zoom(explorer.cy.zoom() / 4)"} {
			if zoom != "" {
				eval[float64](t, ctx, zoom+"; 0")
			}
			waitFor(t, ctx, sizes+`.every(p => p >= 12 && p <= 14)`, "labels of 13 px on screen "+zoom)
			t.Logf("label sizes on screen %s: %v", zoom, eval[[]float64](t, ctx, sizes))
		}
		// Fewer nodes: the least important are left out.
		n := eval[int](t, ctx, `(() => { const s = document.getElementById("graph-size"); s.value = "2"; s.dispatchEvent(new Event("change")); return explorer.cy.nodes().length; })()`)
		if n != 3 {
			t.Errorf("with 2 nodes asked for, %d are drawn (want 2 and the focus)", n)
		}
	})

	for _, u := range requests() {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") && u != "about:blank" {
			t.Errorf("request outside 127.0.0.1: %s", u)
		}
	}
}

// save writes a screenshot of the page.
func save(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Errorf("screenshot %s: %v", path, err)
		return
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Error(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestExplorerScreenshots takes the README's screenshots of the explorer on a
// large store: NEWSGRAPH_SCREENSHOT_DB names a bolt store (for instance the
// BBC corpus, loaded with `newsgraph load --dbpath /tmp/bbc.db
// ../shared/data/bbc/articles.jsonl`), NEWSGRAPH_SCREENSHOT_NAME the entity
// to show (default "Tony Blair"), NEWSGRAPH_SCREENSHOT_PREFIX the start of
// the file names (default "explorer-") and -screenshots the folder:
//
//	NEWSGRAPH_SCREENSHOT_DB=/tmp/bbc.db NEWSGRAPH_SCREENSHOT_PREFIX=explorer-bbc- \
//	  go test ./cmd/newsgraph -run TestExplorerScreenshots -screenshots ../../docs
//
// It checks what it shows: the entity found by typing part of its name, its
// graph, its events on the map and its timeline in date order.
func TestExplorerScreenshots(t *testing.T) {
	db := os.Getenv("NEWSGRAPH_SCREENSHOT_DB")
	if db == "" {
		t.Skip("NEWSGRAPH_SCREENSHOT_DB (a bolt store to photograph) is not set")
	}
	chrome := findChromium()
	if chrome == "" {
		t.Skip("no chromium on PATH")
	}
	name := os.Getenv("NEWSGRAPH_SCREENSHOT_NAME")
	if name == "" {
		name = "Tony Blair"
	}
	shots := *screenshots
	if shots == "" {
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	prefix := os.Getenv("NEWSGRAPH_SCREENSHOT_PREFIX")
	if prefix == "" {
		prefix = "explorer-"
	}
	base, _ := serveDB(t, db)
	ctx, _ := browser(t, chrome)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/explorer/"), chromedp.WaitVisible(chromedp.ID("q"))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.state === "ready"`, "page ready")
	partial := strings.ToLower(strings.Fields(name)[len(strings.Fields(name))-1])
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), partial)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `explorer.suggestedFor === `+jsString(partial)+` && document.querySelectorAll("#suggest li").length > 0`, "suggestions")
	first := eval[string](t, ctx, `document.querySelector("#suggest li .name").textContent`)
	t.Logf("typing %q suggests first %q (request %.1f ms)", partial, first, eval[float64](t, ctx, `explorer.lastSuggestMs`))
	save(t, ctx, filepath.Join(shots, prefix+"search.png"))
	if first != name {
		t.Errorf("typing %q suggests %q first, want %q", partial, first, name)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("card-name").textContent === `+jsString(first)+` && explorer.cy.nodes().length > 1`, "entity opened")
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	save(t, ctx, filepath.Join(shots, prefix+"graph.png"))
	t.Logf("graph: %s", eval[string](t, ctx, `document.getElementById("status").textContent`))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#views button[data-view="map"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.body.dataset.map === "drawn" && document.querySelectorAll("#map .marker").length > 0`, "map")
	// Click the place with most events for its evidence.
	pt := eval[map[string]float64](t, ctx, `(() => { const m = [...document.querySelectorAll("#map .marker")].sort((a, b) => b.dataset.events - a.dataset.events)[0];
		const r = m.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(pt["x"], pt["y"])); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("evidence-list").innerText.length > 20`, "evidence from the map")
	t.Logf("map: %s", eval[string](t, ctx, `document.getElementById("map-note").textContent`))
	save(t, ctx, filepath.Join(shots, prefix+"map.png"))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#views button[data-view="timeline"]`))); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelectorAll("#timeline-list tr[data-kind]").length > 0`, "timeline")
	dates := eval[[]string](t, ctx, `[...document.querySelectorAll("#timeline-list tr[data-kind]")].map(r => r.dataset.date).filter(d => d)`)
	if !slices.IsSorted(dates) {
		t.Errorf("timeline dates out of order: %v", dates)
	}
	save(t, ctx, filepath.Join(shots, prefix+"timeline.png"))
}
