/**
 * The dashboard served at {@code /}: static files of the page ({@code resources/web}, plain HTML
 * and JavaScript modules, all strings in a Chinese/English dictionary), Apache ECharts from its
 * WebJar, and the live alert feed as server-sent events at {@code /events/alerts}, read from {@code
 * pace.alerts}. Everything else the page shows comes from the query API ({@code /api/v1}).
 *
 * <p>Mount it next to the query API: {@code builder.routes(streams -> Dashboard.start(config,
 * streams))}.
 */
package io.planwatch.streams.web;
