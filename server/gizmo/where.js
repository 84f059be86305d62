// where.js: for the map and the timeline of an entity: its events (those it
// attended or organised, or that were held there) with their dates and places,
// the entity itself when it is a place with a point, and the articles that
// name it, newest first (at most "articles" of them).
var e = entity("name");
var maxArticles = intParam("articles", 300, 0, 5000);
var self = typesOf(e).some(function (t) { return PLACE_TYPES.indexOf(t) >= 0; }) ? placeOf(e) : null;
if (self && self.lat !== null) { self.kind = "place"; g.emit(self); }
var seen = {};
[[P.attendee, "attendee", "attendee"], [P.organizer, "organizer", "organizer"], [P.location, "place", "location"]].forEach(function (pr) {
  uniq(linked(e, pr[0], "in")).forEach(function (ev) {
    if (seen[ev]) { return; }
    seen[ev] = true;
    var f = eventFacts(ev);
    f.kind = "event";
    f.role = pr[1];
    f.predicate = NS.schema + pr[2];
    f.evidence = evidence(ev, pr[0], e).length;
    g.emit(f);
  });
});
var arts = [];
g.V(node(e)).in(P.mentions)
  .saveOpt(P.datePublished, "date").saveOpt(P.headline, "headline").saveOpt(P.url, "url")
  .tagArray().forEach(function (t) {
    if (seen[t.id]) { return; }
    seen[t.id] = true;
    arts.push({ kind: "article", iri: iriOf(t.id), date: lit(t.date), headline: lit(t.headline), url: lit(t.url) });
  });
arts.sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : (a.iri < b.iri ? -1 : 1); });
arts.slice(0, maxArticles).forEach(function (a) { g.emit(a); });
