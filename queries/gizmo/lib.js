// lib.js: helpers shared by the canned queries (not a query itself).
//
// The runner sets the global `params` (parameter name -> string) before this
// file runs. Parameters are data: they go to Gizmo only through str() and
// iri(), never through eval or string-built code.

var NS = {
  schema: "http://schema.org/",
  ng: "http://newsgraph.org/ns/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  id: "http://newsgraph.org/id/"
};

var P = {
  type: iri(NS.rdf + "type"),
  name: iri(NS.schema + "name"),
  alternateName: iri(NS.schema + "alternateName"),
  jobTitle: iri(NS.schema + "jobTitle"),
  affiliation: iri(NS.schema + "affiliation"),
  worksFor: iri(NS.schema + "worksFor"),
  memberOf: iri(NS.schema + "memberOf"),
  attendee: iri(NS.schema + "attendee"),
  organizer: iri(NS.schema + "organizer"),
  location: iri(NS.schema + "location"),
  containedInPlace: iri(NS.schema + "containedInPlace"),
  startDate: iri(NS.schema + "startDate"),
  superEvent: iri(NS.schema + "superEvent"),
  met: iri(NS.ng + "met"),
  headline: iri(NS.schema + "headline"),
  datePublished: iri(NS.schema + "datePublished"),
  url: iri(NS.schema + "url"),
  publisher: iri(NS.schema + "publisher"),
  text: iri(NS.schema + "text"),
  isPartOf: iri(NS.schema + "isPartOf"),
  mentions: iri(NS.schema + "mentions"),
  mergeRule: iri(NS.ng + "mergeRule")
};

var C = {
  Person: iri(NS.schema + "Person"),
  Event: iri(NS.schema + "Event"),
  Sentence: iri(NS.ng + "Sentence"),
  NewsArticle: iri(NS.schema + "NewsArticle")
};

// Predicates that describe a node or its sources rather than relate two
// entities: left out of neighbourhoods, paths and degrees.
var NOT_FACTS = {};
[NS.rdf + "type", NS.schema + "name", NS.schema + "alternateName", NS.schema + "text",
 NS.schema + "isPartOf", NS.schema + "mentions", NS.schema + "headline",
 NS.schema + "datePublished", NS.schema + "url", NS.schema + "publisher",
 NS.schema + "position", NS.schema + "identifier", NS.schema + "author", NS.schema + "dateline",
 NS.schema + "latitude", NS.schema + "longitude",
 NS.ng + "startOffset", NS.ng + "endOffset", NS.ng + "contentHash", NS.ng + "extractorVersion",
 NS.ng + "mergedFrom", NS.ng + "mergeRule", NS.ng + "otherName"
].forEach(function (p) { NOT_FACTS["<" + p + ">"] = true; });

// isRef reports whether a value Gizmo returned is an IRI ("<...>").
function isRef(v) {
  return typeof v === "string" && v.length > 1 && v.charAt(0) === "<" && v.charAt(v.length - 1) === ">";
}

// iriOf is the bare IRI of a node Gizmo returned.
function iriOf(v) {
  return isRef(v) ? v.substring(1, v.length - 1) : String(v);
}

// node turns a value Gizmo returned back into a Gizmo value: IRIs as iri(),
// everything else as a string literal.
function node(v) {
  return isRef(v) ? iri(iriOf(v)) : str(String(v));
}

// local is the last segment of an IRI.
function local(v) {
  var s = iriOf(v);
  var i = Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"));
  return i >= 0 ? s.substring(i + 1) : s;
}

// lit is the lexical form of a literal Gizmo returned: typed literals come
// back as "\"2022-01-10\"^^<...#date>".
function lit(v) {
  if (v === null || v === undefined) { return ""; }
  if (typeof v !== "string") { return String(v); }
  var m = /^"([\s\S]*)"(\^\^<[^>]*>|@[A-Za-z0-9-]+)$/.exec(v);
  if (m) { return m[1].replace(/\\"/g, "\"").replace(/\\\\/g, "\\"); }
  if (isRef(v)) { return iriOf(v); }
  return v;
}

function uniq(list) {
  var seen = {}, out = [];
  list.forEach(function (x) {
    if (!seen[x]) { seen[x] = true; out.push(x); }
  });
  // Sorted, so answers do not depend on the order a backend returns values in.
  return out.sort();
}

