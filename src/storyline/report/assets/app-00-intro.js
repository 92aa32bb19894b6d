/* storyline front-end: one renderer for the self-contained report and the `storyline serve` app.
 *
 * Data comes from a "source": EmbeddedSource reads the JSON blocks of report.html, ApiSource calls
 * the JSON API. Both answer with the same shapes (see storyline/report/views.py).
 * Every string from the data is untrusted: it only ever reaches the page through textContent,
 * attribute values set with setAttribute (never event handlers) or vetted hrefs. Nothing is parsed as HTML.
 *
 * The script is split into app-NN-*.js files by concern; storyline.report.embed.front_end_script()
 * joins them in name order inside one strict-mode function (they share its scope), for the report
 * (inlined) and for `storyline serve` (/assets/app.js).
 */
