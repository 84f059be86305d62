package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

// runCLI runs one newsgraph command in this process and returns its
// standard output, standard error and error.
func runCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetIn(strings.NewReader(""))
	err := cmd.Execute()
	return out.String(), errb.String(), err
}

// startServe runs newsgraph serve with args (plus --host 127.0.0.1:0) in
// this process until the test ends, and returns its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	base, _ := serveLogged(t, append([]string{"--quiet"}, args...)...)
	return base
}

// serveLogged runs newsgraph serve with args on a free loopback port in this
// process until the test ends. It returns the base URL and a function that
// returns the lines serve has written to stderr so far (its request log,
// unless --quiet).
func serveLogged(t *testing.T, args ...string) (base string, lines func() []string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	serve := newRootCmd()
	serve.SetArgs(append([]string{"serve", "--host", "127.0.0.1:0"}, args...))
	serve.SetErr(pw)
	done := make(chan error, 1)
	go func() { done <- serve.ExecuteContext(ctx); pw.Close() }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})
	var (
		mu  sync.Mutex
		log []string
	)
	addr := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`at (http://127\.0\.0\.1:[0-9]+)/`)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			if m := re.FindStringSubmatch(line); m != nil {
				addr <- m[1]
				continue
			}
			mu.Lock()
			log = append(log, line)
			mu.Unlock()
		}
	}()
	select {
	case base = <-addr:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	return base, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), log...)
	}
}

// getJSON fetches base+path (with the token, if any) into out and returns
// the status.
func getJSON(t *testing.T, token, u string, out any) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	if out != nil {
		json.NewDecoder(resp.Body).Decode(out)
	}
	return resp.StatusCode
}

// newArticles writes the first n articles of the Reuters sample as one JSON
// Lines file each into dir, each through a hidden temporary file renamed
// into place, as a well-behaved writer does.
func newArticles(t *testing.T, dir string, n int) []string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/articles/reuters-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) < n {
		t.Fatalf("the sample has %d articles, want %d", len(lines), n)
	}
	var titles []string
	for i, line := range lines[:n] {
		var a struct {
			Title string `json:"title"`
		}
		json.Unmarshal([]byte(line), &a)
		titles = append(titles, a.Title)
		tmp := filepath.Join(dir, fmt.Sprintf(".a%02d.tmp", i))
		if err := os.WriteFile(tmp, []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(dir, fmt.Sprintf("a%02d.jsonl", i))); err != nil {
			t.Fatal(err)
		}
	}
	return titles
}

type recentReply struct {
	Articles []struct {
		Headline string `json:"headline"`
		IRI      string `json:"iri"`
	} `json:"articles"`
	Entities []struct {
		Name string `json:"name"`
	} `json:"entities"`
}