function nameOf_(v) {
  if (!isRef(v)) { return lit(v); }
  var n = g.V(node(v)).out(P.name).toValue();
  return n === null || n === undefined ? local(v) : lit(n);
}

function typesOf_(v) {
  // From the store's digest when a server has one (see queries/native.go).
  var known = ng.knownTypes(String(v));
  if (known) { return Array.prototype.slice.call(known); }
  return uniq(g.V(node(v)).out(P.type).unique().toArray().map(local)).sort();
}

// linked lists the nodes linked to v by the fact predicate pred, dir "out"
// (v -pred-> x) or "in" (x -pred-> v), once per quad: from the store's digest
// when a server has one (see queries/native.go), else from the store.
function linked(v, pred, dir) {
  var known = ng.linked(String(v), pred, dir);
  if (known) { return Array.prototype.slice.call(known); }
  var p = g.V(node(v));
  return (dir === "in" ? p.in(pred) : p.out(pred)).toArray();
}

// vs starts a path at the values in list; an empty list is an empty path,
// not every node as g.V() would be.
function vs(list) {
  if (!list.length) { return g.V(iri(NS.id + "none")); }
  return g.V.apply(g, list);
}

// sortRows sorts rows by the given keys, in order, as text.
function sortRows(rows, keys) {
  rows.sort(function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var x = String(a[keys[i]]), y = String(b[keys[i]]);
      if (x < y) { return -1; }
      if (x > y) { return 1; }
    }
    return 0;
  });
  return rows;
}

function first(list) { return list.length ? list[0] : ""; }

// param returns a parameter's value, trimmed.
function param(key) {
  var v = params[key];
  return v === undefined || v === null ? "" : String(v).trim();
}

function intParam(key, def, min, max) {
  var s = param(key);
  if (s === "") { return def; }
  if (!/^[0-9]+$/.test(s)) {
    throw { newsgraph: "param", message: key + " must be a whole number, not " + JSON.stringify(s) };
  }
  var n = parseInt(s, 10);
  if (n < min || n > max) {
    throw { newsgraph: "param", message: key + " must be between " + min + " and " + max };
  }
  return n;
}

// entity resolves parameter key to one entity node ("<iri>"). The value is a
// name or alternate name (any case) or a newsgraph IRI. The resolution is
// newsgraph's one name resolution (queries/resolve.go), through the store's
// indexes: when the name fits several entities it picks the one people most
// likely mean (most mentions and facts; the spelling as given, the name
// rather than an alternate name and one of the types, local names such as
// "Place", the query asks for still count), and the result says which it
// picked. A name that matches nothing throws, and the runner reports it.
function entity(key, types) {
  var s = param(key);
  if (s === "") {
    throw { newsgraph: "param", message: "parameter " + key + " is empty" };
  }
  var r = ng.resolve(key, s, types || []);
  if (typeof r === "string") { return r; }
  throw { newsgraph: "notfound", param: key, value: s, suggestions: r.suggestions };
}

// PLACE_TYPES are the local names of the place classes newsgraph writes.
var PLACE_TYPES = ["Place", "Country", "City", "AdministrativeArea", "Continent"];

// evidence lists the sentences (as "<iri>") behind the quad s p o.
function evidence(s, p, o) {
  return uniq(g.V(node(s)).labelContext(g.V(), "ev").out(p).is(node(o)).tagArray().map(function (t) { return t.ev; }));
}

// sentences describes evidence sentences with their articles, in one walk,
// sorted by article date (newest first) and sentence.
function sentences(refs) {
  var out = [], seen = {};
  if (!refs.length) { return out; }
  vs(refs.map(node)).tag("sentence").saveOpt(P.text, "text")
    .out(P.isPartOf).saveOpt(P.headline, "headline").saveOpt(P.datePublished, "date").saveOpt(P.url, "url")
    .tagArray().forEach(function (t) {
      if (seen[t.sentence]) { return; }
      seen[t.sentence] = true;
      out.push({ sentence: iriOf(t.sentence), text: lit(t.text), article: iriOf(t.id),
        headline: lit(t.headline), date: lit(t.date), url: lit(t.url) });
    });
  out.sort(function (a, b) {
    if (a.date !== b.date) { return a.date < b.date ? 1 : -1; }
    return a.sentence < b.sentence ? -1 : a.sentence > b.sentence ? 1 : 0;
  });
  return out;
}

