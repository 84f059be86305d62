// canned-menu.js: a menu of newsgraph's canned queries on Cayley's query
// page. Picking one puts it into Monaco's editor, as a call of the function
// newsgraph's Gizmo endpoint defines for it (whoMet("..."), timeline(...)),
// filled with names from the store; Run runs it.
(function () {
  "use strict";

  function editorModel() {
    return window.monaco && monaco.editor && monaco.editor.getModels().length ? monaco.editor.getModels()[0] : null;
  }

  function build(snippets) {
    var box = document.createElement("div");
    box.id = "newsgraph-canned";
    box.style.cssText = "position:fixed;top:10px;right:16px;z-index:2000;font:13px sans-serif;" +
      "background:#fff;border:1px solid #ccc;border-radius:4px;padding:4px 6px;box-shadow:0 1px 3px rgba(0,0,0,.2)";
    var label = document.createElement("label");
    label.textContent = "newsgraph canned query ";
    label.htmlFor = "newsgraph-canned-select";
    var sel = document.createElement("select");
    sel.id = "newsgraph-canned-select";
    var first = document.createElement("option");
    first.value = "";
    first.textContent = "choose…";
    sel.appendChild(first);
    snippets.forEach(function (s, i) {
      var o = document.createElement("option");
      o.value = String(i);
      o.textContent = s.name + " — " + s.call;
      o.title = s.description;
      sel.appendChild(o);
    });
    sel.addEventListener("change", function () {
      var s = snippets[Number(sel.value)];
      var model = editorModel();
      if (!s || !model) { return; }
      model.setValue(s.snippet);
    });
    box.appendChild(label);
    box.appendChild(sel);
    document.body.appendChild(box);
  }

  fetch("/api/editor/snippets", { credentials: "same-origin" })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(build)
    .catch(function () { /* the page works without the menu */ });
})();
