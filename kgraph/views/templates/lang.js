(function () {
  "use strict";
  // The reader's language: ?lang= in the address (shared links keep it), English by default.
  // Every element with data-l (a JSON object: language -> text) shows its text in that language,
  // and the links between pages carry the choice along.
  var select = document.getElementById("reader-lang");
  var offered = select ? Array.prototype.map.call(select.options, function (o) { return o.value; }) : ["en"];
  function wanted() {
    var asked = new URLSearchParams(window.location.search).get("lang");
    return offered.indexOf(asked) >= 0 ? asked : "en";
  }
  function relink(lang) {
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var cut = href.indexOf("#"), path = cut < 0 ? href : href.slice(0, cut), frag = cut < 0 ? "" : href.slice(cut);
      path = path.replace(/\?lang=[a-z-]*$/, "");
      a.setAttribute("href", lang === "en" ? path + frag : path + "?lang=" + lang + frag);
    });
  }
  function apply(lang) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-l]"), function (el) {
      if (!el.hasAttribute("data-l0")) el.setAttribute("data-l0", el.textContent);
      var names = JSON.parse(el.getAttribute("data-l"));
      el.textContent = names[lang] || el.getAttribute("data-l0");
    });
    relink(lang);
    document.documentElement.setAttribute("data-reader-lang", lang);
    if (select) select.value = lang;
    window.kgraphLang = lang;
    declutter();
    document.dispatchEvent(new CustomEvent("kg-lang", { detail: lang }));
  }
  // Labels of an entity page's network never overlap: in drawing order (the entity, its neighbours, theirs),
  // a label is shown only where no label shown before it lies; the node keeps its name as a tooltip.
  function declutter() {
    Array.prototype.forEach.call(document.querySelectorAll("svg.ego"), function (svg) {
      var kept = [];
      Array.prototype.forEach.call(svg.querySelectorAll("text"), function (t) {
        t.removeAttribute("visibility");
        var b = t.getBBox(), box = [b.x - 1, b.y - 1, b.x + b.width + 1, b.y + b.height + 1];
        var clash = kept.some(function (k) { return box[0] < k[2] && k[0] < box[2] && box[1] < k[3] && k[1] < box[3]; });
        if (clash) t.setAttribute("visibility", "hidden"); else kept.push(box);
      });
    });
  }
  if (select) {
    select.addEventListener("change", function () {
      var lang = select.value;
      window.history.replaceState(null, "", window.location.pathname + (lang === "en" ? "" : "?lang=" + lang) + window.location.hash);
      apply(lang);
    });
  }
  window.kgraphSetLang = apply;
  apply(wanted());
})();
