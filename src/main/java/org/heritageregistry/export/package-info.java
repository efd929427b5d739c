/**
 * Representations for other tools: GeoJSON, CSV and JSON-LD with CIDOC-CRM classes, chosen by
 * content negotiation, with paging links.
 */
package org.heritageregistry.export;
