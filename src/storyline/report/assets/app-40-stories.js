// ---------------------------------------------------------------- story list
async function renderStories(params) {
  if (!metaCache) metaCache = await source.meta();
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  let entityId = params.get("entity") || "";
  const entityText = params.get("actor") || "";
  let entityNote = null;
  if (entityText && !entityId) {
    const found = await source.searchEntities({ q: entityText, limit: 1 });
    entityId = found && found.items.length ? found.items[0].id : "\u0000none";
    entityNote = found && found.items.length ? "Entity: " + found.items[0].name : "No entity matches “" + entityText + "”";
  }
  const query = {
    q: params.get("q") || "", lang: params.get("lang") || "", from: params.get("from") || "", to: params.get("to") || "",
    type: params.get("type") || "", entity: entityId, sort: params.get("sort") || "", offset: offset, limit: PAGE,
  };
  const result = await source.stories(query);

  const field = (label, input) => h("label", null, label, input);
  const q = h("input", { type: "search", name: "q", value: query.q, placeholder: "words in the title" });
  const lang = h("select", { name: "lang" }, h("option", { value: "", text: "any" }), metaCache.languages.map((code) => h("option", { value: code, text: code, selected: code === query.lang })));
  const from = h("input", { type: "date", name: "from", value: query.from });
  const to = h("input", { type: "date", name: "to", value: query.to });
  const type = h("select", { name: "type" }, h("option", { value: "", text: "any" }), TYPES.map((t) => h("option", { value: t, text: t, selected: t === query.type })));
  const sort = h("select", { name: "sort" }, [["", "largest first"], ["newest", "newest first"], ["oldest", "oldest first"]].map(([value, label]) => h("option", { value: value, text: label, selected: value === query.sort })));
  const actor = h("input", { type: "search", name: "actor", value: entityText, placeholder: "name in any language" });
  const form = h("form", { class: "filters", id: "story-filters", onsubmit: (e) => {
    e.preventDefault();
    go("/stories", { q: q.value, lang: lang.value, from: from.value, to: to.value, type: type.value, actor: actor.value, sort: sort.value });
  } }, field("Title", q), field("Language", lang), field("From", from), field("To", to), field("Event type", type), field("Entity", actor), field("Order", sort),
  h("button", { type: "submit", text: "Filter" }), h("button", { type: "button", text: "Reset", onclick: () => go("/stories") }));

  const counts = metaCache.counts || {};
  const rows = result.items.map((story) => h("tr", { class: "story-row", "data-story": story.id },
    h("td", null, link("/story/" + enc(story.id), story.title || "(untitled story)"),
      h("div", { class: "meta" }, joinNodes(story.entities.slice(0, 5).map((eid) => entityLink(result.entities, eid)), ", "))),
    h("td", { class: "num", text: story.size }),
    h("td", { class: "num", text: story.event_count }),
    h("td", null, story.languages.map((code) => h("span", { class: "chip", text: code }))),
    h("td", { text: span(story.start, story.end) })));
  const table = h("table", { class: "list", id: "story-list" },
    h("thead", null, h("tr", null, ["Story", "Articles", "Events", "Languages", "Dates"].map((t) => h("th", { text: t })))),
    h("tbody", null, rows));
  const pager = pagerFor(result, (next) => {
    const keep = Object.fromEntries(params.entries());
    keep.offset = String(next);
    go("/stories", keep);
  });
  shell(h("h1", { text: "Stories" }),
    h("p", { class: "meta", text: [counts.stories, "stories ·", counts.articles, "articles ·", counts.events, "events ·", counts.entities, "entities"].join(" ") }),
    form, entityNote ? h("p", { class: "meta", text: entityNote }) : null,
    result.items.length ? table : h("p", { class: "muted", id: "story-list-empty", text: "No story matches these filters." }), pager);
}

function pagerFor(result, goTo) {
  if (result.total <= result.limit && result.offset === 0) return h("div", { class: "pager meta", text: result.total + " shown" });
  const last = Math.min(result.offset + result.limit, result.total);
  return h("div", { class: "pager" },
    h("button", { type: "button", text: "← Previous", disabled: result.offset === 0, onclick: () => goTo(Math.max(0, result.offset - result.limit)) }),
    h("span", { class: "meta", text: (result.total ? result.offset + 1 : 0) + "–" + last + " of " + result.total }),
    h("button", { type: "button", text: "Next →", disabled: last >= result.total, onclick: () => goTo(result.offset + result.limit) }));
}
