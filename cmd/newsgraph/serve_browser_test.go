package main

import (
	"encoding/json"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var screenshots = flag.String("screenshots", "", "folder for the browser test's screenshots (default: a temporary folder); e.g. ../../docs")

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// servedStore loads N-Quads files into a fresh bolt store with the load
// command and starts newsgraph serve on it, on a free loopback port. It
// returns the base URL and a function that returns the request log so far.
func servedStore(t *testing.T, files ...string) (base string, requests func() []string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "db")
	load := newRootCmd()
	load.SetArgs(append([]string{"load", "--dbpath", db, "--progress", "never"}, files...))
	load.SetOut(io.Discard)
	if err := load.Execute(); err != nil {
		t.Fatalf("load: %v", err)
	}
	return serveDB(t, db)
}

// serveDB starts newsgraph serve on the bolt store db, on a free loopback
// port, until the test ends. It returns the base URL and a function that
// returns the request log so far.
func serveDB(t *testing.T, db string) (base string, requests func() []string) {
	t.Helper()
	return serveLogged(t, "--dbpath", db, "--timeout", "10s")
}

// TestServeBrowser drives a real headless Chromium against newsgraph serve
// over the seed article's quads: Cayley's query editor loads (Monaco from the
// binary) and runs a query; the explorer finds Wendy Sherman, draws her
// neighbourhood with Sergei Ryabkov in it, and a click on the edge between
// them shows the evidence sentence; hostile names show as text; no request
// leaves 127.0.0.1.
func TestServeBrowser(t *testing.T) {
	chrome := findChromium()
	if chrome == "" {
		t.Skip("no chromium on PATH: install Debian's chromium (apt-get install chromium) to run the browser test")
	}
	// The seed article through the real extractor, and the hand-written
	// quads of the same article (with a URL, so the evidence has a link).
	// Both carry the hostile names of hostile.nq.
	t.Run("extracted", func(t *testing.T) {
		browse(t, chrome, true, "../../testdata/articles/us-russia-geneva-talks.txt", "../../testdata/queries/hostile.nq")
	})
	t.Run("fixture", func(t *testing.T) {
		browse(t, chrome, false, "../../testdata/queries/seed.nq", "../../testdata/queries/hostile.nq")
	})
}

