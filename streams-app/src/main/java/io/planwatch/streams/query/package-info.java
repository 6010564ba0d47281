/**
 * The JSON query API ({@code /api/v1}) over the topology's queryable stores, described by the
 * OpenAPI file {@code openapi/planwatch-api.yaml} on the classpath (served at {@code
 * /api/v1/openapi.yaml}).
 *
 * <p>Where answers come from:
 *
 * <ul>
 *   <li>Lookups by key (progress, alert, scorecard, project) are answered by the instance whose
 *       active task holds the key's partition ({@code queryMetadataForKey}); any other instance
 *       forwards the request there with the JDK HTTP client and relays the answer, marked {@code
 *       X-Planwatch-Forwarded}. A forwarded request is answered locally, never forwarded again.
 *   <li>Lists are gathered from every instance holding the store ({@code streamsMetadataForStore}),
 *       each asked with {@code local=true}, then merged, sorted and limited by the instance that
 *       was asked. One instance that cannot answer makes the list a 503, never a silently partial
 *       list.
 *   <li>Regions and indicators come from the global stores and the target catalogue from an
 *       in-memory mirror of {@code plan.targets} that every instance reads whole: these answer
 *       locally on any instance. The alert history is the topology's {@code ALERT_HISTORY} store,
 *       routed by the alert key like the other lookups.
 * </ul>
 *
 * <p>Views are explicit records written by Jackson: enums as names, instants in Asia/Shanghai,
 * periods as {@code 2022-06} with {@code 1-6月}. Bad parameters are 400 naming the parameter and its
 * allowed values, unknown keys 404, stores not yet queryable 503 with {@code Retry-After}.
 */
package io.planwatch.streams.query;
