package org.heritageregistry.export;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

/** Absolute URLs of the service's own resources, which the exports use as links and as node IRIs. */
final class Links {

    private Links() {
    }

    static String monument(UriInfo uri, String id) {
        return resolve(uri, "api/v1/monuments/" + id);
    }

    static String report(UriInfo uri, Object id) {
        return resolve(uri, "api/v1/reports/" + id);
    }

    static String source(UriInfo uri, Object id) {
        return resolve(uri, "api/v1/sources/" + id);
    }

    /**
     * A term of one of the registry's controlled vocabularies (condition, verification status,
     * source kind) named as the JSON names it, e.g. /api/v1/terms/condition/DESTROYED. An
     * identifier in the registry's own namespace: stable, but not (yet) a page of its own.
     */
    static String term(UriInfo uri, String vocabulary, String term) {
        return resolve(uri, "api/v1/terms/" + vocabulary + "/" + term);
    }

    private static String resolve(UriInfo uri, String path) {
        URI base = uri.getBaseUri();
        return base.resolve(path).toString();
    }
}
