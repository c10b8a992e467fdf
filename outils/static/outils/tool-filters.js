// Progressive enhancement of the tool bank: the plain GET form works without it.
// With it, the list updates as filters change (same URL fetched, results swapped),
// the address follows (pushState), the back button restores, and the count is announced.
(function () {
  "use strict";
  var form = document.querySelector("[data-tool-filters]");
  var results = document.querySelector("[data-tool-results]");
  if (!form || !results || !window.fetch || !window.history.pushState) return;

  var controller = null;
  var timer = null;

  function urlFromForm() {
    var params = new URLSearchParams();
    var sort = form.querySelector("#tool-sort");
    var sortIsDefault = sort && sort.selectedOptions.length && sort.selectedOptions[0].hasAttribute("data-default");
    new FormData(form).forEach(function (value, name) {
      if (value === "" || (name === "sort" && sortIsDefault)) return;
      params.append(name, value);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function syncForm(doc) {
    // Counts, empty markers and checked states come from the server's answer.
    doc.querySelectorAll("[data-facet]").forEach(function (fresh) {
      var current = form.querySelector('[data-facet="' + fresh.getAttribute("data-facet") + '"]');
      if (!current) return;
      var freshValues = Array.prototype.map.call(fresh.querySelectorAll("input"), function (i) { return i.value; });
      var currentValues = Array.prototype.map.call(current.querySelectorAll("input"), function (i) { return i.value; });
      if (freshValues.join("\n") !== currentValues.join("\n")) {
        current.querySelector("ul").replaceWith(fresh.querySelector("ul"));
        return;
      }
      fresh.querySelectorAll("li").forEach(function (li, index) {
        var target = current.querySelectorAll("li")[index];
        target.className = li.className;
        target.querySelector("input").checked = li.querySelector("input").checked;
        target.querySelector("[data-count]").textContent = li.querySelector("[data-count]").textContent;
      });
    });
    var q = doc.querySelector("#tool-q");
    if (q && document.activeElement !== form.querySelector("#tool-q")) form.querySelector("#tool-q").value = q.value;
    var sort = doc.querySelector("#tool-sort");
    if (sort) form.querySelector("#tool-sort").innerHTML = sort.innerHTML;
    // « Filtrer (n) » on small screens: the server's count; the button keeps its state.
    var toggle = doc.querySelector("[data-filter-toggle]");
    var currentToggle = form.querySelector("[data-filter-toggle]");
    if (toggle && currentToggle) currentToggle.innerHTML = toggle.innerHTML;
  }

  function syncShare(doc) {
    // The link to copy follows the selection; an old « Lien copié » no longer applies.
    var fresh = doc.querySelector("[data-share-url]");
    var field = document.querySelector("[data-share-url]");
    if (fresh && field) field.value = fresh.value;
    var status = document.querySelector("[data-copy-status]");
    if (status) status.textContent = "";
  }

  function load(url, push) {
    if (controller) controller.abort();
    controller = new AbortController();
    results.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Requested-With": "fetch" }, signal: controller.signal, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var freshBody = doc.querySelector("[data-results-body]");
        var freshCount = doc.querySelector("#tool-count");
        if (!freshBody || !freshCount) throw new Error("unexpected answer");
        results.querySelector("[data-results-body]").replaceWith(freshBody);
        // The live region stays in place; only its text changes, so it is announced.
        results.querySelector("#tool-count").textContent = freshCount.textContent.replace(/\s+/g, " ").trim();
        syncForm(doc);
        syncShare(doc);
        document.title = doc.title;
        if (push) window.history.pushState({ toolFilters: true }, "", url);
        results.removeAttribute("aria-busy");
      })
      .catch(function (error) {
        if (error.name === "AbortError") return;
        if (window.console) window.console.warn("tool filters:", error);
        window.location.href = url; // fall back to a normal page load
      });
  }

  form.addEventListener("change", function (event) {
    if (event.target.id === "tool-q") return;
    load(urlFromForm(), true);
  });
  form.addEventListener("input", function (event) {
    if (event.target.id !== "tool-q") return;
    clearTimeout(timer);
    timer = setTimeout(function () { load(urlFromForm(), true); }, 400);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    load(urlFromForm(), true).then(function () { results.querySelector("#tool-count").focus(); });
  });
  results.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link || link.origin !== window.location.origin || link.pathname !== window.location.pathname) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    load(link.href, true).then(function () { results.querySelector("#tool-count").focus(); });
  });
  window.history.replaceState({ toolFilters: true }, "", window.location.href);
  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.toolFilters) load(window.location.href, false);
  });
})();

// « Copier le lien » and « Imprimer la liste »: without this script the address is in a
// readonly field to copy by hand and the browser prints; these buttons stay hidden.
(function () {
  "use strict";
  var share = document.querySelector("[data-tool-share]");
  if (!share) return;
  var field = share.querySelector("[data-share-url]");
  var copy = share.querySelector("[data-copy-link]");
  var print = share.querySelector("[data-print]");
  var status = share.querySelector("[data-copy-status]");

  function say(text) {
    // Emptied first so that a second copy is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function selectAndCopy() {
    field.focus();
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    say(copy.getAttribute(copied ? "data-done" : "data-failed"));
  }

  copy.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () {
        say(copy.getAttribute("data-done"));
      }, selectAndCopy);
    } else {
      selectAndCopy();
    }
  });
  copy.hidden = false;
  if (typeof window.print === "function") {
    print.addEventListener("click", function () { window.print(); });
    print.hidden = false;
  }
})();
