package org.heritageregistry.pages;

import org.heritageregistry.source.SourceView;

/** How the pages name a source: as the API masked it, a confidential one only by its kind. */
public final class Sources {

    private Sources() {
    }

    public static String label(SourceView source) {
        if (source == null) {
            return "";
        }
        return source.name() != null ? source.name() : "Confidential source (" + source.kind() + ")";
    }
}