func browse(t *testing.T, chrome string, keepShots bool, files ...string) {
	base, serverLog := servedStore(t, files...)

	shots := *screenshots
	if shots == "" || !keepShots {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, requests := browser(t, chrome)

	save := func(name string) {
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		p := filepath.Join(shots, name)
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Error(err)
		}
		t.Logf("screenshot: %s", p)
	}

	t.Run("cayley editor", func(t *testing.T) {
		// Monaco's editor appears: it can only come from this server.
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/"),
			chromedp.WaitVisible(chromedp.CSS(".monaco-editor")),
		); err != nil {
			t.Fatalf("editor did not appear: %v", err)
		}
		const q = `g.V(iri("http://newsgraph.org/id/person/wendy-sherman")).both(iri("http://newsgraph.org/ns/met")).out(iri("http://schema.org/name")).all()`
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`typeof monaco !== "undefined" && monaco.editor.getModels().length > 0`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("monaco model: %v", err)
		}
		if err := chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`monaco.editor.getModels()[0].setValue(`+jsString(q)+`)`),
			chromedp.Click(`//button[contains(., "Run")]`),
		); err != nil {
			t.Fatalf("run query: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body.innerText.replace(/\u00a0/g, " ").includes('"id": "Sergei Ryabkov"')`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
			t.Fatalf("query result not shown: %v; page text: %q", err, text)
		}
	})

	t.Run("cayley editor canned-query menu", func(t *testing.T) {
		// Pick who-met from the menu newsgraph adds to Cayley's page: the
		// editor gets the call, filled with the store's most connected
		// person; Run shows its rows.
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.ID("newsgraph-canned-select"))); err != nil {
			t.Fatalf("menu did not appear: %v", err)
		}
		call, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
			const sel = document.getElementById("newsgraph-canned-select");
			const opt = [...sel.options].find(o => o.textContent.startsWith("who-met "));
			sel.value = opt.value;
			sel.dispatchEvent(new Event("change", {bubbles: true}));
			return opt.textContent;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`monaco.editor.getModels()[0].getValue()`))
		if err != nil || !strings.HasPrefix(text, "// who-met: ") || !strings.Contains(text, "\nwhoMet(\"") {
			t.Fatalf("editor holds %q after picking %q (%v)", text, call, err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(`//button[contains(., "Run")]`)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const t = document.body.innerText.replace(/\u00a0/g, " ");
			return t.includes('"how": "met"') && t.includes('"evidence": ') && t.includes('"person": '); })()`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			page, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
			t.Fatalf("rows of %s not shown: %v; page text: %q", call, err, page)
		}
		t.Logf("ran %s from the menu", call)
		save("cayley-ui.png")
	})

	t.Run("explorer", func(t *testing.T) {
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/explorer/"),
			chromedp.WaitVisible(chromedp.ID("q")),
			chromedp.SendKeys(chromedp.ID("q"), "wendy sherman"),
			chromedp.Click(`//form[@id="search"]/button`),
		); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.getElementById("card-name").textContent === "Wendy Sherman" && explorer.cy.nodes().length > 1`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
			t.Fatalf("entity not shown: %v (status %q)", err, status)
		}
		card, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("card")))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Person", "deputy secretary of state", "United States", "Sergei Ryabkov"} {
			if !strings.Contains(card, want) {
				t.Errorf("entity card lacks %q: %q", want, card)
			}
		}
		labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`explorer.cy.nodes().map(n => n.data("label"))`))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(labels, "Sergei Ryabkov") {
			t.Fatalf("neighbourhood %v lacks Sergei Ryabkov", labels)
		}
		// A real mouse click on the middle of the "met" edge.
		pt, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](`(() => {
			const e = explorer.cy.edges().filter(e => e.data("label") === "met")[0];
			const p = e.renderedMidpoint(), r = document.getElementById("graph").getBoundingClientRect();
			return {x: r.left + p.x, y: r.top + p.y};
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(pt["x"], pt["y"])); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.getElementById("evidence-list").innerText.includes("face-to-face talks with Wendy Sherman")`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("evidence not shown after clicking the edge: %v", err)
		}
		ev, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("evidence")))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{" — met → ", "Sergei Ryabkov", "US, Russia meet for talks amid tensions at Ukraine", "2022-01-10"} {
			if !strings.Contains(ev, want) {
				t.Errorf("evidence lacks %q: %q", want, ev)
			}
		}
		if !keepShots { // the fixture's article has a URL
			href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#evidence-list a").href`))
			if err != nil || !strings.HasPrefix(href, "https://www.deccanherald.com/") {
				t.Errorf("evidence link = %q, %v", href, err)
			}
		}
		// The canned query menu runs who-met for the entity shown.
		if err := chromedp.Do(ctx, chromedp.Click(`//form[@id="runner"]/button`)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`[...document.querySelectorAll("#qresult td")].some(td => td.textContent === "Sergei Ryabkov")`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("who-met from the menu: %v", err)
		}
		save("explorer.png")
	})

	t.Run("what's new", func(t *testing.T) {
		// The panel lists the articles just loaded and the entities they
		// brought in; an entity opens in the explorer.
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/explorer/"),
			chromedp.WaitVisible(chromedp.ID("whatsnew")),
		); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.getElementById("whatsnew-articles").innerText.includes("US, Russia meet for talks amid tensions at Ukraine") &&
			 document.querySelectorAll("#whatsnew-entities a").length > 0`,
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("whatsnew").innerText`))
			t.Fatalf("what's new does not list the article: %v; panel: %q", err, text)
		}
		name, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
			const links = [...document.querySelectorAll("#whatsnew-entities a")];
			const a = links.find(a => a.textContent === "Wendy Sherman") || links[0];
			a.click();
			return a.textContent;
		})()`))
		if err != nil {
			t.Fatalf("no new entity to click: %v", err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.getElementById("card-name").textContent === `+jsString(name),
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			t.Fatalf("clicking %s in what's new did not open it: %v", name, err)
		}
		save("whats-new.png")
	})

	t.Run("hostile names are text", func(t *testing.T) {
		const name = "Jean \"Le Grand\" O'Neil \\ </script><script>alert(1)</script>"
		if err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/explorer/"),
			chromedp.WaitVisible(chromedp.ID("q")),
			chromedp.SendKeys(chromedp.ID("q"), "le grand"),
			chromedp.Click(`//form[@id="search"]/button`),
		); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.getElementById("card-name").textContent === `+jsString(name),
			chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("card-name").textContent`))
			t.Fatalf("hostile name shown as %q: %v", got, err)
		}
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("script").length`))
		if err != nil || n != 4 {
			t.Errorf("page has %d script elements (want the 4 it loads): %v", n, err)
		}
	})

	urls := requests()
	if len(urls) == 0 {
		t.Fatal("no request was logged")
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") && u != "about:blank" {
			t.Errorf("request outside 127.0.0.1: %s", u)
		}
	}
	t.Logf("%d browser requests, all to %s", len(urls), base)
	if log := strings.Join(serverLog(), "\n"); !strings.Contains(log, "GET /vendor/monaco-editor/min/vs/editor/editor.main.js 200") ||
		!strings.Contains(log, "GET /vendor/cytoscape/cytoscape.min.js 200") {
		t.Errorf("server log does not show Monaco and cytoscape served from the binary:\n%s", log)
	}
}

// jsString quotes s as a JavaScript string literal: JSON, with <, > and &
// escaped, is valid JavaScript.
func jsString(s string) string {
	data, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(data)
}
