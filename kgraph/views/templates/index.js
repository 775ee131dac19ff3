(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function fold(s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function tooltip(n) {
    var div = document.createElement("div");
    div.textContent = [n.type === "NewsArticle" ? "Article" : n.type].concat(n.names || []).join("\n");
    return div;
  }
  function shape(t) { return t === "NewsArticle" ? "square" : (t === "Group" ? "hexagon" : "dot"); }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: tooltip(n), x: n.x, y: n.y, value: n.value,
             shape: shape(n.type), color: { background: data.colours[n.type], border: "#ffffff",
             highlight: { background: data.colours[n.type], border: "#1f2328" } }, borderWidth: 1.5 };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var tip = document.createElement("div");
    tip.textContent = e[3].join(", ");
    return { id: i, from: e[0], to: e[1], title: tip, width: Math.min(1 + Math.log(e[2]), 6) };
  }));
  var large = data.nodes.length > 300;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 0 },
    physics: { enabled: data.physics, solver: "forceAtlas2Based", stabilization: { enabled: false } },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: large, hideEdgesOnZoom: large },
    nodes: { scaling: { min: 6, max: 42, label: { enabled: true, min: 10, max: 22, drawThreshold: 7 } },
             font: { face: "system-ui, sans-serif", color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false, color: { color: "#c5cbd3", highlight: "#57606a", hover: "#8c959f" } }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.kgraph = { network: network, nodes: nodes, edges: edges, data: data };
  network.once("afterDrawing", function () {
    window.kgraphFirstDraw = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  // filters
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll("#types input[data-type]"));
  var langSel = document.getElementById("lang"), artSel = document.getElementById("article");
  function visible(n, types, lang, art) {
    if (!types[n.type]) return false;
    if (n.type === "Group") return lang === "" && art === "";
    if (lang !== "" && (n.langs || []).indexOf(lang) < 0) return false;
    if (art !== "" && (n.arts || []).indexOf(+art) < 0) return false;
    return true;
  }
  function applyFilters() {
    var types = {};
    typeBoxes.forEach(function (b) { types[b.getAttribute("data-type")] = b.checked; });
    var lang = langSel.value, art = artSel.value, shown = 0;
    nodes.update(data.nodes.map(function (n) {
      var v = visible(n, types, lang, art);
      if (v) shown += 1;
      return { id: n.id, hidden: !v };
    }));
    document.getElementById("stats").textContent = data.stats + " · " + shown + " visible";
  }
  typeBoxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  langSel.addEventListener("change", applyFilters);
  artSel.addEventListener("change", applyFilters);
  document.getElementById("physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });

  // selection and navigation
  var info = document.getElementById("info");
  function showInfo(id) {
    var n = byId[id];
    info.textContent = "";
    if (!n) return;
    var title = document.createElement("strong");
    title.textContent = n.label;
    var names = document.createElement("div");
    names.className = "names";
    names.textContent = (n.names || []).join("\n");
    info.appendChild(title);
    info.appendChild(names);
    if (n.href) {
      var a = document.createElement("a");
      a.href = n.href;
      a.textContent = n.type === "NewsArticle" ? "Read the article" : "Open the entity page";
      info.appendChild(a);
    }
  }
  network.on("click", function (p) { if (p.nodes.length) showInfo(p.nodes[0]); });
  network.on("doubleClick", function (p) {
    var n = p.nodes.length ? byId[p.nodes[0]] : null;
    if (n && n.href) window.location.href = n.href;
  });
  function focusNode(id) {
    if (nodes.get(id) && nodes.get(id).hidden) {
      typeBoxes.forEach(function (b) { b.checked = true; });
      langSel.value = ""; artSel.value = "";
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: false });
    showInfo(id);
  }

  // search over every entity, drawn or not
  var search = document.getElementById("search"), results = document.getElementById("results");
  var index = data.search.map(function (s) { return { key: fold(s[0]), label: s[1], type: s[2], href: s[3], node: s[4] }; });
  function runSearch() {
    var q = fold(search.value.trim());
    results.textContent = "";
    if (!q) return [];
    var hits = index.filter(function (s) { return s.key.indexOf(q) >= 0; }).slice(0, 25);
    hits.forEach(function (h) {
      var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
      a.href = h.href; a.textContent = h.label;
      small.className = "muted"; small.textContent = h.type;
      li.appendChild(a); li.appendChild(small);
      if (h.node !== null) {
        var b = document.createElement("button");
        b.type = "button"; b.textContent = "show";
        b.addEventListener("click", function () { focusNode(h.node); });
        li.appendChild(b);
      }
      results.appendChild(li);
    });
    if (!hits.length) {
      var none = document.createElement("li");
      none.className = "muted"; none.textContent = "No match.";
      results.appendChild(none);
    }
    return hits;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var hits = runSearch().filter(function (h) { return h.node !== null; });
    if (hits.length) focusNode(hits[0].node);
  });
  applyFilters();
})();
