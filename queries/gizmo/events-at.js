// name: events-at
// description: Events held at a place or at places inside it, by date.
// param: place (required): a place name or alternate name (any case), or an entity IRI
// columns: date, event, place, attendees, evidence
var place = entity("place", PLACE_TYPES);
// The place and the places inside it, however deep.
var places = [place], isPlace = {};
isPlace[place] = true;
for (var i = 0; i < places.length; i++) {
  uniq(linked(places[i], P.containedInPlace, "in")).forEach(function (x) {
    if (!isPlace[x]) { isPlace[x] = true; places.push(x); }
  });
}
// One row per event-location quad, as a tagged walk gives them.
var found = [];
places.forEach(function (pl) {
  linked(pl, P.location, "in").forEach(function (ev) { found.push({ id: ev, place: pl }); });
});
var rows = [];
found.forEach(function (t) {
  rows.push({
    date: dateOf(t.id),
    event: eventLabel(t.id),
    place: nameOf(t.place),
    attendees: uniq(g.V(node(t.id)).out(P.attendee).unique().toArray().map(label)).join(", "),
    evidence: texts(evidence(t.id, P.location, t.place)),
    iri: iriOf(t.id)
  });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
rows.forEach(function (r) { g.emit(r); });
