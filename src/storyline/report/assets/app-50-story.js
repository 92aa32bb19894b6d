// ---------------------------------------------------------------- story page
async function renderStory(id, params) {
  const data = await source.story(id);
  if (!data) return notFound("Story");
  const story = data.story;
  const evidence = h("div", { id: "evidence", class: "evidence", hidden: true });
  const articlesById = new Map(data.articles.concat(data.evidence_articles || []).map((a) => [a.id, a]));
  const showEvent = (event, node) => {
    for (const other of document.querySelectorAll("svg .ev.selected")) other.classList.remove("selected");
    if (node) node.classList.add("selected");
    renderEvidence(evidence, event, data.entities, articlesById);
  };
  const main = shell(
    h("h1", { text: story.title || "(untitled story)" }),
    h("p", { class: "meta" }, story.size + " articles · " + story.event_count + " events · " + span(story.start, story.end) + " · ", story.languages.map((code) => h("span", { class: "chip", text: code }))),
    h("h2", { text: "Briefing" }),
    h("div", { class: "briefing", id: "briefing", text: story.summary || "No briefing for this story." }),
    h("h2", { text: "Timeline" }),
    quadLegend(),
    data.events.length ? timeline(data.events, showEvent) : h("p", { class: "muted", text: "No events found in this story." }),
    evidence,
    data.events.length ? h("details", { class: "event-table" }, h("summary", { text: "All events as a list (" + data.events.length + ")" }),
      h("ul", { class: "plain", id: "story-events" }, data.events.map((event) => h("li", null, typeBadge(event.type), " ",
        h("a", { href: "#/story/" + enc(story.id) + "?event=" + enc(event.id), text: event.summary || event.type, "data-event": event.id,
          onclick: (e) => { e.preventDefault(); showEvent(event, main.querySelector('#timeline [data-event="' + CSS.escape(event.id) + '"]')); evidence.scrollIntoView({ block: "nearest" }); } }),
        h("span", { class: "meta", text: " · " + dateText(event.date) + " · " + event.status + " · " + event.evidence.length + " sources" }))))) : null,
    h("div", { class: "cols" },
      h("section", null, h("h2", { text: "Actor network" }), network(data.events, data.entities)),
      h("section", null, h("h2", { text: "Main actors and places" }),
        h("ul", { class: "plain" }, story.entities.slice(0, 15).map((eid) => {
          const entity = data.entities[eid];
          return h("li", null, entityLink(data.entities, eid), entity ? h("span", { class: "meta", text: " " + [entity.kind, entity.country, entity.role].filter(Boolean).join(" · ") }) : null);
        })))),
    h("h2", { text: "Articles" }),
    h("ul", { class: "plain", id: "story-articles" }, data.articles.map((article) => h("li", null,
      link("/article/" + enc(article.id), article.title || "(untitled)"),
      h("span", { class: "meta", text: " " + [article.language, article.published, article.outlet].filter(Boolean).join(" · ") + (article.duplicate_of ? " · duplicate" : "") })))));
  const wanted = params.get("event");
  if (wanted) {
    const event = data.events.find((e) => e.id === wanted);
    if (event) showEvent(event, main.querySelector('[data-event="' + CSS.escape(wanted) + '"]'));
  }
}

function quadLegend() {
  return h("div", { class: "legend" }, Object.values(palette.quads).map((quad) => {
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = quad.colour;
    return h("span", null, swatch, quad.label + " (" + quad.types.join(", ") + ")");
  }));
}

function renderEvidence(panel, event, entities, articlesById) {
  const who = (ids) => ids.length ? joinNodes(ids.map((eid) => entityLink(entities, eid)), ", ") : [h("span", { class: "muted", text: "—" })];
  panel.replaceChildren(
    h("h3", null, typeBadge(event.type), " ", event.summary || event.type),
    h("dl", { class: "facts" },
      h("dt", { text: "Date" }), h("dd", { text: dateText(event.date) }),
      h("dt", { text: "Type" }), h("dd", { text: event.type + (event.mode ? " / " + event.mode : "") }),
      h("dt", { text: "Status" }), h("dd", { text: event.status }),
      h("dt", { text: "Actors" }), h("dd", null, who(event.actors)),
      h("dt", { text: "Recipients" }), h("dd", null, who(event.recipients)),
      h("dt", { text: "Location" }), h("dd", null, event.location ? entityLink(entities, event.location) : "—"),
      h("dt", { text: "Confidence" }), h("dd", { text: Number(event.confidence).toFixed(2) }),
      (event.date_conflicts || []).length ? [h("dt", { text: "Other dates given" }), h("dd", { text: event.date_conflicts.map(dateText).join("; ") })] : null),
    h("h4", { text: "Evidence (" + event.evidence.length + ")" }),
    h("div", { class: "evidence-list" }, event.evidence.map((ev) => {
      const article = articlesById.get(ev.article_id);
      return h("div", { class: "evidence-item" },
        h("blockquote", { text: ev.sentence, lang: article ? article.language : null }),
        h("div", { class: "meta" }, "— ", link("/article/" + enc(ev.article_id) + "?at=" + ev.start, article ? article.title || "(untitled)" : ev.article_id),
          article ? " · " + [article.language, article.published, article.outlet].filter(Boolean).join(" · ") : ""));
    })));
  panel.hidden = false;
}
