// events.js: the facts of the events given as IRIs, one per line in the
// parameter "events" (see facts.js).
param("events").split("\n").filter(function (s) { return s !== ""; }).forEach(function (s) {
  var hit = g.V(iri(s)).unique().toArray();
  if (hit.length) { g.emit(eventFacts(hit[0])); }
});
