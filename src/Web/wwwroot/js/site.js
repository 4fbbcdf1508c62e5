// Small progressive enhancements; every page works without this file.
(() => {
  "use strict";
  // "/" focuses the search box from anywhere, except while typing in a field.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector("[data-search-primary]") || document.getElementById("site-search");
    if (box) { event.preventDefault(); box.focus(); box.select(); }
  });
})();
