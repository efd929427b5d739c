/**
 * Running the service: metrics (counted from committed changes), readiness of the migrations,
 * request ids in logs, and the start-up lock row that instances take turns on.
 */
package org.heritageregistry.operations;
