// ---------------------------------------------------------------- article list
async function renderArticles(params) {
  if (!metaCache) metaCache = await source.meta();
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const query = { q: params.get("q") || "", lang: params.get("lang") || "", offset: offset, limit: PAGE };
  const result = await source.listArticles(query);
  const q = h("input", { type: "search", name: "q", value: query.q, placeholder: "words in the title" });
  const lang = h("select", { name: "lang" }, h("option", { value: "", text: "any" }), metaCache.languages.map((code) => h("option", { value: code, text: code, selected: code === query.lang })));
  const form = h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("/articles", { q: q.value, lang: lang.value }); } },
    h("label", null, "Title", q), h("label", null, "Language", lang), h("button", { type: "submit", text: "Filter" }));
  const rows = result.items.map((article) => h("tr", { "data-article": article.id },
    h("td", null, link("/article/" + enc(article.id), article.title || "(untitled)")),
    h("td", { text: article.language }), h("td", { text: article.published || "" }), h("td", { text: article.outlet || "" }),
    h("td", null, article.story_id ? link("/story/" + enc(article.story_id), "story") : "")));
  shell(h("h1", { text: "Articles" }), form,
    result.items.length ? h("table", { class: "list", id: "article-list" },
      h("thead", null, h("tr", null, ["Title", "Language", "Published", "Outlet", ""].map((t) => h("th", { text: t })))),
      h("tbody", null, rows)) : h("p", { class: "muted", id: "article-list-empty", text: "No article matches." }),
    pagerFor(result, (next) => go("/articles", { q: query.q, lang: query.lang, offset: String(next) })));
}

// ---------------------------------------------------------------- article view
function sliceCodePoints(text, start, end) {
  const at = utf16Offsets(text);
  return text.slice(at(start), at(end));
}

function utf16Offsets(text) {
  // Offsets from the pipeline count code points; JavaScript strings count UTF-16 units.
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [];
  let unit = 0;
  for (const ch of text) { map.push(unit); unit += ch.length; }
  map.push(unit);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

function highlighted(article, entities, focusAt) {
  const text = article.text || "";
  const at = utf16Offsets(text);
  const layers = [];
  for (const m of article.mentions) layers.push({ kind: "m", start: at(m.start), end: at(m.end), item: m });
  for (const t of article.times) layers.push({ kind: "t", start: at(t.start), end: at(t.end), item: t });
  for (const e of article.events) layers.push({ kind: "ev", start: at(e.start), end: at(e.end), item: e, origin: e.start });
  const cuts = new Set([0, text.length]);
  for (const layer of layers) {
    if (layer.start < layer.end && layer.start >= 0 && layer.end <= text.length) { cuts.add(layer.start); cuts.add(layer.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const container = h("div", { class: "article-text", id: "article-text", lang: article.language });
  let focusNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const active = layers.filter((l) => l.start <= a && l.end >= b && l.start < l.end);
    if (!active.length) { container.appendChild(document.createTextNode(piece)); continue; }
    const mention = active.find((l) => l.kind === "m");
    const time = active.find((l) => l.kind === "t");
    const event = active.find((l) => l.kind === "ev");
    const classes = [];
    const titles = [];
    if (event) { classes.push("ev-" + (event.item.quad || "other")); titles.push(event.item.type + (event.item.summary ? ": " + event.item.summary : "")); }
    if (time) { classes.push("t"); titles.push("time: " + dateText(time.item.date)); }
    if (mention) { classes.push("m", "m-" + mention.item.kind); titles.push(mention.item.kind + (mention.item.entity_id ? ": " + entityName(entities, mention.item.entity_id) : "")); }
    const props = { class: classes.join(" "), title: titles.join("\n"), text: piece };
    if (mention && mention.item.entity_id) props["data-entity"] = mention.item.entity_id;
    if (event && event.item.event_id) props["data-event"] = event.item.event_id;
    const node = mention && mention.item.entity_id ? h("a", Object.assign(props, { href: "#/entity/" + enc(mention.item.entity_id) })) : h("span", props);
    if (event && focusAt !== null && event.origin === focusAt) {
      node.classList.add("focus");
      if (!focusNode) focusNode = node;
    }
    container.appendChild(node);
  }
  return { container: container, focusNode: focusNode };
}

async function renderArticle(id, params) {
  const data = await source.article(id);
  if (!data) return notFound("Article");
  const article = data.article;
  const focusAt = params.has("at") ? parseInt(params.get("at"), 10) : null;
  const { container, focusNode } = highlighted(article, data.entities, focusAt);
  const toggle = (cls, label) => {
    const box = h("input", { type: "checkbox", checked: true, onchange: () => container.classList.toggle(cls, !box.checked) });
    return h("label", null, box, " " + label);
  };
  const facts = [
    ["Language", article.language], ["Published", article.published], ["Outlet", article.outlet], ["Byline", article.byline],
    ["Source", article.source], ["Translated", article.machine_translated ? "machine translated" + (article.translated_from ? " from " + article.translated_from : "") : null],
  ].filter(([, v]) => v);
  shell(
    h("h1", { text: article.title || "(untitled)" }),
    h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]),
      article.url ? [h("dt", { text: "URL" }), h("dd", null, h("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: article.url }))] : null,
      data.story ? [h("dt", { text: "Story" }), h("dd", null, link("/story/" + enc(data.story.id), data.story.title || "(untitled story)"))] : null,
      article.duplicate_of ? [h("dt", { text: "Duplicate of" }), h("dd", null, link("/article/" + enc(article.duplicate_of), article.duplicate_of))] : null),
    h("div", { class: "toggles" }, toggle("hide-m", "entities (" + article.mentions.length + ")"), toggle("hide-t", "time expressions (" + article.times.length + ")"), toggle("hide-ev", "event sentences (" + article.events.length + ")")),
    container,
    h("h2", { text: "Events in this article" }),
    article.events.length ? h("ul", { class: "plain", id: "article-events" }, article.events.map((event) => h("li", null, typeBadge(event.type), " ",
      event.event_id && data.story ? link("/story/" + enc(data.story.id) + "?event=" + enc(event.event_id), event.summary || event.type) : event.summary || event.type,
      h("span", { class: "meta", text: " · " + event.status })))) : h("p", { class: "muted", text: "No events." }));
  if (focusNode) focusNode.scrollIntoView({ block: "center" });
}
