// newsgraph explorer: search as you type, an entity's card, its
// neighbourhood graph, a map and a timeline of its events and articles, the
// evidence behind each fact, and the canned queries in a wide table. The
// address bar carries the entity, the view and the selected query, so links
// can be shared and Back works. Everything comes from this server's
// /api/queries and /api/explorer; values are put on the page as text, never
// as HTML.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var SVG = "http://www.w3.org/2000/svg";
  var state = { iri: "", name: "", queries: [], view: "graph", where: null, graph: null, query: "", params: {} };

  function setState(s, msg) {
    document.body.setAttribute("data-state", s);
    if (msg !== undefined) { $("status").textContent = msg; }
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    return e;
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }

  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }

  function getJSON(url, signal) {
    return fetch(url, { credentials: "same-origin", signal: signal }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var err = new Error(body.error || ("HTTP " + r.status));
          err.candidates = body.candidates || null;
          throw err;
        }
        return body;
      });
    });
  }

  // api runs a canned query and resolves to its result, or rejects with an
  // Error carrying the server's message (and candidates for an ambiguous name).
  function api(name, params) {
    return getJSON("/api/queries/" + encodeURIComponent(name) + "?" + new URLSearchParams(params || {}).toString());
  }

  function explorerAPI(path, params, signal) {
    return getJSON("/api/explorer/" + path + "?" + new URLSearchParams(params || {}).toString(), signal);
  }

  function fail(err) {
    setState("error", err.message);
    if (err.candidates) {
      showMatches(err.candidates.map(function (c) { return { name: c.name, types: c.types, iri: c.iri }; }));
    }
  }

  // --- the address bar ------------------------------------------------------
  // /explorer/?e=IRI&view=map&q=who-met&p.name=... ; every change of entity,
  // view or query is a history entry, and Back restores it.

  function urlOf(s) {
    var u = new URLSearchParams();
    if (s.iri) { u.set("e", s.iri); }
    if (s.view && s.view !== "graph") { u.set("view", s.view); }
    if (s.query) {
      u.set("q", s.query);
      Object.keys(s.params || {}).sort().forEach(function (k) { u.set("p." + k, s.params[k]); });
    }
    var q = u.toString();
    return location.pathname + (q ? "?" + q : "");
  }

  function readURL() {
    var u = new URLSearchParams(location.search);
    var s = { iri: u.get("e") || "", view: u.get("view") || "graph", query: u.get("q") || "", params: {} };
    u.forEach(function (v, k) { if (k.indexOf("p.") === 0) { s.params[k.substring(2)] = v; } });
    return s;
  }

  function remember(replace) {
    var url = urlOf(state);
    if (url === location.pathname + location.search) { return; }
    var snap = { iri: state.iri, view: state.view, query: state.query, params: state.params };
    if (replace) { history.replaceState(snap, "", url); } else { history.pushState(snap, "", url); }
  }

  // apply shows what an address says: entity, view, query.
  function apply(s) {
    if (s.view) { showView(s.view, true); }
    if (s.iri && s.iri !== state.iri) { openEntity(s.iri, true); }
    if (s.query && (s.query !== state.query || JSON.stringify(s.params) !== JSON.stringify(state.params))) {
      selectQuery(s.query, s.params);
      runQuery(null, true);
    }
  }

  window.addEventListener("popstate", function () { apply(readURL()); });

  // --- views ---------------------------------------------------------------------

  var VIEWS = ["graph", "map", "timeline", "results"];

  function showView(v, fromURL) {
    if (VIEWS.indexOf(v) < 0) { v = "graph"; }
    state.view = v;
    document.body.setAttribute("data-view", v);
    VIEWS.forEach(function (x) { $("view-" + x).hidden = x !== v; });
    Array.prototype.forEach.call(document.querySelectorAll("#views button"), function (b) {
      b.setAttribute("aria-selected", String(b.getAttribute("data-view") === v));
    });
    if (v === "graph") {
      cy.resize();
      if (state.graphStale) { state.graphStale = false; drawGraph(); } else { fitGraph(); }
    }
    if (v === "map") { drawMap(); }
    if (v === "timeline") { drawTimeline(); }
    if (!fromURL) { remember(); }
  }

  Array.prototype.forEach.call(document.querySelectorAll("#views button"), function (b) {
    b.addEventListener("click", function () { showView(b.getAttribute("data-view")); });
  });

  // --- search as you type --------------------------------------------------------

  var sugg = { list: [], active: -1, seq: 0, ctl: null, text: "" };

  function renderSuggestions(list) {
    var ul = clear($("suggest"));
    sugg.list = list;
    sugg.active = list.length ? 0 : -1;
    list.forEach(function (m, i) {
      var li = el("li", null, { role: "option", "data-iri": m.iri });
      li.appendChild(el("span", m.name, { "class": "name" }));
      li.appendChild(el("span", (m.types || []).join(", "), { "class": "t" }));
      li.appendChild(el("span", m.mentions + (m.mentions === 1 ? " article" : " articles"), { "class": "n" }));
      if (i === 0) { li.className = "active"; }
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      ul.appendChild(li);
    });
    ul.hidden = list.length === 0;
  }

  function moveActive(d) {
    if (!sugg.list.length) { return; }
    sugg.active = (sugg.active + d + sugg.list.length) % sugg.list.length;
    Array.prototype.forEach.call($("suggest").children, function (li, i) { li.className = i === sugg.active ? "active" : ""; });
  }

  function hideSuggestions() { $("suggest").hidden = true; }

  function pick(i) {
    var m = sugg.list[i];
    if (!m) { return; }
    hideSuggestions();
    $("q").value = m.name;
    openEntity(m.iri);
  }

  // suggest asks for the names containing text, dropping answers to older
  // keystrokes.
  function suggest(text) {
    text = text.trim();
    sugg.text = text;
    var seq = ++sugg.seq;
    if (sugg.ctl) { sugg.ctl.abort(); }
    if (!text) { renderSuggestions([]); return Promise.resolve([]); }
    sugg.ctl = typeof AbortController === "function" ? new AbortController() : null;
    var t0 = performance.now();
    return explorerAPI("suggest", { q: text, limit: 12 }, sugg.ctl && sugg.ctl.signal).then(function (res) {
      if (seq !== sugg.seq) { return sugg.list; }
      renderSuggestions(res.results || []);
      window.explorer.lastSuggestMs = performance.now() - t0;
      window.explorer.suggestedFor = text;
      return sugg.list;
    }).catch(function (err) {
      if (err.name === "AbortError") { return sugg.list; }
      throw err;
    });
  }

  $("q").addEventListener("input", function () { suggest($("q").value).catch(fail); });
  $("q").addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); moveActive(1); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); moveActive(-1); }
    if (ev.key === "Escape") { hideSuggestions(); }
  });
  $("q").addEventListener("blur", function () { setTimeout(hideSuggestions, 150); });
  $("q").addEventListener("focus", function () { if (sugg.list.length) { $("suggest").hidden = false; } });

  // search opens the best match of text: the highlighted suggestion, else
  // the first (most mentioned) one.
  function search(text) {
    text = text.trim();
    if (!text) { return; }
    var ready = text === sugg.text && sugg.list.length ? Promise.resolve(sugg.list) : suggest(text);
    setState("loading", "Looking up \u201c" + text + "\u201d…");
    ready.then(function (list) {
      if (!list.length) {
        setState("ready", "Nothing is named like \u201c" + text + "\u201d.");
        return;
      }
      pick(Math.max(sugg.active, 0));
    }).catch(fail);
  }

  function showMatches(list) {
    var ul = clear($("matches"));
    list.forEach(function (m) {
      var li = el("li", m.name);
      if (m.types) { li.appendChild(el("span", " · " + (Array.isArray(m.types) ? m.types.join(", ") : m.types), { "class": "muted" })); }
      li.setAttribute("data-iri", m.iri);
      li.addEventListener("click", function () { openEntity(m.iri); });
      ul.appendChild(li);
    });
    $("matches-box").hidden = list.length === 0;
  }

  // --- entity card -----------------------------------------------------------------

  function renderCard(rows) {
    var by = {};
    rows.forEach(function (r) { (by[r.relation] = by[r.relation] || []).push(r); });
    var name = (by.name && by.name[0].value) || state.iri;
    state.name = name;
    $("card-name").textContent = name;
    $("card-types").textContent = (by.type || []).map(function (r) { return r.value; }).join(", ");
    var dl = clear($("card-facts"));
    function add(label, list) {
      if (!list || !list.length) { return; }
      dl.appendChild(el("dt", label));
      dl.appendChild(el("dd", list.join("; ")));
    }
    var vals = function (rel, dir) {
      return (by[rel] || []).filter(function (r) { return !dir || r.direction === dir; }).map(function (r) { return r.value; })
        .filter(function (v, i, a) { return a.indexOf(v) === i; });
    };
    add("Also called", vals("alternateName"));
    add("Titles", vals("jobTitle", "out"));
    add("Affiliations", vals("affiliation", "out").concat(vals("worksFor", "out"), vals("memberOf", "out")));
    add("Met", vals("met"));
    // Events by the labels the explorer's API makes of their facts.
    var took = state.where ? state.where.events.filter(function (e) { return e.role !== "place"; })
      .map(function (e) { return e.label + (e.date && e.label.indexOf(e.date.substring(0, 7)) < 0 ? " (" + e.date + ")" : ""); }) : vals("attendee", "in");
    add("Took part in", took.slice(0, 12).concat(took.length > 12 ? ["+" + (took.length - 12) + " more (Timeline)"] : []));
    add("Location", vals("location", "out"));
    add("Inside", vals("containedInPlace", "out"));
    add("Date", vals("startDate", "out"));
    add("IRI", vals("iri"));
    $("card").hidden = false;
  }

  // --- neighbourhood graph -------------------------------------------------------
  // Labels stay LABEL_PX on screen at any zoom; only the focus, the most
  // important nodes and the hovered one are labelled until one zooms in; the
  // least important nodes are left out (the slider shows more).

  var LABEL_PX = 13, LABELLED = 14;

  var cy = cytoscape({
    container: $("graph"),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
        "label": "", "font-size": LABEL_PX, "text-wrap": "ellipsis", "text-max-width": 180,
        "text-valign": "bottom", "text-margin-y": 3, "width": "mapData(weight, 1, 30, 18, 44)", "height": "mapData(weight, 1, 30, 18, 44)",
        "background-color": "#8d99ae", "color": "#1d2430",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node.labelled, node.hover, node.focus, node.near", style: { "label": "data(label)" } },
      { selector: "node.hover", style: { "z-index": 20, "text-background-opacity": 1, "font-weight": "bold" } },
      { selector: "node.Person", style: { "background-color": "#e63946" } },
      { selector: "node.Organization, node.GovernmentOrganization", style: { "background-color": "#457b9d", "shape": "round-rectangle" } },
      { selector: "node.Place, node.Country, node.City, node.AdministrativeArea", style: { "background-color": "#2a9d8f", "shape": "diamond" } },
      { selector: "node.Event", style: { "background-color": "#f4a261", "shape": "hexagon" } },
      { selector: "node.focus", style: { "width": 46, "height": 46, "font-weight": "bold", "border-width": 3, "border-color": "#1d3557", "z-index": 10 } },
      { selector: "edge", style: {
        "label": "", "font-size": LABEL_PX - 2, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "width": "mapData(evidence, 1, 10, 1.5, 5)", "line-color": "#c3cad4", "target-arrow-color": "#c3cad4", "color": "#44505f",
        "text-rotation": "autorotate", "text-background-color": "#f5f6f8", "text-background-opacity": 1, "text-background-padding": 2 } },
      { selector: "edge.met", style: { "line-color": "#e63946", "target-arrow-color": "#e63946" } },
      { selector: "edge.hover, edge:selected", style: { "label": "data(label)", "line-color": "#1d3557", "target-arrow-color": "#1d3557", "z-index": 20 } }
    ]
  });

  // Keep labels the same size on screen whatever the zoom; past twice the
  // fitted zoom every node is labelled.
  function scaleLabels() {
    var z = cy.zoom();
    cy.style().selector("node").style({ "font-size": LABEL_PX / z, "text-max-width": 180 / z, "text-margin-y": 3 / z })
      .selector("edge").style({ "font-size": (LABEL_PX - 2) / z }).update();
    var near = state.fitZoom && z > 2 * state.fitZoom;
    cy.batch(function () { cy.nodes().forEach(function (n) { n.toggleClass("near", !!near); }); });
  }
  var scaling = false;
  cy.on("zoom", function () {
    if (scaling) { return; }
    scaling = true;
    requestAnimationFrame(function () { scaling = false; scaleLabels(); });
  });
  cy.on("mouseover", "node", function (ev) { ev.target.addClass("hover"); ev.target.connectedEdges().addClass("hover"); });
  cy.on("mouseout", "node", function (ev) { ev.target.removeClass("hover"); ev.target.connectedEdges().removeClass("hover"); });
  cy.on("mouseover", "edge", function (ev) { ev.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (ev) { ev.target.removeClass("hover"); });

  function fitGraph() {
    if (!cy.nodes().length) { return; }
    cy.fit(cy.elements(), 40);
    state.fitZoom = cy.zoom();
    scaleLabels();
  }

  function typeClasses(types) { return (types || []).join(" "); }

  // drawGraph shows the focus and the most important other nodes, up to the
  // slider's number; edges between them.
  function drawGraph() {
    var g = state.graph;
    if (!g) { return; }
    var max = parseInt($("graph-size").value, 10) || 40;
    var focus = state.iri;
    var keep = {}, shown = 0;
    keep[focus] = true;
    g.nodes.forEach(function (n) {
      if (n.id === focus || (n.members || []).indexOf(focus) >= 0) { keep[n.id] = true; focus = n.id; return; }
      if (shown < max) { keep[n.id] = true; shown++; }
    });
    var els = [], rank = 0;
    g.nodes.forEach(function (n) {
      if (!keep[n.id]) { return; }
      var cls = typeClasses(n.types) + (n.id === focus ? " focus" : "") + (n.id !== focus && rank++ < LABELLED ? " labelled" : "");
      els.push({ group: "nodes", data: { id: n.id, label: n.label, weight: n.weight, members: n.members || [] }, classes: cls });
    });
    g.edges.forEach(function (e) {
      if (!keep[e.source] || !keep[e.target]) { return; }
      els.push({ group: "edges", classes: e.predicate, data: { id: e.id, source: e.source, target: e.target, label: e.predicate, evidence: e.evidence, facts: e.facts } });
    });
    cy.elements().remove();
    cy.add(els);
    var n = cy.nodes().length;
    cy.layout(n > 12 ? {
      name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; },
      nodeOverlap: 20, numIter: 600, padding: 30, fit: true
    } : {
      name: "concentric", animate: false, padding: 40, minNodeSpacing: 70,
      concentric: function (x) { return x.hasClass("focus") ? 3 : (x.edgesWith(cy.$(".focus")).length ? 2 : 1); },
      levelWidth: function () { return 1; }
    }).run();
    fitGraph();
    var total = g.nodes.length;
    $("graph-size").max = String(Math.max(total, 1));
    $("graph-size-note").textContent = (n < total ? n + " of " + total : String(total)) + (g.truncated ? " (capped)" : "");
  }

  $("graph-size").addEventListener("change", drawGraph);

  cy.on("tap", "node", function (ev) {
    var members = ev.target.data("members") || [];
    var id = members.length ? members[0] : ev.target.id();
    if (id !== state.iri) { openEntity(id); }
  });

  cy.on("tap", "edge", function (ev) {
    var e = ev.target;
    showEvidence(e.data("facts") || [], e.source().data("label") + " \u2014 " + e.data("label") + " \u2192 " + e.target().data("label"));
  });

  // --- evidence --------------------------------------------------------------------

  function sentenceItem(r) {
    var li = el("li");
    li.appendChild(el("blockquote", r.text));
    var src = el("div", null, { "class": "source" });
    var when = r.date ? " (" + r.date + ")" : "";
    if (/^https?:\/\//.test(r.url)) {
      src.appendChild(el("a", r.headline || r.url, { href: r.url, rel: "noopener noreferrer", target: "_blank" }));
      src.appendChild(document.createTextNode(when));
    } else {
      src.textContent = (r.headline || r.article) + when;
    }
    li.appendChild(src);
    return li;
  }

  // showEvidence lists the sentences behind facts ({s, p, o}), under caption.
  function showEvidence(facts, caption, groups) {
    $("evidence-edge").textContent = caption;
    var ol = clear($("evidence-list"));
    $("evidence").hidden = false;
    setState("loading", "Loading evidence…");
    var list = facts.slice(0, 8);
    Promise.all(list.map(function (f) { return api("evidence", { subject: f.s, predicate: f.p, object: f.o }); })).then(function (all) {
      var n = 0, seen = {};
      all.forEach(function (res, i) {
        if (groups && groups[i]) { ol.appendChild(el("h3", groups[i])); }
        (res.rows || []).forEach(function (r) {
          if (seen[r.sentence + "|" + i]) { return; }
          seen[r.sentence + "|" + i] = true;
          n++;
          ol.appendChild(sentenceItem(r));
        });
      });
      if (!n) { ol.appendChild(el("li", "No sentence is recorded for this fact.")); }
      setState("evidence", n + " sentence" + (n === 1 ? "" : "s") + " for this fact" + (facts.length > list.length ? " (the first " + list.length + " of " + facts.length + " facts)" : "") + ".");
    }).catch(fail);
  }

  function eventEvidence(events, caption) {
    showEvidence(events.map(function (e) { return { s: e.iri, p: e.predicate, o: state.iri }; }), caption,
      events.map(function (e) { return e.label + (e.date ? " (" + e.date + ")" : ""); }));
  }

  function articleEvidence(a) {
    $("evidence-edge").textContent = "Article naming " + state.name;
    var ol = clear($("evidence-list"));
    $("evidence").hidden = false;
    ol.appendChild(sentenceItem({ text: a.headline || a.iri, date: a.date, url: a.url, headline: a.url || a.iri, article: a.iri }));
  }

  // --- map ----------------------------------------------------------------------
  // Natural Earth's countries (world-atlas, served from the binary) in an
  // equirectangular projection, fitted to the places shown; one marker per
  // place, sized by its events.

  var world = null;
  function loadWorld() {
    if (!world) {
      world = getJSON("/vendor/world-atlas/countries-50m.json").then(function (topo) {
        return topojson.feature(topo, topo.objects.countries).features;
      });
    }
    return world;
  }

  // placesOnMap groups the events of state.where by place.
  function placesOnMap() {
    var w = state.where, byPlace = {}, order = [], unplaced = 0;
    if (!w) { return { places: [], unplaced: 0 }; }
    w.events.forEach(function (e) {
      var put = false;
      (e.places || []).forEach(function (p) {
        if (p.lat === null || p.lon === null) { return; }
        put = true;
        if (!byPlace[p.iri]) { byPlace[p.iri] = { place: p, events: [] }; order.push(p.iri); }
        byPlace[p.iri].events.push(e);
      });
      if (!put) { unplaced++; }
    });
    var out = order.map(function (k) { return byPlace[k]; });
    if (w.place && !byPlace[w.place.iri]) { out.push({ place: w.place, events: [], self: true }); }
    return { places: out, unplaced: unplaced };
  }

  var mapView = { world: false };

  function drawMap() {
    var box = $("map");
    var W = box.clientWidth || 800, H = box.clientHeight || 500;
    var pm = placesOnMap();
    var lon0 = -180, lon1 = 180, lat0 = -60, lat1 = 84;
    if (!mapView.world && pm.places.length) {
      lon0 = 180; lon1 = -180; lat0 = 90; lat1 = -90;
      pm.places.forEach(function (x) {
        lon0 = Math.min(lon0, x.place.lon); lon1 = Math.max(lon1, x.place.lon);
        lat0 = Math.min(lat0, x.place.lat); lat1 = Math.max(lat1, x.place.lat);
      });
      var padLon = Math.max(8, (lon1 - lon0) * 0.2), padLat = Math.max(5, (lat1 - lat0) * 0.2);
      lon0 -= padLon; lon1 += padLon; lat0 = Math.max(-85, lat0 - padLat); lat1 = Math.min(85, lat1 + padLat);
    }
    var k = Math.min(W / (lon1 - lon0), H / (lat1 - lat0));
    var ox = (W - k * (lon1 - lon0)) / 2, oy = (H - k * (lat1 - lat0)) / 2;
    function px(lon, lat) { return [ox + (lon - lon0) * k, oy + (lat1 - lat) * k]; }
    state.project = px;
    loadWorld().then(function (features) {
      clear(box);
      box.setAttribute("viewBox", "0 0 " + W + " " + H);
      var g = svg("g", { "class": "countries" });
      features.forEach(function (f) {
        var d = "";
        var polys = f.geometry ? (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : []) : [];
        polys.forEach(function (poly) {
          poly.forEach(function (ring) {
            // A ring that crosses the antimeridian jumps from one edge of
            // the map to the other: start a new piece there.
            var prev = null;
            ring.forEach(function (c) {
              var p = px(c[0], c[1]);
              d += (prev === null || Math.abs(c[0] - prev) > 180 ? "M" : "L") + p[0].toFixed(1) + "," + p[1].toFixed(1);
              prev = c[0];
            });
            d += "Z";
          });
        });
        var path = svg("path", { d: d, "class": "country" });
        path.appendChild(svg("title", {}, (f.properties && f.properties.name) || ""));
        g.appendChild(path);
      });
      box.appendChild(g);
      var mg = svg("g", { "class": "markers" });
      pm.places.forEach(function (x) {
        var p = px(x.place.lon, x.place.lat);
        var r = x.self ? 7 : 5 + 2.5 * Math.sqrt(x.events.length);
        var c = svg("circle", { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: r.toFixed(1), "class": "marker" + (x.self ? " self" : ""),
          "data-place": x.place.name, "data-iri": x.place.iri, "data-events": String(x.events.length), tabindex: "0" });
        var title = x.place.name + (x.place.via ? " (in " + x.place.via + ")" : "") + ": " +
          (x.self ? state.name : x.events.length + " event" + (x.events.length === 1 ? "" : "s"));
        c.appendChild(svg("title", {}, title + x.events.slice(0, 10).map(function (e) { return "\n" + (e.date || "undated") + " " + e.label; }).join("")));
        c.addEventListener("click", function () {
          if (x.events.length) { eventEvidence(x.events, "Events at " + x.place.name); }
        });
        mg.appendChild(c);
        mg.appendChild(svg("text", { x: (p[0] + r + 3).toFixed(1), y: (p[1] + 4).toFixed(1), "class": "mlabel" }, x.place.name));
      });
      box.appendChild(mg);
      var n = pm.places.reduce(function (a, x) { return a + x.events.length; }, 0);
      $("map-note").textContent = state.where ? (n + " event" + (n === 1 ? "" : "s") + " at " + pm.places.filter(function (x) { return !x.self; }).length + " places" +
        (pm.unplaced ? "; " + pm.unplaced + " without a place on the map" : "") + ". Click a marker for the evidence.") : "Open an entity to see its events.";
      document.body.setAttribute("data-map", "drawn");
    }).catch(fail);
  }

  $("map-world").addEventListener("click", function () { mapView.world = true; drawMap(); });
  $("map-fit").addEventListener("click", function () { mapView.world = false; drawMap(); });
  window.addEventListener("resize", function () { if (state.view === "map") { drawMap(); } if (state.view === "timeline") { drawTimeline(); } });

  // --- timeline -------------------------------------------------------------------
  // Events above the axis, articles below, in date order; the table lists
  // them all, undated events last.

  function dayOf(d) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || "");
    if (!m) { return null; }
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 6, m[3] ? +m[3] : (m[2] ? 15 : 1)) / 864e5;
  }

  function timelineItems() {
    var w = state.where, items = [];
    if (!w) { return items; }
    w.events.forEach(function (e) {
      items.push({ kind: "event", date: e.date || e.articleDate || "", byArticle: !e.date && !!e.articleDate, label: e.label,
        where: (e.places || []).map(function (p) { return p.name; }).join(", "), ev: e });
    });
    w.articles.forEach(function (a) { items.push({ kind: "article", date: a.date, label: a.headline || a.iri, where: "", art: a }); });
    items.sort(function (a, b) {
      if (!a.date !== !b.date) { return a.date ? -1 : 1; }
      if (a.date !== b.date) { return a.date < b.date ? -1 : 1; }
      return a.kind === b.kind ? 0 : (a.kind === "event" ? -1 : 1);
    });
    return items;
  }

  function openItem(it) {
    if (it.kind === "event") { eventEvidence([it.ev], it.label); } else { articleEvidence(it.art); }
  }

  function drawTimeline() {
    var items = timelineItems();
    var axis = clear($("timeline-axis"));
    var W = axis.clientWidth || 800, H = 120, y0 = 62;
    axis.setAttribute("viewBox", "0 0 " + W + " " + H);
    var dated = items.filter(function (it) { return dayOf(it.date) !== null; });
    if (dated.length) {
      var d0 = dayOf(dated[0].date), d1 = dayOf(dated[dated.length - 1].date);
      if (d1 - d0 < 30) { d0 -= 15; d1 += 15; }
      var x = function (d) { return 20 + (d - d0) / (d1 - d0) * (W - 40); };
      axis.appendChild(svg("line", { x1: 20, x2: W - 20, y1: y0, y2: y0, "class": "axis" }));
      var y0yr = new Date(d0 * 864e5).getUTCFullYear(), y1yr = new Date(d1 * 864e5).getUTCFullYear();
      var step = Math.max(1, Math.ceil((y1yr - y0yr + 1) / 12));
      if (y1yr - y0yr < 2) {
        for (var t = new Date(Date.UTC(y0yr, 0, 1)); t.getTime() / 864e5 <= d1; t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))) {
          var dd = t.getTime() / 864e5;
          if (dd < d0) { continue; }
          axis.appendChild(svg("line", { x1: x(dd), x2: x(dd), y1: y0 - 4, y2: y0 + 4, "class": "axis" }));
          axis.appendChild(svg("text", { x: x(dd) + 2, y: H - 4, "class": "tick" }, t.toISOString().substring(0, 7)));
        }
      } else {
        for (var yr = y0yr; yr <= y1yr + 1; yr += step) {
          var dy = Date.UTC(yr, 0, 1) / 864e5;
          if (dy < d0 || dy > d1) { continue; }
          axis.appendChild(svg("line", { x1: x(dy), x2: x(dy), y1: y0 - 4, y2: y0 + 4, "class": "axis" }));
          axis.appendChild(svg("text", { x: x(dy) + 2, y: H - 4, "class": "tick" }, String(yr)));
        }
      }
      var lanes = {};
      dated.forEach(function (it) {
        var xx = Math.round(x(dayOf(it.date)));
        var key = it.kind + xx;
        var lane = lanes[key] = (lanes[key] || 0) + 1;
        var m = it.kind === "event"
          ? svg("circle", { cx: xx, cy: y0 - 8 - 9 * ((lane - 1) % 5), r: 5, "class": "ev", "data-date": it.date })
          : svg("rect", { x: xx - 2, y: y0 + 5 + 7 * ((lane - 1) % 5), width: 4, height: 6, "class": "art", "data-date": it.date });
        m.appendChild(svg("title", {}, it.date + " " + it.label));
        m.addEventListener("click", function () { openItem(it); });
        axis.appendChild(m);
      });
    }
    var tb = clear($("timeline-list").tBodies[0]);
    items.forEach(function (it) {
      var tr = el("tr", null, { "data-kind": it.kind, "data-date": it.date || "", "class": "kind-" + it.kind });
      tr.appendChild(el("td", (it.date || "undated") + (it.byArticle ? " (article)" : ""), it.byArticle ? { title: "the event has no date of its own: this is the date of the article it was read in" } : null));
      tr.appendChild(el("td", it.label));
      var td = el("td", it.kind === "event" ? "event" : "article", { "class": "muted" });
      tr.appendChild(td);
      tr.appendChild(el("td", it.where));
      tr.addEventListener("click", function () { openItem(it); });
      tb.appendChild(tr);
    });
    if (!items.length) {
      var tr = el("tr");
      tr.appendChild(el("td", state.where ? "No dated events or articles." : "Open an entity to see its timeline.", { colspan: "4" }));
      tb.appendChild(tr);
    }
  }

  // --- opening an entity ---------------------------------------------------------

  function openEntity(iri, fromURL) {
    state.iri = iri;
    state.where = null;
    $("matches-box").hidden = true;
    $("evidence").hidden = true;
    hideSuggestions();
    if (!fromURL) { remember(); }
    setState("loading", "Loading…");
    var seq = state.openSeq = (state.openSeq || 0) + 1;
    return Promise.all([api("entity", { name: iri }), explorerAPI("graph", { name: iri }), explorerAPI("where", { name: iri })]).then(function (r) {
      if (seq !== state.openSeq) { return; }
      state.graph = r[1];
      state.where = r[2];
      renderCard(r[0].rows || []);
      if (state.view === "graph") { drawGraph(); } else { state.graphStale = true; }
      if (state.view === "map") { drawMap(); }
      if (state.view === "timeline") { drawTimeline(); }
      fillParams();
      setState("ready", state.graph.nodes.length + " nodes, " + state.graph.edges.length + " edges; " +
        state.where.events.length + " events, " + state.where.articles.length + " articles. Click an edge, marker or date for its evidence, a node to move to it.");
    }).catch(fail);
  }

  // --- canned queries: the menu on the right, the rows in the wide Results view ---

  var ENTITY_PARAMS = { name: true, place: true, org: true, subject: true };

  function selectQuery(name, values) {
    $("qname").value = name;
    fillParams(values);
  }

  function fillParams(values) {
    var q = state.queries.filter(function (x) { return x.name === $("qname").value; })[0];
    var box = clear($("qparams"));
    if (!q) { return; }
    $("qdesc").textContent = q.description;
    (q.params || []).forEach(function (p, i) {
      var id = "param-" + p.name;
      var label = el("label", p.name + (p.required ? "" : " (optional)") + ": " + p.description, { "for": id });
      var input = el("input", null, { id: id, name: p.name, placeholder: p["default"] || "" });
      if (values && values[p.name] !== undefined) { input.value = values[p.name]; }
      else if (state.iri && ENTITY_PARAMS[p.name] && i === 0) { input.value = state.iri; }
      box.appendChild(label);
      box.appendChild(input);
    });
  }

  function renderTable(res) {
    var out = clear($("qresult"));
    var rows = res.rows || [];
    out.appendChild(el("h2", res.query + ": " + rows.length + " row" + (rows.length === 1 ? "" : "s")));
    if (res.notice) { out.appendChild(el("p", res.notice, { "class": "muted" })); }
    if (!rows.length) { out.appendChild(el("p", "No results.", { "class": "muted" })); return; }
    var table = el("table", null, { id: "qtable" }), head = el("tr");
    (res.columns || []).forEach(function (c) { head.appendChild(el("th", c)); });
    table.appendChild(head);
    rows.forEach(function (r) {
      var tr = el("tr");
      (res.columns || []).forEach(function (c) {
        var v = r[c];
        var td = el("td", Array.isArray(v) ? v.join(", ") : (v === undefined ? "" : v));
        if (String(td.textContent).length > 60) { td.className = "long"; }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    out.appendChild(table);
  }

  function runQuery(ev, fromURL) {
    if (ev) { ev.preventDefault(); }
    var params = {};
    Array.prototype.forEach.call($("qparams").querySelectorAll("input"), function (i) {
      if (i.value !== "") { params[i.name] = i.value; }
    });
    var name = $("qname").value;
    state.query = name;
    state.params = params;
    if (!fromURL) { showView("results", true); remember(); }
    clear($("qresult")).appendChild(el("p", "Running…", { "class": "muted" }));
    $("qsummary").textContent = "Running " + name + "…";
    api(name, params).then(function (res) {
      renderTable(res);
      $("qsummary").textContent = name + ": " + (res.rows || []).length + " rows, in the Results view.";
    }).catch(function (err) {
      clear($("qresult")).appendChild(el("p", err.message, { "class": "error" }));
      $("qsummary").textContent = "";
    });
  }

  var started = getJSON("/api/queries").then(function (list) {
    state.queries = list;
    var sel = $("qname");
    list.forEach(function (q) { sel.appendChild(el("option", q.name, { value: q.name })); });
    sel.value = "who-met";
    fillParams();
    sel.addEventListener("change", function () { fillParams(); });
    setState("ready");
  }).catch(fail);

  $("runner").addEventListener("submit", runQuery);
  $("search").addEventListener("submit", function (ev) { ev.preventDefault(); search($("q").value); });

  // The first address: ?e=...&view=...&q=..., or an old deep link
  // /explorer/#Wendy%20Sherman or #http://newsgraph.org/id/...
  started.then(function () {
    var s = readURL();
    if (!s.iri && location.hash.length > 1) {
      var h = decodeURIComponent(location.hash.substring(1));
      if (/^https?:\/\//.test(h)) { s.iri = h; } else { $("q").value = h; search(h); }
    }
    state.view = "";
    apply(s);
    if (!s.view) { showView("graph", true); }
    history.replaceState({ iri: s.iri, view: s.view, query: s.query, params: s.params }, "", location.pathname + location.search);
  });

  window.explorer = { cy: cy, openEntity: openEntity, search: search, suggest: suggest, state: state, showView: showView };
})();