// texts is the text of the first evidence sentence for a table cell, with
// the number of others ("evidence" gives them all).
function texts(refs) {
  refs = uniq(refs).sort();
  if (!refs.length) { return ""; }
  var t = lit(g.V(node(refs[0])).out(P.text).toValue());
  return refs.length > 1 ? t + " (+" + (refs.length - 1) + " more)" : t;
}

// edges lists the distinct fact edges of a node, both ways: {pred, other,
// dir, evidence: [sentence refs]}. The same fact read in several sentences
// is one edge with several evidence sentences.
function edges(v) {
  var out = [], seen = {};
  function add(t, dir) {
    if (NOT_FACTS[t.pred]) { return; }
    var key = dir + " " + t.pred + " " + t.id;
    var e = seen[key];
    if (!e) {
      e = seen[key] = { pred: t.pred, other: t.id, dir: dir, evidence: [] };
      out.push(e);
    }
    if (t.ev && e.evidence.indexOf(t.ev) < 0) { e.evidence.push(t.ev); }
  }
  // A server keeps every node's facts in memory (see queries/native.go).
  var known = ng.knownEdges(String(v));
  if (known) {
    Array.prototype.forEach.call(known, function (t) { add({ pred: t.pred, id: t.other, ev: t.ev }, t.dir); });
  } else {
    edgesOfStore(v, add);
  }
  // Sentences only: labels that are articles are not evidence.
  out.forEach(function (e) { e.evidence = e.evidence.filter(function (r) { return /\/s[0-9]+>$/.test(r); }); });
  return out;
}

// edgesOfStore walks the fact quads of v, both ways, calling add(t, dir)
// with t = {pred, id: the other node, ev: the label}.
function edgesOfStore(v, add) {
  // The labelled walk gives each quad with its sentence. Quads without a
  // label (newsgraph writes none) are missed by it: when the plain count
  // says there are some, the plain walk adds them.
  var outL = g.V(node(v)).labelContext(g.V(), "ev").out(null, "pred").labelContext(null).tagArray();
  outL.forEach(function (t) { add(t, "out"); });
  if (g.V(node(v)).out().count() > outL.length) {
    g.V(node(v)).out(null, "pred").tagArray().forEach(function (t) { add(t, "out"); });
  }
  var inL = g.V(node(v)).labelContext(g.V(), "ev").in(null, "pred").labelContext(null).tagArray();
  inL.forEach(function (t) { add(t, "in"); });
  if (g.V(node(v)).in().count() > inL.length) {
    g.V(node(v)).in(null, "pred").tagArray().forEach(function (t) { add(t, "in"); });
  }
}

// eventLabel names an event: its name, or what it was, who took part,
// where and when ("talks: Blair, Berlusconi — Brussels, 2005-03"; Go's
// graph/eventlabel, as the explorer's).
function eventLabel_(ev) {
  return ng.eventLabel(String(ev));
}

// label names any node: an entity's name, an event's description, a
// literal's text.
function label_(v) {
  if (!isRef(v)) { return lit(v); }
  var n = g.V(node(v)).out(P.name).toValue();
  if (n) { return lit(n); }
  if (typesOf(v).indexOf("Event") >= 0) { return eventLabel(v); }
  return local(v);
}

// dateOf is the date of an event, as its lexical form ("2022-01-10", "2021-06").
function dateOf_(ev) {
  return lit(first(g.V(node(ev)).out(P.startDate).unique().toArray().sort()));
}

// memo caches a one-argument lookup for the run of one query: the same node
// is often named on many rows.
function memo(fn) {
  var cache = {};
  return function (v) {
    var k = typeof v === "string" ? v : String(v);
    if (!Object.prototype.hasOwnProperty.call(cache, k)) { cache[k] = fn(v); }
    var r = cache[k];
    return Array.isArray(r) ? r.slice() : r;
  };
}

var nameOf = memo(nameOf_);
var typesOf = memo(typesOf_);
var eventLabel = memo(eventLabel_);
var label = memo(label_);
var dateOf = memo(dateOf_);