// TestServeLive is the live newsroom scripted: newsgraph serve --watch on a
// store, 20 new articles dropped into the watched folder appear in the
// canned queries and in /api/recent within two poll intervals while a
// bounded loop of canned queries keeps answering; load on the held store
// says how to send articles instead, and load --to-server sends them
// through POST with the server's token. Reading commands on the held store
// print what they print on the store when it is not served.
func TestServeLive(t *testing.T) {
	const poll = 2 * time.Second
	const token = "s3cret-test-token"
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	watch := filepath.Join(dir, "inbox")
	if err := os.Mkdir(watch, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runCLI(t, "load", "--progress", "never", "--dbpath", db, "../../testdata/articles/us-russia-geneva-talks.txt"); err != nil {
		t.Fatalf("load: %v %s", err, stderr)
	}
	// The reading commands, store not served.
	reads := [][]string{
		{"query", "who-met", "Wendy Sherman", "--format", "json"},
		{"query", "entity", "sergei ryabkov"},
		{"query", "-e", `g.V().has("<http://schema.org/name>", "Geneva").all()`},
		{"stats", "--json"},
		{"stats"},
		{"export", "--format", "graphml"},
		{"export", "--format", "nquads", "--around", "Wendy Sherman"},
		{"export", "--format", "gexf", "--query", "who-met", "-p", "name=Wendy Sherman"},
	}
	alone := map[string]string{}
	for _, args := range reads {
		out, stderr, err := runCLI(t, append(args, "--dbpath", db)...)
		if err != nil {
			t.Fatalf("%v: %v %s", args, err, stderr)
		}
		alone[strings.Join(args, " ")] = out
	}
	if _, _, err := runCLI(t, "export", "--format", "csv", "-o", filepath.Join(dir, "csv-alone"), "--dbpath", db); err != nil {
		t.Fatal(err)
	}
	_, _, queryErr := runCLI(t, "query", "who-met", "Nobody Atall", "--dbpath", db)

	base := startServe(t, "--dbpath", db, "--watch", watch, "--poll", poll.String(), "--token", token)
	served, err := store.FindServed(db)
	if err != nil || served == nil || "http://"+served.Addr != base {
		t.Fatalf("store does not advertise its server: %+v, %v", served, err)
	}

	t.Run("reading commands ask the server", func(t *testing.T) {
		for _, args := range reads {
			start := time.Now()
			out, stderr, err := runCLI(t, append(args, "--dbpath", db)...)
			if err != nil {
				t.Fatalf("%v on the served store: %v %s", args, err, stderr)
			}
			if d := time.Since(start); d > 1500*time.Millisecond {
				t.Errorf("%v took %s: it waited for the store's lock", args, d)
			}
			if want := alone[strings.Join(args, " ")]; out != want {
				t.Errorf("%v: served output differs\n got: %.600s\nwant: %.600s", args, out, want)
			}
		}
		if _, _, err := runCLI(t, "export", "--format", "csv", "-o", filepath.Join(dir, "csv-served"), "--dbpath", db); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"nodes.csv", "relationships.csv"} {
			a, _ := os.ReadFile(filepath.Join(dir, "csv-alone", f))
			b, err := os.ReadFile(filepath.Join(dir, "csv-served", f))
			if err != nil || !bytes.Equal(a, b) || len(a) == 0 {
				t.Errorf("csv %s differs when served (%v)", f, err)
			}
		}
		_, _, err := runCLI(t, "query", "who-met", "Nobody Atall", "--dbpath", db)
		if err == nil || queryErr == nil || err.Error() != queryErr.Error() {
			t.Errorf("error when served: %v; alone: %v", err, queryErr)
		}
	})

	t.Run("load on the held store", func(t *testing.T) {
		start := time.Now()
		_, _, err := runCLI(t, "load", "--progress", "never", "--dbpath", db, "../../testdata/articles/reuters-sample.jsonl")
		if err == nil {
			t.Fatal("load on a served store succeeded")
		}
		for _, want := range []string{"is held by newsgraph serve", base, "newsgraph load --to-server", "/api/articles"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message lacks %q: %v", want, err)
			}
		}
		if d := time.Since(start); d > 1500*time.Millisecond {
			t.Errorf("the message took %s", d)
		}
	})

	// A bounded loop of canned queries while the server ingests.
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
	)
	stop := make(chan struct{})
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		paths := []string{
			"/api/queries/who-met?name=Wendy%20Sherman",
			"/api/queries/entity?name=Sergei%20Ryabkov",
			"/api/queries/search?text=sher",
			"/api/queries/top?type=person",
			"/api/queries/events-at?place=Geneva",
			"/api/queries/neighbours?name=Wendy%20Sherman",
		}
		for i := 0; i < 2000; i++ {
			select {
			case <-stop:
				return
			default:
			}
			start := time.Now()
			code := getJSON(t, token, base+paths[i%len(paths)], nil)
			d := time.Since(start)
			mu.Lock()
			latencies = append(latencies, d)
			if code != http.StatusOK {
				failures = append(failures, fmt.Sprintf("%s: %d", paths[i%len(paths)], code))
			}
			mu.Unlock()
			time.Sleep(20 * time.Millisecond)
		}
	}()

	dropped := time.Now()
	titles := newArticles(t, watch, 20)
	var seenIn time.Duration
	for {
		var rec recentReply
		getJSON(t, token, base+"/api/recent?since=1h", &rec)
		var res struct {
			Rows []map[string]any `json:"rows"`
		}
		getJSON(t, token, base+"/api/queries/articles?name=Reuters", &res)
		if len(rec.Articles) >= 21 && len(rec.Entities) > 0 {
			got := map[string]bool{}
			for _, a := range rec.Articles {
				got[a.Headline] = true
			}
			missing := 0
			for _, title := range titles {
				if !got[title] {
					missing++
				}
			}
			if missing == 0 {
				seenIn = time.Since(dropped)
				break
			}
		}
		if time.Since(dropped) > 2*poll+30*time.Second {
			t.Fatalf("after %s /api/recent shows %d articles, want the 20 dropped and the seed", time.Since(dropped), len(rec.Articles))
		}
		time.Sleep(100 * time.Millisecond)
	}
	close(stop)
	<-loopDone
	t.Logf("20 articles dropped into the watched folder were in /api/recent after %s (poll interval %s)", seenIn.Round(time.Millisecond), poll)
	if seenIn > 2*poll+10*time.Second {
		t.Errorf("the articles took %s to appear, over two poll intervals (%s) and a generous margin", seenIn, 2*poll)
	}
	mu.Lock()
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	if len(latencies) < 10 {
		t.Fatalf("only %d queries ran while ingesting", len(latencies))
	}
	p50, p95 := latencies[len(latencies)/2], latencies[len(latencies)*95/100]
	t.Logf("canned queries while ingesting: %d requests, p50 %s, p95 %s, max %s", len(latencies),
		p50.Round(time.Microsecond), p95.Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond))
	// The latency is a figure to read, not a pass mark: on a machine busy with
	// other work it says nothing of the server (README, Performance, reports
	// it measured quietly). What must hold is above and below: the queries
	// ran while the server ingested, and none failed.
	if len(failures) > 0 {
		t.Errorf("queries failed while ingesting: %v", failures)
	}
	mu.Unlock()

	// The canned query over HTTP finds a new article by its publisher.
	var arts struct {
		Rows []map[string]any `json:"rows"`
	}
	if code := getJSON(t, token, base+"/api/queries/articles?name="+url.QueryEscape(titlesEntity(t, token, base)), &arts); code != http.StatusOK || len(arts.Rows) == 0 {
		t.Errorf("articles of a new entity: status %d, %d rows", code, len(arts.Rows))
	}

	t.Run("POST with the token", func(t *testing.T) {
		body, _ := os.ReadFile("../../testdata/articles/reuters-sample.jsonl")
		lines := strings.Split(strings.TrimSpace(string(body)), "\n")
		one := lines[21] + "\n"
		req, _ := http.NewRequest(http.MethodPost, base+"/api/articles?name=one.jsonl", strings.NewReader(one))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST without the token: %d, want 401", resp.StatusCode)
		}
		req, _ = http.NewRequest(http.MethodPost, base+"/api/articles?name=one.jsonl", strings.NewReader(one))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err = http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var reply struct {
			Articles int      `json:"articles"`
			Failed   int      `json:"failed"`
			Errors   []string `json:"errors"`
		}
		json.NewDecoder(resp.Body).Decode(&reply)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || reply.Articles != 1 || reply.Failed != 0 {
			t.Errorf("POST with the token: %d %+v", resp.StatusCode, reply)
		}
		// load --to-server: the rest of the sample (one line stored by
		// the POST above is skipped), and a bad file reported by name.
		bad := filepath.Join(dir, "bad.jsonl")
		os.WriteFile(bad, []byte("{not json\n"), 0o644)
		out, stderr, err := runCLI(t, "load", "--to-server", "--dbpath", db, "../../testdata/articles/reuters-sample.jsonl", bad)
		if err == nil {
			t.Errorf("load --to-server with a bad file: no error")
		}
		if !regexp.MustCompile(`^loaded 4 articles \(21 skipped, 1 failed\)`).MatchString(out) {
			t.Errorf("load --to-server: %q", out)
		}
		if !strings.Contains(stderr, bad+": object 1: invalid JSON") {
			t.Errorf("load --to-server does not name the bad file: %q", stderr)
		}
		var rec recentReply
		getJSON(t, token, base+"/api/recent?since=1h&limit=100", &rec)
		if len(rec.Articles) != 26 {
			t.Errorf("/api/recent lists %d articles, want 26", len(rec.Articles))
		}
	})
}

