// ---------------------------------------------------------------- routing
const source = config.mode === "api" ? new ApiSource() : new EmbeddedSource();
const root = document.getElementById("app");
let metaCache = null;

function parseRoute() {
  const hash = location.hash.replace(/^#/, "") || "/stories";
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map((part) => {
    try {
      return decodeURIComponent(part);
    } catch (err) {
      return part; // a malformed escape in a hand-typed address: used as it is (and not found)
    }
  });
  return { parts: parts, params: new URLSearchParams(query || "") };
}

function go(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) if (value) query.set(key, value);
  const qs = query.toString();
  location.hash = "#" + path + (qs ? "?" + qs : "");
}

function shell(...content) {
  const search = h("input", { type: "search", name: "q", placeholder: "Search entities in any language", "aria-label": "search entities", id: "global-search" });
  const form = h("form", { role: "search", onsubmit: (e) => { e.preventDefault(); go("/search", { q: search.value }); } }, search, h("button", { type: "submit", text: "Search" }));
  const header = h("header", { class: "top" }, link("/stories", "storyline", { class: "brand" }), link("/stories", "Stories"), link("/articles", "Articles"), link("/search", "Entities"), form);
  const main = h("main", { id: "view" }, content);
  root.replaceChildren(header, main);
  window.scrollTo(0, 0);
  return main;
}

async function render() {
  const route = parseRoute();
  const [kind, id] = route.parts;
  performance.clearMarks("storyline:rendered");
  try {
    if (kind === "story" && id) await renderStory(id, route.params);
    else if (kind === "entity" && id) await renderEntity(id);
    else if (kind === "article" && id) await renderArticle(id, route.params);
    else if (kind === "search") await renderSearch(route.params);
    else if (kind === "articles") await renderArticles(route.params);
    else await renderStories(route.params);
  } catch (err) {
    shell(h("h1", { text: "Something went wrong" }), h("p", { class: "error", text: String(err && err.message ? err.message : err) }));
  }
  document.body.setAttribute("data-view", kind || "stories");
  // marks for benchmarks: when the first view and the latest view finished rendering
  if (!performance.getEntriesByName("storyline:first-view").length) performance.mark("storyline:first-view");
  performance.mark("storyline:rendered");
}

function notFound(what) {
  shell(h("h1", { text: what + " not found" }), h("p", null, link("/stories", "Back to the stories")));
}
