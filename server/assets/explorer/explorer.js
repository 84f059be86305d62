// newsgraph explorer: search an entity, see its card and its neighbourhood,
// click an edge for the sentences behind it, run the canned queries.
// Everything comes from this server's /api/queries; values are put on the
// page as text, never as HTML.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var state = { iri: "", name: "", queries: [] };

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

  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }

  // api runs a canned query and resolves to its result, or rejects with an
  // Error carrying the server's message (and candidates for an ambiguous name).
  function api(name, params) {
    var url = "/api/queries/" + encodeURIComponent(name) + "?" + new URLSearchParams(params || {}).toString();
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
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

  // --- search --------------------------------------------------------------

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

  // search opens the entity named text (names and alternate names, any
  // case: an index lookup); only when no entity has that name does it scan
  // all names for ones that contain it.
  function search(text) {
    text = text.trim();
    if (!text) { return; }
    setState("loading", "Looking up \u201c" + text + "\u201d…");
    api("entity", { name: text }).then(function (res) {
      var iri = (res.rows || []).filter(function (r) { return r.relation === "iri"; })[0];
      if (iri) { openEntity(iri.value); }
    }).catch(function (err) {
      if (err.candidates) { fail(err); return; }
      setState("loading", "No entity is named \u201c" + text + "\u201d; searching all names…");
      api("search", { text: text }).then(function (res) {
        var rows = res.rows || [];
        showMatches(rows);
        if (!rows.length) {
          setState("ready", "Nothing is named like \u201c" + text + "\u201d.");
        } else if (rows.length === 1) {
          openEntity(rows[0].iri);
        } else {
          setState("ready", rows.length + " matches: pick one.");
        }
      }).catch(fail);
    });
  }

  function fail(err) {
    setState("error", err.message);
    if (err.candidates) {
      showMatches(err.candidates.map(function (c) { return { name: c.name, types: c.types, iri: c.iri }; }));
    }
  }

  // --- entity card -------------------------------------------------------------

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
    add("Took part in", vals("attendee", "in"));
    add("Location", vals("location", "out"));
    add("Inside", vals("containedInPlace", "out"));
    add("Date", vals("startDate", "out"));
    add("IRI", vals("iri"));
    $("card").hidden = false;
  }

  // --- neighbourhood graph -----------------------------------------------------

  var cy = cytoscape({
    container: $("graph"),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 120,
        "text-valign": "bottom", "text-margin-y": 4, "width": 26, "height": 26,
        "background-color": "#8d99ae", "color": "#1d2430" } },
      { selector: "node.Person", style: { "background-color": "#e63946" } },
      { selector: "node.Organization, node.GovernmentOrganization", style: { "background-color": "#457b9d", "shape": "round-rectangle" } },
      { selector: "node.Place, node.Country, node.City, node.AdministrativeArea", style: { "background-color": "#2a9d8f", "shape": "diamond" } },
      { selector: "node.Event", style: { "background-color": "#f4a261", "shape": "hexagon" } },
      { selector: "node.focus", style: { "width": 40, "height": 40, "font-weight": "bold", "border-width": 3, "border-color": "#1d3557" } },
      { selector: "edge", style: {
        "label": "data(label)", "font-size": 10, "curve-style": "bezier", "target-arrow-shape": "triangle",
        "width": 2, "line-color": "#b8c0cc", "target-arrow-color": "#b8c0cc", "color": "#44505f",
        "text-rotation": "autorotate", "text-background-color": "#f5f6f8", "text-background-opacity": 1, "text-background-padding": 2 } },
      { selector: "edge.met", style: { "line-color": "#e63946", "target-arrow-color": "#e63946", "width": 3 } },
      { selector: "edge:selected", style: { "line-color": "#1d3557", "target-arrow-color": "#1d3557", "width": 4 } }
    ]
  });

  function typeClasses(types) {
    return (types || "").split(",").map(function (t) { return t.trim(); }).filter(Boolean).join(" ");
  }

  function renderGraph(focus, rows) {
    var nodes = {}, edges = [];
    function node(iri, label, types) {
      if (!nodes[iri]) {
        nodes[iri] = { group: "nodes", data: { id: iri, label: label }, classes: typeClasses(types) + (iri === focus ? " focus" : "") };
      }
    }
    rows.forEach(function (r, i) {
      if (!r.target_iri) { return; }
      node(r.source_iri, r.source, r.source_types);
      node(r.target_iri, r.target, r.target_types);
      edges.push({ group: "edges", classes: r.predicate, data: {
        id: "e" + i, source: r.source_iri, target: r.target_iri, label: r.predicate,
        predicate: r.predicate_iri, evidence: r.evidence } });
    });
    if (!nodes[focus]) { node(focus, state.name, ""); nodes[focus].classes += " focus"; }
    cy.elements().remove();
    cy.add(Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges));
    cy.layout({
      name: "concentric", animate: false, padding: 40, minNodeSpacing: 70,
      concentric: function (n) { return n.id() === focus ? 3 : (n.edgesWith(cy.getElementById(focus)).length ? 2 : 1); },
      levelWidth: function () { return 1; }
    }).run();
  }

  cy.on("tap", "node", function (ev) {
    var id = ev.target.id();
    if (id !== state.iri) { openEntity(id); }
  });

  cy.on("tap", "edge", function (ev) {
    var e = ev.target;
    showEvidence(e.data("source"), e.data("predicate"), e.data("target"),
      e.source().data("label") + " \u2014 " + e.data("label") + " \u2192 " + e.target().data("label"));
  });

  // --- evidence ------------------------------------------------------------------

  function showEvidence(s, p, o, caption) {
    $("evidence-edge").textContent = caption;
    var ol = clear($("evidence-list"));
    $("evidence").hidden = false;
    setState("loading", "Loading evidence…");
    api("evidence", { subject: s, predicate: p, object: o }).then(function (res) {
      var rows = res.rows || [];
      if (!rows.length) { ol.appendChild(el("li", "No sentence is recorded for this fact.")); }
      rows.forEach(function (r) {
        var li = el("li");
        li.appendChild(el("blockquote", r.text));
        var src = el("div", null, { "class": "source" });
        var when = r.date ? " (" + r.date + ")" : "";
        if (/^https?:\/\//.test(r.url)) {
          var a = el("a", r.headline || r.url, { href: r.url, rel: "noopener noreferrer", target: "_blank" });
          src.appendChild(a);
          src.appendChild(document.createTextNode(when));
        } else {
          src.textContent = (r.headline || r.article) + when;
        }
        li.appendChild(src);
        ol.appendChild(li);
      });
      setState("evidence", rows.length + " sentence" + (rows.length === 1 ? "" : "s") + " for this fact.");
    }).catch(fail);
  }

  // --- opening an entity -------------------------------------------------------------

  function openEntity(iri) {
    state.iri = iri;
    $("matches-box").hidden = true;
    $("evidence").hidden = true;
    setState("loading", "Loading…");
    Promise.all([api("entity", { name: iri }), api("neighbours", { name: iri })]).then(function (r) {
      renderCard(r[0].rows || []);
      renderGraph(iri, r[1].rows || []);
      fillParams();
      setState("ready", cy.nodes().length + " nodes, " + cy.edges().length + " edges. Click an edge for its evidence, a node to move to it.");
    }).catch(fail);
  }

  // --- canned queries menu -----------------------------------------------------------

  var ENTITY_PARAMS = { name: true, place: true, org: true, from: false, subject: true };

  function fillParams() {
    var q = state.queries.filter(function (x) { return x.name === $("qname").value; })[0];
    var box = clear($("qparams"));
    if (!q) { return; }
    $("qdesc").textContent = q.description;
    (q.params || []).forEach(function (p, i) {
      var id = "param-" + p.name;
      var label = el("label", p.name + (p.required ? "" : " (optional)") + ": " + p.description, { "for": id });
      var input = el("input", null, { id: id, name: p.name, placeholder: p["default"] || "" });
      if (state.name && ENTITY_PARAMS[p.name] && i === 0) { input.value = state.iri || state.name; }
      box.appendChild(label);
      box.appendChild(input);
    });
  }

  function renderTable(res) {
    var out = clear($("qresult"));
    var rows = res.rows || [];
    if (res.notice) { out.appendChild(el("p", res.notice, { "class": "muted" })); }
    if (!rows.length) { out.appendChild(el("p", "No results.", { "class": "muted" })); return; }
    var table = el("table"), head = el("tr");
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

  function runQuery(ev) {
    ev.preventDefault();
    var params = {};
    Array.prototype.forEach.call($("qparams").querySelectorAll("input"), function (i) {
      if (i.value !== "") { params[i.name] = i.value; }
    });
    clear($("qresult")).appendChild(el("p", "Running…", { "class": "muted" }));
    api($("qname").value, params).then(renderTable).catch(function (err) {
      clear($("qresult")).appendChild(el("p", err.message, { "class": "error" }));
    });
  }

  fetch("/api/queries", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (list) {
    state.queries = list;
    var sel = $("qname");
    list.forEach(function (q) { sel.appendChild(el("option", q.name, { value: q.name })); });
    sel.value = "who-met";
    fillParams();
    sel.addEventListener("change", fillParams);
    setState("ready");
  }).catch(fail);

  $("runner").addEventListener("submit", runQuery);
  $("search").addEventListener("submit", function (ev) { ev.preventDefault(); search($("q").value); });

  // Deep links: /explorer/#Wendy%20Sherman or #http://newsgraph.org/id/...
  if (location.hash.length > 1) {
    var h = decodeURIComponent(location.hash.substring(1));
    if (/^https?:\/\//.test(h)) { openEntity(h); } else { $("q").value = h; search(h); }
  }

  window.explorer = { cy: cy, openEntity: openEntity, search: search, state: state };
})();
