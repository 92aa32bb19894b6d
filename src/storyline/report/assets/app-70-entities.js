// ---------------------------------------------------------------- entity page
async function renderEntity(id) {
  const data = await source.entity(id);
  if (!data) return notFound("Entity");
  const entity = data.entity;
  const aliases = [...entity.aliases].sort((a, b) => b.count - a.count);
  const events = data.events.slice(0, 300);
  shell(
    h("h1", { text: entity.name }),
    h("dl", { class: "facts" },
      h("dt", { text: "Kind" }), h("dd", { text: entity.kind }),
      h("dt", { text: "Country" }), h("dd", { text: entity.country || "—" }),
      h("dt", { text: "Role" }), h("dd", { text: entity.role || "—" }),
      h("dt", { text: "Knowledge base" }), h("dd", { text: entity.kb_id || "—" }),
      h("dt", { text: "Mentions" }), h("dd", { text: entity.mentions + " in " + entity.article_count + " articles" })),
    h("h2", { text: "Names across languages" }),
    h("table", { class: "list", id: "aliases" }, h("thead", null, h("tr", null, h("th", { text: "Name" }), h("th", { text: "Language" }), h("th", { text: "Count" }))),
      h("tbody", null, aliases.map((alias) => h("tr", null, h("td", { text: alias.text, lang: alias.lang }), h("td", { text: alias.lang || "?" }), h("td", { class: "num", text: alias.count }))))),
    h("h2", { text: "Events (" + data.events.length + ")" }),
    events.length ? h("ul", { class: "plain", id: "entity-events" }, events.map((event) => h("li", null, typeBadge(event.type), " ",
      event.story_id ? link("/story/" + enc(event.story_id) + "?event=" + enc(event.id), event.summary || event.type) : event.summary || event.type,
      h("span", { class: "meta", text: " · " + dateText(event.date) + " · " + event.status })))) : h("p", { class: "muted", text: "No events." }),
    h("h2", { text: "Stories (" + data.stories.length + ")" }),
    h("ul", { class: "plain" }, data.stories.slice(0, 100).map((story) => h("li", null, link("/story/" + enc(story.id), story.title || "(untitled story)"), h("span", { class: "meta", text: " · " + story.size + " articles · " + span(story.start, story.end) })))),
    h("h2", { text: "Articles (" + data.articles.length + ")" }),
    h("ul", { class: "plain" }, data.articles.slice(0, 100).map((article) => h("li", null, link("/article/" + enc(article.id), article.title || "(untitled)"), h("span", { class: "meta", text: " · " + [article.language, article.published].filter(Boolean).join(" · ") })))));
}

// ---------------------------------------------------------------- search
async function renderSearch(params) {
  const q = params.get("q") || "";
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const result = await source.searchEntities({ q: q, offset: offset, limit: PAGE });
  const input = h("input", { type: "search", name: "q", value: q, id: "search-q", placeholder: "e.g. Путин, Zelensky, Genf" });
  const matching = (entity) => {
    const needle = lower(q);
    const alias = needle && entity.aliases.find((a) => lower(a.text).includes(needle) && a.text !== entity.name);
    return alias ? " · as “" + alias.text + "” (" + (alias.lang || "?") + ")" : "";
  };
  shell(h("h1", { text: q ? "Entities matching “" + q + "”" : "Entities" }),
    h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("/search", { q: input.value }); } }, h("label", null, "Name in any language or script", input), h("button", { type: "submit", text: "Search" })),
    result.items.length ? h("table", { class: "list", id: "search-results" },
      h("thead", null, h("tr", null, ["Entity", "Kind", "Country", "Mentions"].map((t) => h("th", { text: t })))),
      h("tbody", null, result.items.map((entity) => h("tr", { "data-entity": entity.id },
        h("td", null, link("/entity/" + enc(entity.id), entity.name), h("span", { class: "meta", text: matching(entity) })),
        h("td", { text: entity.kind }), h("td", { text: entity.country || "" }), h("td", { class: "num", text: entity.mentions })))))
      : h("p", { class: "muted", id: "search-empty", text: "No entity has that name." }),
    pagerFor(result, (next) => go("/search", { q: q, offset: String(next) })));
}
