/**
 * The HTTP API under /api/v1, one resource class per resource: it maps HTTP to the features'
 * services and their answers to HTTP (status, ETag, Location, problem documents) and carries the
 * OpenAPI annotations. No rule, transaction or idempotency lives here.
 */
package org.heritageregistry.api;
