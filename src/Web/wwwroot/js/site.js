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

  // Instant search: results from the JSON API as you type, in an ARIA combobox listbox.
  let listboxCount = 0;
  const instantSearch = (input) => {
    const form = input.form;
    const listbox = document.createElement("ul");
    listbox.id = "instant-results-" + (++listboxCount);
    listbox.className = "instant-results";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Search suggestions");
    listbox.hidden = true;
    input.insertAdjacentElement("afterend", listbox);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    let timer = 0;
    let controller = null;
    let active = -1;
    let lastQuery = "";

    const options = () => Array.from(listbox.querySelectorAll("[role=option]"));
    // Closing also drops the search still waiting or in flight, or its answer would open the list again.
    const close = () => {
      clearTimeout(timer);
      if (controller) controller.abort();
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const highlight = (index) => {
      const all = options();
      if (all.length === 0) return;
      active = (index + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", i === active ? "true" : "false"));
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    };
    const render = (results, query) => {
      listbox.replaceChildren();
      results.forEach((result, i) => {
        const option = document.createElement("li");
        option.id = listbox.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = result.url;
        const title = document.createElement("span");
        title.className = "instant-title";
        title.textContent = result.code || result.title;
        option.append(title);
        const where = [result.vendor, result.service].filter(Boolean).join(" / ");
        if (where || result.httpStatus) {
          const meta = document.createElement("span");
          meta.className = "instant-meta";
          meta.textContent = [where, result.httpStatus ? "HTTP " + result.httpStatus : ""].filter(Boolean).join(" · ");
          option.append(meta);
        }
        option.addEventListener("mousedown", (event) => { event.preventDefault(); location.assign(result.url); });
        listbox.append(option);
      });
      const all = document.createElement("li");
      all.id = listbox.id + "-all";
      all.setAttribute("role", "option");
      all.setAttribute("aria-selected", "false");
      all.className = "instant-all";
      all.dataset.url = "/search?q=" + encodeURIComponent(query);
      all.textContent = results.length ? "See all results for “" + query + "”" : "No quick match: search for “" + query + "”";
      all.addEventListener("mousedown", (event) => { event.preventDefault(); location.assign(all.dataset.url); });
      listbox.append(all);
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
      input.removeAttribute("aria-activedescendant");
    };
    const fetchResults = async () => {
      const query = input.value.trim();
      if (query === lastQuery && !listbox.hidden) return;
      lastQuery = query;
      if (controller) controller.abort();
      if (query.length === 0) { close(); return; }
      controller = new AbortController();
      try {
        const response = await fetch("/api/v1/search?q=" + encodeURIComponent(query) + "&limit=8",
          { headers: { Accept: "application/json" }, signal: controller.signal });
        if (!response.ok) { close(); return; }
        const body = await response.json();
        if (input.value.trim() !== query) return;
        render(Array.isArray(body.results) ? body.results : [], query);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchResults, 150);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") {
        if (listbox.hidden) { lastQuery = ""; fetchResults(); return; }
        event.preventDefault(); highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        if (listbox.hidden) return;
        event.preventDefault(); highlight(active - 1);
      } else if (event.key === "Escape") {
        if (!listbox.hidden) event.preventDefault();
        close();
      } else if (event.key === "Enter") {
        const chosen = options()[active];
        if (!listbox.hidden && chosen) { event.preventDefault(); location.assign(chosen.dataset.url); }
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
    if (form) form.addEventListener("submit", close);
  };
  document.querySelectorAll("[data-instant-search]").forEach(instantSearch);

  // Copy buttons: shown only when the clipboard can be used.
  document.querySelectorAll("[data-copy]").forEach((button) => {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        button.textContent = "Copied";
      } catch {
        button.textContent = "Copy failed";
      }
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  });

  // "Did this help?": post with fetch and thank the reader without a reload.
  document.querySelectorAll("form[data-feedback]").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      const submitter = event.submitter;
      if (!submitter || submitter.name !== "helpful") return;
      event.preventDefault();
      const data = new FormData(form);
      data.set("helpful", submitter.value);
      const status = form.querySelector("[data-feedback-status]");
      form.querySelectorAll("button").forEach((b) => { b.disabled = true; });
      try {
        const response = await fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" } });
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
          // The live region stays in place so that screen readers announce the thanks.
          Array.from(form.children).forEach((child) => { if (child !== status) child.remove(); });
          status.classList.add("thanks");
          status.textContent = body.message || "Thank you for your feedback.";
          return;
        }
        status.textContent = response.status === 429
          ? "Too many answers in a short time. Please try again in a minute."
          : (body.message || "Your feedback could not be saved.");
      } catch {
        status.textContent = "Your feedback could not be sent. Check your connection and try again.";
      }
      form.querySelectorAll("button").forEach((b) => { b.disabled = false; });
    });
  });
})();
