// name: timeline
// description: The events an entity took part in (or that were held there), by date.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: from: earliest date, YYYY, YYYY-MM or YYYY-MM-DD
// param: to: latest date, YYYY, YYYY-MM or YYYY-MM-DD
// columns: date, event, role, place, with, evidence
var e = entity("name");
function checkDate(key) {
  var s = param(key);
  if (s !== "" && !/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(s)) {
    throw { newsgraph: "param", message: key + " must be YYYY, YYYY-MM or YYYY-MM-DD, not " + JSON.stringify(s) };
  }
  return s;
}
function startOf(d) { return d + "0000-01-01".substring(d.length); }
function endOf(d) { return d + "9999-12-31".substring(d.length); }
var from = checkDate("from"), to = checkDate("to");
var rows = [];
[[P.attendee, "attendee"], [P.organizer, "organizer"], [P.location, "place"]].forEach(function (pr) {
  uniq(linked(e, pr[0], "in")).forEach(function (ev) {
    var d = dateOf(ev);
    if (from || to) {
      if (!d) { return; }
      if (from && endOf(d) < startOf(from)) { return; }
      if (to && startOf(d) > endOf(to)) { return; }
    }
    rows.push({
      date: d,
      event: eventLabel(ev),
      role: pr[1],
      place: uniq(g.V(node(ev)).out(P.location).unique().toArray().map(nameOf)).join(", "),
      "with": uniq(g.V(node(ev)).out([P.attendee, P.organizer]).unique().toArray().filter(function (o) { return o !== e; }).map(label)).join(", "),
      evidence: texts(evidence(ev, pr[0], e)),
      iri: iriOf(ev)
    });
  });
});
// Dated events first, oldest first; undated ones last.
rows.sort(function (a, b) {
  if (!a.date !== !b.date) { return a.date ? -1 : 1; }
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
});
rows.forEach(function (r) { g.emit(r); });
