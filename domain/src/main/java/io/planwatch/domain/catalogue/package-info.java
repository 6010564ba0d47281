/**
 * The plan catalogue: regions and zones, planning groups, indicators and plan targets, read from
 * hand-edited YAML (docs/catalogue-format.md) by {@link
 * io.planwatch.domain.catalogue.CatalogueLoader}, which reports every error with file, line and
 * field, into an immutable {@link io.planwatch.domain.catalogue.Catalogue}.
 */
package io.planwatch.domain.catalogue;
