// facts.js: helpers of the explorer's scripts (loaded after the canned
// queries' lib.js, before each script).

var LAT = iri(NS.schema + "latitude"), LON = iri(NS.schema + "longitude");

// pointOf is a place's own point, or null.
var pointOf = memo(function (pl) {
  var la = parseFloat(lit(g.V(node(pl)).out(LAT).toValue()));
  var lo = parseFloat(lit(g.V(node(pl)).out(LON).toValue()));
  return isFinite(la) && isFinite(lo) ? { lat: la, lon: lo } : null;
});

// placeOf describes a place with a point: its own, else that of a place it
// is in (up to two levels up), named in "via".
function placeOf(pl) {
  var out = { iri: iriOf(pl), name: nameOf(pl), lat: null, lon: null, via: "" };
  var p = pointOf(pl);
  var level = [pl];
  for (var depth = 0; !p && depth < 2 && level.length; depth++) {
    var next = [];
    level.forEach(function (x) { next = next.concat(g.V(node(x)).out(P.containedInPlace).toArray()); });
    next = uniq(next);
    for (var i = 0; i < next.length && !p; i++) {
      p = pointOf(next[i]);
      if (p) { out.via = nameOf(next[i]); }
    }
    level = next;
  }
  if (p) { out.lat = p.lat; out.lon = p.lon; }
  return out;
}

// eventFacts is what the explorer shows of an event: whether it has a name,
// its date, its places, who took part (with their classes), and the first
// sentence that speaks of it (the server reads its kind there: "talks").
function eventFacts(ev) {
  var named = g.V(node(ev)).out(P.name).toValue();
  var who = uniq(g.V(node(ev)).out([P.attendee, P.organizer]).toArray());
  var ev1 = uniq(g.V(node(ev)).labelContext(g.V(), "ev").out([P.type, P.attendee, P.location]).tagArray()
    .map(function (t) { return t.ev; }).filter(function (r) { return /\/s[0-9]+>$/.test(r); }));
  return {
    iri: iriOf(ev),
    name: named ? lit(named) : "",
    date: dateOf(ev),
    places: uniq(g.V(node(ev)).out(P.location).toArray()).map(placeOf),
    participants: who.map(function (w) { return { name: nameOf(w), types: typesOf(w), iri: iriOf(w) }; }),
    sentence: ev1.length ? lit(g.V(node(ev1[0])).out(P.text).toValue()) : "",
    // When the event has no date, the timeline places it at the date of
    // the article it was read in.
    articleDate: ev1.length ? lit(first(g.V(node(ev1[0])).out(P.isPartOf).out(P.datePublished).toArray().map(lit).sort())) : ""
  };
}
