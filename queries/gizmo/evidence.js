// name: evidence
// description: The sentences and articles behind a fact SUBJECT PREDICATE OBJECT.
// param: subject (required): a name (any case) or entity IRI
// param: predicate (required): a property such as met, jobTitle, attendee, or a full IRI
// param: object (required): a name (any case), entity IRI, or a literal such as a title
// columns: text, headline, date, url, sentence
// whole: text
var s = entity("subject");
var pname = param("predicate");
if (pname === "") { throw { newsgraph: "param", message: "predicate is empty" }; }
var preds = /^https?:\/\//.test(pname) ? [iri(pname)] :
  [iri(NS.schema + pname), iri(NS.ng + pname)];
var objs, objErr = null;
try {
  objs = [entity("object")];
} catch (err) {
  if (!err || err.newsgraph !== "notfound") { throw err; }
  objs = [];
  objErr = err;
}
var literal = param("object");
var found = [];
preds.forEach(function (p) {
  objs.forEach(function (o) {
    found = found.concat(evidence(s, p, o), evidence(o, p, s));
  });
  // A literal object, such as a job title.
  found = found.concat(uniq(g.V(node(s)).labelContext(g.V(), "ev").out(p).is(str(literal)).tagArray().map(function (t) { return t.ev; })));
});
// An object that names no entity and is no value of the subject's facts
// names nothing: say so rather than print no rows.
if (objErr && !found.length) { throw objErr; }
sentences(uniq(found)).forEach(function (d) {
  g.emit({ text: d.text, headline: d.headline, date: d.date, url: d.url, sentence: d.sentence, article: d.article });
});
