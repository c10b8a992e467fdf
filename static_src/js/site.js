// Progressive enhancement only: every feature works without this file.
document.documentElement.classList.replace("no-js", "js");

// Folding parts on small screens: the header's menu and the listings' filters. A button
// `[data-collapsible-toggle]` with aria-controls opens and closes the element it names
// (class « is-open »; the CSS folds it only on small screens and only under `.js`).
// Without this script the button stays hidden and everything is shown.
(function () {
  "use strict";
  var toggles = document.querySelectorAll("[data-collapsible-toggle]");

  function panelOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function setOpen(button, open) {
    var panel = panelOf(button);
    if (!panel) return;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panel.classList.toggle("is-open", open);
  }

  Array.prototype.forEach.call(toggles, function (button) {
    if (!panelOf(button)) return;
    setOpen(button, false);
    button.addEventListener("click", function () {
      setOpen(button, button.getAttribute("aria-expanded") !== "true");
    });
  });

  // Escape closes an open part and gives the focus back to its button.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    Array.prototype.forEach.call(toggles, function (button) {
      var panel = panelOf(button);
      if (button.getAttribute("aria-expanded") === "true" && panel && panel.contains(document.activeElement)
          && window.getComputedStyle(button).display !== "none") {
        setOpen(button, false);
        button.focus();
      }
    });
  });
})();
