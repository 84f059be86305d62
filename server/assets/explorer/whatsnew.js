// whatsnew.js: the explorer's "What's new" panel. It lists the articles
// newsgraph ingested in the last day (or week, or month) and the entities
// they brought into the graph, from /api/recent; an entity opens in the
// explorer, an article's headline links to it. It refreshes every minute.
(function () {
  "use strict";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  var box = el("section");
  box.id = "whatsnew";
  var head = el("h2", "What's new ");
  var since = el("select");
  since.id = "whatsnew-since";
  since.setAttribute("aria-label", "Ingested since");
  [["24h", "last day"], ["7d", "last week"], ["30d", "last month"]].forEach(function (o) {
    var opt = el("option", o[1]);
    opt.value = o[0];
    since.appendChild(opt);
  });
  head.appendChild(since);
  var summary = el("p", "", "muted");
  summary.id = "whatsnew-summary";
  var arts = el("ul");
  arts.id = "whatsnew-articles";
  var ents = el("ul");
  ents.id = "whatsnew-entities";
  box.appendChild(head);
  box.appendChild(summary);
  box.appendChild(arts);
  box.appendChild(ents);
  var left = document.getElementById("left");
  if (!left) { return; }
  left.insertBefore(box, left.firstChild);

  function when(iso) {
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function render(r) {
    arts.textContent = "";
    ents.textContent = "";
    summary.textContent = r.articles.length + (r.truncated ? "+" : "") + " articles, " +
      r.entities.length + " new entities since " + when(r.since);
    r.articles.slice(0, 10).forEach(function (a) {
      var li = el("li");
      var title = a.headline || a.iri;
      if (a.url && /^https?:\/\//.test(a.url)) {
        var link = el("a", title);
        link.href = a.url;
        link.rel = "noopener noreferrer";
        li.appendChild(link);
      } else {
        li.appendChild(document.createTextNode(title));
      }
      li.appendChild(el("span", " · " + when(a.ingested), "muted"));
      arts.appendChild(li);
    });
    r.entities.slice(0, 15).forEach(function (e) {
      var li = el("li");
      var link = el("a", e.name || e.iri);
      link.href = "#";
      link.addEventListener("click", function (ev) {
        ev.preventDefault();
        if (window.explorer && window.explorer.openEntity) { window.explorer.openEntity(e.iri); }
      });
      li.appendChild(link);
      li.appendChild(el("span", " · " + e.types.join(", "), "muted"));
      ents.appendChild(li);
    });
  }

  function load() {
    fetch("/api/recent?limit=100&since=" + encodeURIComponent(since.value), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error(r.status)); })
      .then(render)
      .catch(function () { summary.textContent = "What's new is not available."; });
  }
  since.addEventListener("change", load);
  load();
  setInterval(load, 60000);
})();
