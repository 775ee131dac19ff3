(function () {
  "use strict";
  // The overview: every node of the graph, placed in Python, drawn by sigma (WebGL) over graphology.
  // Sigma's graph holds only the nodes that can be seen (the kinds shown, the revealed neighbours, the selection and
  // the path) and the edges between them: the rest is drawn when it is asked for. Walks over the whole graph
  // (neighbours, paths, the articles behind an entity) use the page's own adjacency arrays.
  performance.mark("kg:start");  // (marks of the first frame's steps, for bench/bench_views.py)
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg:parsed");
  var more = (function () {  // links, search keys, translations, days, languages, outlets: read when first needed
    var done = false;
    return function () {
      if (done) return D;
      done = true;
      var rest = JSON.parse(document.getElementById("kg-more").textContent);
      Object.keys(rest).forEach(function (k) { D[k] = rest[k]; });
      return D;
    };
  })();
  var count = D.t.length, edgeCount = D.e.length / 4;
  var ARTICLE = D.types.indexOf("NewsArticle"), EVENT = D.types.indexOf("Event");
  var MENTION = D.edgeClasses.indexOf("mention"), VIA_EVENT = D.edgeClasses.indexOf("event");

  var state = { types: {}, from: null, to: null, lang: "", outlet: "", sel: null, revealed: {}, revealedFrom: {},
                path: [], pathFrom: null, pathTo: null };
  var readerLang = window.kgraphLang || "en";
  var translated = {};
  function translations(lang) {  // node -> its label in lang, where it differs from the English one
    if (!translated[lang]) {
      var map = {};
      (more().L[lang] || []).forEach(function (p) { map[p[0]] = p[1]; });
      translated[lang] = map;
    }
    return translated[lang];
  }
  function labelOf(i) {
    if (readerLang === "en" || !more().L[readerLang]) return D.l[i];
    var found = translations(readerLang)[i];
    return found === undefined ? D.l[i] : found;
  }
  function namesOf(i) {  // every label and name of node i, in every language
    var names = [D.l[i]];
    Object.keys(more().L).forEach(function (lang) { labelIn(lang, i, names); });
    if (D.k[i]) names.push(D.k[i]);
    return names.filter(function (x, k) { return names.indexOf(x) === k; }).join(" | ");
  }
  function labelIn(lang, i, into) {
    var found = translations(lang)[i];
    if (found !== undefined) into.push(found);
  }
  function edgeLabel(k) { return (D.el[readerLang] || D.el.en)[k]; }
  function href(i) { return more().h[i] + (readerLang === "en" ? "" : "?lang=" + readerLang); }
  function fold(s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  // the whole graph's adjacency: for node n, adj[start[n] .. start[n + 1]) are its neighbours, via[…] the edges
  var E = D.e, start = new Int32Array(count + 1), adj = new Int32Array(2 * edgeCount), via = new Int32Array(2 * edgeCount);
  (function () {
    var e, fill = new Int32Array(count);
    for (e = 0; e < edgeCount; e++) { start[E[4 * e] + 1] += 1; start[E[4 * e + 1] + 1] += 1; }
    for (var n = 0; n < count; n++) start[n + 1] += start[n];
    for (e = 0; e < edgeCount; e++) {
      var u = E[4 * e], v = E[4 * e + 1], a = start[u] + fill[u]++, b = start[v] + fill[v]++;
      adj[a] = v; via[a] = e; adj[b] = u; via[b] = e;
    }
  })();
  function forEachNeighbour(n, f) { for (var k = start[n]; k < start[n + 1]; k++) f(adj[k], via[k]); }
  function mentionsOf(n, f) {  // the articles that name entity n
    for (var k = start[n]; k < start[n + 1]; k++) if (E[4 * via[k] + 3] === MENTION && D.t[adj[k]] === ARTICLE) f(adj[k]);
  }
  function shortestPath(a, b) {  // breadth first over every node and edge, drawn or not: [a, …, b], or [] if none
    var from = new Int32Array(count).fill(-1), queue = new Int32Array(count), head = 0, tail = 0;
    from[a] = a; queue[tail++] = a;
    while (head < tail && from[b] < 0) {
      var n = queue[head++];
      for (var k = start[n]; k < start[n + 1]; k++) if (from[adj[k]] < 0) { from[adj[k]] = n; queue[tail++] = adj[k]; }
    }
    if (from[b] < 0) return [];
    var path = [b];
    while (path[0] !== a) path.unshift(from[path[0]]);
    return path;
  }

  // sigma's graph: the nodes that can be seen and the edges between them (see syncGraph)
  var graph = new graphology.Graph({ type: "undirected", multi: true, allowSelfLoops: false });
  var spare = new graphology.Graph({ type: "undirected", multi: true, allowSelfLoops: false });  // sigma's while graph changes
  var member = new Uint8Array(count), edgeIn = new Uint8Array(edgeCount), wanted = new Uint8Array(count);
  var EDGE_COLOURS = ["#aab2bd", "#dde1e6", "#aab2bd", "#d8b4c6"];  // by class: relation, mention, role, via an event
  // filters: an article passes by its day, language and outlet; an entity through the articles that name it
  var pass = new Uint8Array(count), visible = new Uint8Array(count), onPath = new Uint8Array(count);
  function filtering() { return state.from !== null || state.lang !== "" || state.outlet !== ""; }
  function articlePasses(a) {
    if (state.from !== null && (D.d[a] === null || D.d[a] < state.from || D.d[a] > state.to)) return false;
    if (state.lang !== "" && D.g[a] !== +state.lang) return false;
    if (state.outlet !== "" && D.o[a] !== +state.outlet) return false;
    return true;
  }
  function computeVisibility() {
    var active = filtering();
    if (active) more();
    for (var n = 0; n < count; n++) {
      if (!active) { pass[n] = 1; continue; }
      if (D.t[n] === ARTICLE) { pass[n] = articlePasses(n) ? 1 : 0; continue; }
      if (D.t[n] === EVENT && D.d[n] !== null && state.from !== null) {
        pass[n] = D.d[n] >= state.from && D.d[n] <= state.to ? 1 : 0;
        continue;
      }
      var ok = 0;
      mentionsOf(n, function (a) { if (!ok && articlePasses(a)) ok = 1; });
      pass[n] = ok;
    }
    var shown = 0;
    for (n = 0; n < count; n++) {
      wanted[n] = state.types[D.t[n]] || state.revealed[n] || n === state.sel || onPath[n] ? 1 : 0;
      visible[n] = pass[n] && wanted[n];
      shown += visible[n];
    }
    return shown;
  }
  // Sigma's graph follows what can be seen: a kind toggled off leaves it, toggled on enters it. A filter only hides
  // (the reducers). While the graph changes sigma looks at an empty one, so that it reprocesses once, not per node.
  function syncGraph() {
    var eventsShown = !!state.types[EVENT], e, n, u, v, want, changed = false;
    function edgeWanted(e) { return wanted[E[4 * e]] && wanted[E[4 * e + 1]] && !(E[4 * e + 3] === VIA_EVENT && eventsShown); }
    for (n = 0; n < count && !changed; n++) changed = member[n] !== wanted[n];
    for (e = 0; e < edgeCount && !changed; e++) changed = edgeIn[e] !== (edgeWanted(e) ? 1 : 0);
    if (!changed) return false;
    var attached = renderer !== null && renderer.getGraph() === graph;
    if (attached) renderer.setGraph(spare);
    for (e = 0; e < edgeCount; e++) if (edgeIn[e] && !edgeWanted(e)) { graph.dropEdge(String(e)); edgeIn[e] = 0; }
    for (n = 0; n < count; n++) if (member[n] && !wanted[n]) { graph.dropNode(String(n)); member[n] = 0; }
    for (n = 0; n < count; n++) {
      if (member[n] || !wanted[n]) continue;
      graph.addNode(String(n), { x: D.x[n], y: D.y[n], size: D.s[n], label: D.l[n], color: D.colours[D.t[n]] });
      member[n] = 1;
    }
    for (e = 0; e < edgeCount; e++) {
      if (edgeIn[e] || !edgeWanted(e)) continue;
      u = E[4 * e]; v = E[4 * e + 1]; want = E[4 * e + 3];
      graph.addEdgeWithKey(String(e), String(u), String(v), { cls: want, size: want === 1 ? 0.5 : 1, color: EDGE_COLOURS[want] });
      edgeIn[e] = 1;
    }
    if (attached) renderer.setGraph(graph);
    return true;
  }

  // highlight: the selection and its neighbours, or the path
  var near = null, pathEdges = {};
  function reduceNode(key, attrs) {
    var n = +key, out = attrs;  // sigma hands the reducer its own copy: changed in place, no allocation
    if (!visible[n]) { out.hidden = true; return out; }
    out.label = labelOf(n);
    if (state.path.length) {
      if (onPath[n]) { out.highlighted = true; out.zIndex = 2; out.forceLabel = true; }
      else { out.color = "#d5d9de"; out.label = ""; out.zIndex = 0; }
    } else if (near) {
      if (n === state.sel || near[n]) { out.zIndex = 2; out.forceLabel = n === state.sel; out.highlighted = n === state.sel; }
      else { out.color = "#d5d9de"; out.label = ""; out.zIndex = 0; }
    }
    return out;
  }
  function reduceEdge(key, attrs) {  // the bulk as 1 px lines; the path's and the selection's edges thicker
    var e = +key, u = E[4 * e], v = E[4 * e + 1], out = attrs;
    if (!visible[u] || !visible[v]) { out.hidden = true; return out; }
    out.label = edgeLabel(E[4 * e + 2]);
    if (state.path.length) {
      if (pathEdges[e]) { out.color = "#1f2328"; out.size = 2.5; out.forceLabel = true; out.type = "thick"; }
      else { out.color = "#eef0f2"; out.label = ""; }
    } else if (near) {
      if (u === state.sel || v === state.sel) { out.color = "#57606a"; out.size = 1.5; out.forceLabel = true; out.type = "thick"; }
      else { out.color = "#eef0f2"; out.label = ""; }
    }
    return out;
  }

  // labels that never overlap: each one is drawn only where no label of this frame is yet
  var drawn = [], cells = new Map(), CELL = 64;
  function claim(box) {  // true (and the box kept) if it overlaps no label of this frame; only nearby cells are looked at
    var x0 = Math.floor(box[0] / CELL), x1 = Math.floor(box[2] / CELL), y0 = Math.floor(box[1] / CELL), y1 = Math.floor(box[3] / CELL);
    var cx, cy, list, k, b;
    for (cx = x0; cx <= x1; cx++) for (cy = y0; cy <= y1; cy++) {
      list = cells.get(cx * 65536 + cy);
      if (!list) continue;
      for (k = 0; k < list.length; k++) {
        b = list[k];
        if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) return false;
      }
    }
    for (cx = x0; cx <= x1; cx++) for (cy = y0; cy <= y1; cy++) {
      list = cells.get(cx * 65536 + cy);
      if (list) list.push(box); else cells.set(cx * 65536 + cy, [box]);
    }
    drawn.push(box);
    return true;
  }
  function drawLabel(context, data, settings) {
    if (!data.label) return;
    var size = settings.labelSize, text = data.label.length > 42 ? data.label.slice(0, 40) + "…" : data.label;
    context.font = settings.labelWeight + " " + size + "px " + settings.labelFont;
    var width = context.measureText(text).width, x = data.x + data.size + 3, y = data.y + size / 3;
    if (x + width > container.clientWidth - 4) x = data.x - data.size - 3 - width;  // kept on the screen
    if (!claim([x - 2, y - size, x + width + 2, y + 4])) return;
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    context.strokeText(text, x, y);
    context.fillStyle = "#1f2328";
    context.fillText(text, x, y);
  }

  function drawEdgeLabel(context, edge, source, target, settings) {
    if (!edge.label) return;
    var size = settings.edgeLabelSize, text = edge.label;
    context.font = "400 " + size + "px " + settings.edgeLabelFont;
    var width = context.measureText(text).width, dx = target.x - source.x, dy = target.y - source.y;
    if (Math.sqrt(dx * dx + dy * dy) < width + source.size + target.size + 12) return;  // no room on the edge
    var x = (source.x + target.x) / 2 - width / 2, y = (source.y + target.y) / 2 + size / 3;
    if (!claim([x - 2, y - size, x + width + 2, y + 3])) return;
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.95)";
    context.strokeText(text, x, y);
    context.fillStyle = "#3d444d";
    context.fillText(text, x, y);
  }
  function fitVisible(render) {
    var box = null;
    for (var n = 0; n < count; n++) {
      if (!visible[n]) continue;
      if (!box) box = { x: [D.x[n], D.x[n]], y: [D.y[n], D.y[n]] };
      box.x[0] = Math.min(box.x[0], D.x[n]); box.x[1] = Math.max(box.x[1], D.x[n]);
      box.y[0] = Math.min(box.y[0], D.y[n]); box.y[1] = Math.max(box.y[1], D.y[n]);
    }
    renderer.setCustomBBox(box);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (render !== false) renderer.refresh();
  }
  var container = document.getElementById("network"), renderer = null;
  // Nodes as point sprites and edges as lines: one vertex per node and two per edge (circles and rectangles are
  // instanced quads, several times the work of a software-rendered frame at 10,000 articles)
  renderer = new Sigma(spare, container, {
    nodeReducer: reduceNode, edgeReducer: reduceEdge, zIndex: true, renderEdgeLabels: true,
    defaultNodeType: "point", nodeProgramClasses: { point: Sigma.rendering.NodePointProgram },
    defaultEdgeType: "line", edgeProgramClasses: { line: Sigma.rendering.EdgeLineProgram, thick: Sigma.rendering.EdgeRectangleProgram },
    defaultDrawNodeLabel: drawLabel, defaultDrawEdgeLabel: drawEdgeLabel, labelFont: "'DejaVu Sans', system-ui, sans-serif", labelSize: 13, labelWeight: "500",
    labelDensity: 0.6, labelGridCellSize: 140, labelRenderedSizeThreshold: 8, edgeLabelSize: 11,
    edgeLabelColor: { color: "#3d444d" }, edgeLabelFont: "'DejaVu Sans', system-ui, sans-serif",
    stagePadding: 40, minCameraRatio: 0.01, maxCameraRatio: 3
  });
  renderer.on("beforeRender", function () { drawn = []; cells.clear(); });
  var camera = renderer.getCamera();
  window.kgraph = { renderer: renderer, graph: graph, state: state, visible: visible,
                    labels: function () { return drawn.slice(); }, labelOf: labelOf,
                    shown: function () { var out = []; for (var n = 0; n < count; n++) if (visible[n]) out.push(n); return out; } };
  Object.defineProperty(window.kgraph, "data", { get: more });  // every column

  // Fluid panning and zooming at any size: while the camera moves, the last drawing is moved and scaled as it is
  // (a CSS transform, done by the compositor at the screen's frame rate); the graph is drawn again, in full, once
  // the camera has been still for REDRAW_MS. A frame of the move costs the same for 10 nodes and for 100,000; only
  // the redraw at rest grows with the graph. What moves is one picture: each full drawing is copied, layer by layer,
  // into one canvas (in the task that drew it, while the WebGL buffers still hold it), shown in place of sigma's six
  // layers during the move: the compositor blends one screenful per frame instead of seven, which is most of a
  // frame's cost when the GPU is software. Sigma's mouse layer draws nothing: it stays, invisible, for the events.
  var REDRAW_MS = 140, realRender = renderer.render.bind(renderer), drawnState = null, redrawTimer = null, lastMove = 0;
  var sigmaCanvases = renderer.getCanvases(), mouseLayer = sigmaCanvases.mouse;
  var layers = Object.keys(sigmaCanvases).filter(function (k) { return k !== "mouse"; }).map(function (k) { return sigmaCanvases[k]; });
  mouseLayer.style.opacity = "0";
  var picture = document.createElement("canvas"), pictureContext = picture.getContext("2d"), moving = false;
  picture.className = "kg-picture";
  picture.setAttribute("aria-hidden", "true");
  picture.style.cssText = "position:absolute;left:0;top:0;display:none;pointer-events:none;transform-origin:0 0;will-change:transform";
  container.insertBefore(picture, mouseLayer);
  var stats = window.kgraph.frames = { moved: 0, drawn: 0, drawMs: [] };
  window.kgraph.redraw = function () { return redraw(); };
  window.kgraph.picture = picture;
  function takePicture() {
    var w = layers[0].width, h = layers[0].height;
    if (picture.width !== w || picture.height !== h) { picture.width = w; picture.height = h; }
    picture.style.width = layers[0].style.width; picture.style.height = layers[0].style.height;
    pictureContext.clearRect(0, 0, w, h);
    for (var i = 0; i < layers.length; i++) if (layers[i].width) pictureContext.drawImage(layers[i], 0, 0);
  }
  function redraw() {
    if (redrawTimer !== null) { clearTimeout(redrawTimer); redrawTimer = null; }
    var t0 = performance.now();
    realRender();
    takePicture();
    stats.drawMs.push(performance.now() - t0);
    stats.drawn += 1;
    drawnState = camera.getState();
    if (moving) {
      moving = false;
      picture.style.display = "none";
      picture.style.transform = "";
      for (var i = 0; i < layers.length; i++) layers[i].style.visibility = "";
    }
    return renderer;
  }
  function redrawWhenStill() {  // a slow frame in the middle of a move does not count as the camera being still
    var still = performance.now() - lastMove;
    redrawTimer = still >= REDRAW_MS ? null : setTimeout(redrawWhenStill, REDRAW_MS - still);
    if (redrawTimer === null) redraw();
  }
  var origin = { x: 0, y: 0 }, unit = { x: 1, y: 1 }, atDrawn = { cameraState: null }, atNow = { cameraState: null };
  renderer.render = function () {
    if (renderer.renderFrame) { cancelAnimationFrame(renderer.renderFrame); renderer.renderFrame = null; }
    var s = camera.getState();
    if (drawnState === null || renderer.needToProcess || s.angle !== drawnState.angle) return redraw();
    atDrawn.cameraState = drawnState; atNow.cameraState = s;
    var a0 = renderer.framedGraphToViewport(origin, atDrawn), a1 = renderer.framedGraphToViewport(unit, atDrawn);
    var b0 = renderer.framedGraphToViewport(origin, atNow), b1 = renderer.framedGraphToViewport(unit, atNow);
    var k = (b1.x - b0.x) / ((a1.x - a0.x) || 1), tx = b0.x - k * a0.x, ty = b0.y - k * a0.y;
    picture.style.transform = "translate(" + tx.toFixed(2) + "px," + ty.toFixed(2) + "px) scale(" + k.toFixed(5) + ")";
    if (!moving) {
      moving = true;
      picture.style.display = "block";
      for (var i = 0; i < layers.length; i++) layers[i].style.visibility = "hidden";
    }
    stats.moved += 1;
    renderer.emit("kgMoved");
    lastMove = performance.now();
    if (redrawTimer === null) redrawTimer = setTimeout(redrawWhenStill, REDRAW_MS);
    return renderer;
  };

  // the address keeps the state: #show=0,1&from=..&to=..&lang=..&outlet=..&sel=..&open=..&path=a,b
  function nodeOfRef(ref) { var n = more().h.indexOf(ref + ".html"); return n < 0 ? null : n; }
  function refOf(n) { return more().h[n].replace(/\.html$/, ""); }
  function writeHash() {
    var parts = ["show=" + Object.keys(state.types).filter(function (t) { return state.types[t]; }).join(",")];
    if (state.from !== null) parts.push("from=" + state.from, "to=" + state.to);
    if (state.lang !== "") parts.push("lang=" + D.langs[+state.lang]);
    if (state.outlet !== "") parts.push("outlet=" + state.outlet);
    if (state.sel !== null) parts.push("sel=" + encodeURIComponent(refOf(state.sel)));
    var open = Object.keys(state.revealedFrom || {});
    if (open.length) parts.push("open=" + open.map(function (n) { return encodeURIComponent(refOf(+n)); }).join(","));
    if (state.pathFrom !== null && state.pathTo !== null) {
      parts.push("path=" + encodeURIComponent(refOf(state.pathFrom)) + "," + encodeURIComponent(refOf(state.pathTo)));
    }
    window.history.replaceState(null, "", window.location.pathname + window.location.search + "#" + parts.join("&"));
  }
  function readHash() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    state.types = {};
    var show = params.has("show") ? params.get("show").split(",").filter(Boolean).map(Number) : D.shown;
    show.forEach(function (t) { state.types[t] = true; });
    if (params.has("from") && params.has("to")) { state.from = +params.get("from"); state.to = +params.get("to"); }
    var lang = D.langs.indexOf(params.get("lang"));
    state.lang = lang >= 0 ? String(lang) : "";
    state.outlet = params.has("outlet") ? params.get("outlet") : "";
    state.sel = params.has("sel") ? nodeOfRef(params.get("sel")) : null;
    state.revealedFrom = {};
    (params.get("open") || "").split(",").filter(Boolean).forEach(function (r) {
      var n = nodeOfRef(decodeURIComponent(r));
      if (n !== null) state.revealedFrom[n] = true;
    });
    var path = (params.get("path") || "").split(",").map(function (r) { return nodeOfRef(decodeURIComponent(r)); });
    state.pathFrom = path.length === 2 ? path[0] : null;
    state.pathTo = path.length === 2 ? path[1] : null;
  }

  // controls
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll("#types input[data-type]"));
  var langSel = document.getElementById("lang"), outletSel = document.getElementById("outlet");
  var fromIn = document.getElementById("date-from"), toIn = document.getElementById("date-to");
  var days = null, firstDay = 0, lastDay = 0;
  function readDays() {  // the days of the articles and events, for the brush
    if (days !== null) return;
    days = more().d.filter(function (d, n) { return d !== null && (D.t[n] === ARTICLE || D.t[n] === EVENT); });
    firstDay = lastDay = days.length ? days[0] : 0;
    days.forEach(function (d) { if (d < firstDay) firstDay = d; if (d > lastDay) lastDay = d; });
  }
  function dayText(d) { return new Date(d * 86400000).toISOString().slice(0, 10); }
  function drawHistogram() {
    var svg = document.getElementById("histogram"), bins = 52, counts = new Array(bins).fill(0), span = lastDay - firstDay + 1;
    days.forEach(function (d) { counts[Math.min(bins - 1, Math.floor((d - firstDay) / span * bins))] += 1; });
    var top = Math.max.apply(null, counts.concat([1])), lo = state.from === null ? firstDay : state.from,
        hi = state.to === null ? lastDay : state.to, ns = "http://www.w3.org/2000/svg";
    svg.textContent = "";
    counts.forEach(function (c, b) {
      var r = document.createElementNS(ns, "rect"), start = firstDay + b * span / bins;
      r.setAttribute("x", String(b * 260 / bins)); r.setAttribute("width", String(260 / bins - 0.5));
      r.setAttribute("y", String(48 - 46 * c / top)); r.setAttribute("height", String(46 * c / top));
      r.setAttribute("fill", start + span / bins > lo && start <= hi ? "#0072B2" : "#c9ced6");
      svg.appendChild(r);
    });
  }
  function syncControls() {
    readDays();
    typeBoxes.forEach(function (b) { b.checked = !!state.types[+b.getAttribute("data-type")]; });
    langSel.value = state.lang; outletSel.value = state.outlet;
    fromIn.min = toIn.min = String(firstDay); fromIn.max = toIn.max = String(lastDay);
    fromIn.value = String(state.from === null ? firstDay : state.from);
    toIn.value = String(state.to === null ? lastDay : state.to);
    document.getElementById("date-range").textContent = days.length ? dayText(+fromIn.value) + " – " + dayText(+toIn.value) : "no dated article";
    drawHistogram();
  }
  function revealNeighbours() {
    state.revealed = {};
    Object.keys(state.revealedFrom || {}).forEach(function (n) {
      state.revealed[n] = true;
      forEachNeighbour(+n, function (m) { state.revealed[m] = true; });
    });
  }
  function computePath() {
    state.path = []; pathEdges = {}; onPath.fill(0);
    if (state.pathFrom === null || state.pathTo === null) return;
    state.path = shortestPath(state.pathFrom, state.pathTo);
    state.path.forEach(function (n) { onPath[n] = 1; });
    for (var k = 1; k < state.path.length; k++) {
      var next = state.path[k];
      forEachNeighbour(state.path[k - 1], function (m, e) { if (m === next) pathEdges[e] = true; });
    }
  }
  var shownCount = 0;
  function compute() {  // what is seen, and sigma's graph to match; false if the graph is unchanged
    revealNeighbours();
    computePath();
    shownCount = computeVisibility();
    near = null;
    if (state.sel !== null && visible[state.sel]) {
      near = {};
      forEachNeighbour(state.sel, function (m) { if (visible[m]) near[m] = true; });
    }
    return syncGraph();
  }
  function present() {  // the panel and the address
    document.getElementById("stats").textContent = D.stats + " · " + shownCount + " shown";
    syncControls();
    showInfo();
    showPath();
    writeHash();
  }
  function update() {
    if (!compute()) renderer.refresh();  // (a changed graph was reprocessed when sigma took it back)
    present();
    return shownCount;
  }
  typeBoxes.forEach(function (b) {
    b.addEventListener("change", function () { state.types[+b.getAttribute("data-type")] = b.checked; update(); });
  });
  langSel.addEventListener("change", function () { state.lang = langSel.value; update(); });
  outletSel.addEventListener("change", function () { state.outlet = outletSel.value; update(); });
  function dateInput() {
    readDays();
    var a = +fromIn.value, b = +toIn.value;
    if (a > b) { var c = a; a = b; b = c; }
    if (a === firstDay && b === lastDay) { state.from = state.to = null; } else { state.from = a; state.to = b; }
    update();
  }
  fromIn.addEventListener("input", dateInput);
  toIn.addEventListener("input", dateInput);
  document.getElementById("reset").addEventListener("click", function () {
    window.location.hash = "";
    readHash(); update(); fitVisible();
  });

  // selection, expansion, path
  var info = document.getElementById("info");
  function button(text, action) {
    var b = document.createElement("button");
    b.type = "button"; b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }
  function showInfo() {
    var n = state.sel;
    if (n === null) return;
    info.textContent = "";
    info.className = "";
    var title = document.createElement("strong"), kind = document.createElement("div"), names = document.createElement("div");
    title.textContent = labelOf(n);
    kind.className = "muted"; kind.textContent = D.types[D.t[n]] + " · " + (start[n + 1] - start[n]) + " links";
    names.className = "names"; names.textContent = namesOf(n);
    var open = document.createElement("a");
    open.href = href(n); open.textContent = D.t[n] === ARTICLE ? "Read the article" : "Open the page";
    var actions = document.createElement("div");
    actions.className = "actions";
    actions.appendChild(open);
    actions.appendChild(button(state.revealedFrom[n] ? "Fold neighbours" : "Expand neighbours", function () {
      if (state.revealedFrom[n]) delete state.revealedFrom[n]; else state.revealedFrom[n] = true;
      update();
    }));
    actions.appendChild(button("Path from here", function () { state.pathFrom = n; update(); }));
    actions.appendChild(button("Path to here", function () { state.pathTo = n; update(); }));
    [title, kind, names, actions].forEach(function (el) { info.appendChild(el); });
  }
  function showPath() {
    var from = document.getElementById("path-from"), to = document.getElementById("path-to"), list = document.getElementById("path-list");
    from.textContent = state.pathFrom === null ? "(select a node, then “path from here”)" : labelOf(state.pathFrom);
    to.textContent = state.pathTo === null ? "(select a node, then “path to here”)" : labelOf(state.pathTo);
    list.textContent = "";
    if (state.pathFrom === null || state.pathTo === null) return;
    if (!state.path.length) { var none = document.createElement("li"); none.textContent = "No path."; list.appendChild(none); }
    state.path.forEach(function (n) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = href(n); a.textContent = labelOf(n);
      li.appendChild(a); list.appendChild(li);
    });
    list.appendChild(button("Clear the path", function () { state.pathFrom = state.pathTo = null; update(); }));
  }
  function select(n, focus) {
    state.sel = n;
    update();
    if (n !== null && focus) {
      var at = renderer.getNodeDisplayData(String(n));
      if (at) camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.getState().ratio, 0.25) }, { duration: 250 });
    }
  }
  renderer.on("clickNode", function (ev) { select(+ev.node, false); });
  renderer.on("doubleClickNode", function (ev) { ev.preventSigmaDefault(); window.location.href = href(+ev.node); });
  renderer.on("clickStage", function () { if (state.sel !== null) select(null, false); });

  // keyboard: the network pans and zooms with keys; "/" goes to the search
  container.addEventListener("keydown", function (ev) {
    var s = camera.getState(), step = 0.08 * s.ratio, moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0],
                                                                ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[ev.key]) { camera.setState({ x: s.x + moves[ev.key][0], y: s.y + moves[ev.key][1] }); }
    else if (ev.key === "+" || ev.key === "=") { camera.animatedZoom({ duration: 150 }); }
    else if (ev.key === "-") { camera.animatedUnzoom({ duration: 150 }); }
    else if (ev.key === "0") { fitVisible(); }
    else if (ev.key === "Enter" && state.sel !== null) { window.location.href = href(state.sel); }
    else if (ev.key === "Escape") { select(null, false); }
    else return;
    ev.preventDefault();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement.tagName !== "INPUT") { ev.preventDefault(); search.focus(); }
  });

  // search over every node, drawn or hidden, in every language
  var search = document.getElementById("search"), results = document.getElementById("results");
  var keys = null;  // folded at the first search
  function runSearch() {
    var q = fold(search.value.trim());
    results.textContent = "";
    if (!q) return [];
    if (keys === null) { keys = []; for (var i = 0; i < count; i++) keys.push(fold(namesOf(i))); }
    var hits = [], rank = {};
    for (var n = 0; n < count; n++) {  // entities, events, articles; in each a label starting with the query, holding it, then any name
      var label = fold(labelOf(n)), at = label.indexOf(q);
      if (at < 0 && keys[n].indexOf(q) < 0) continue;
      rank[n] = (D.t[n] === ARTICLE ? 2 : D.t[n] === EVENT ? 1 : 0) * 3 + (at === 0 ? 0 : at > 0 ? 1 : 2);
      hits.push(n);
    }
    hits.sort(function (a, b) { return rank[a] - rank[b] || D.s[b] - D.s[a] || a - b; });
    hits = hits.slice(0, 25);
    hits.forEach(function (n) {
      var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
      a.href = href(n); a.textContent = labelOf(n);
      small.className = "muted"; small.textContent = D.types[D.t[n]];
      li.appendChild(a); li.appendChild(small);
      li.appendChild(button("show", function () { select(n, true); }));
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
    var hits = runSearch();
    if (hits.length) select(hits[0], true);
  });
  document.addEventListener("kg-lang", function (ev) {
    readerLang = ev.detail;  // (the node reducer gives each node its label in it)
    update();
    runSearch();
  });

  // The first frame: sigma draws the graph once, fitted; the panel, the address, the date brush and the search
  // keys wait until it is on the screen.
  performance.mark("kg:indexed");
  readHash();
  compute();
  performance.mark("kg:graph");
  fitVisible(false);
  renderer.setGraph(graph);
  performance.mark("kg:drawn");
  if (state.sel !== null) select(state.sel, true);
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {  // the frame drawn above is on the screen (committed) by now
      window.kgraphFirstDraw = performance.now();
      present();
      document.body.setAttribute("data-ready", "1");
    });
  });
})();