// titlesEntity returns the name of an entity the new articles brought in.
func titlesEntity(t *testing.T, token, base string) string {
	var rec recentReply
	getJSON(t, token, base+"/api/recent?since=1h", &rec)
	if len(rec.Entities) == 0 {
		t.Fatal("no new entities")
	}
	return rec.Entities[0].Name
}

// freshPostgres creates an empty database on the server of
// $NEWSGRAPH_TEST_POSTGRES, dropped when the test ends, and returns its URL.
func freshPostgres(t *testing.T) string {
	t.Helper()
	u, err := url.Parse(os.Getenv(postgresEnv))
	if err != nil || u.Scheme == "" {
		t.Skipf("%s not set: set it to a PostgreSQL URL (make test starts a server) to test serve on PostgreSQL", postgresEnv)
	}
	admin, err := sql.Open("postgres", u.String())
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("newsgraph_live_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		admin.Close()
	})
	u.Path = "/" + name
	return u.String()
}

// TestServePostgresSeparateLoad: a PostgreSQL store is served while another
// process loads into it; queries keep answering and then see the new
// articles.
func TestServePostgresSeparateLoad(t *testing.T) {
	pg := freshPostgres(t)
	bin, err := exec.LookPath("newsgraph")
	if err != nil {
		t.Skip("no newsgraph command on PATH (testscript puts one there)")
	}
	if _, stderr, err := runCLI(t, "load", "--progress", "never", "--db", "postgres", "--dbpath", pg, "../../testdata/articles/us-russia-geneva-talks.txt"); err != nil {
		t.Fatalf("load: %v %s", err, stderr)
	}
	base := startServe(t, "--db", "postgres", "--dbpath", pg)
	load := exec.Command(bin, "load", "--progress", "never", "--db", "postgres", "--dbpath", pg, "../../testdata/articles/reuters-sample.jsonl")
	var out bytes.Buffer
	load.Stdout, load.Stderr = &out, &out
	if err := load.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- load.Wait() }()
	queries := 0
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("separate load: %v\n%s", err, out.String())
			}
			running = false
		default:
			var res struct {
				Rows []map[string]any `json:"rows"`
			}
			if code := getJSON(t, "", base+"/api/queries/who-met?name=Wendy%20Sherman", &res); code != http.StatusOK || len(res.Rows) == 0 {
				t.Fatalf("who-met during the load: %d, %d rows", code, len(res.Rows))
			}
			queries++
			time.Sleep(50 * time.Millisecond)
		}
	}
	if !strings.Contains(out.String(), "loaded 25 articles (0 skipped, 0 failed)") {
		t.Errorf("separate load: %s", out.String())
	}
	var stats struct {
		Articles int `json:"articles"`
	}
	getJSON(t, "", base+"/api/stats", &stats)
	var rec recentReply
	getJSON(t, "", base+"/api/recent?since=1h&limit=100", &rec)
	if stats.Articles != 26 || len(rec.Articles) != 26 {
		t.Errorf("after the separate load the server sees %d articles, %d recent; want 26", stats.Articles, len(rec.Articles))
	}
	t.Logf("%d canned queries answered while another process loaded 25 articles", queries)
}
