package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Certainty a source stated or a reviewer assessed (EAMENA). */
@Schema(name = "Certainty", description = "Certainty a source stated or a reviewer assessed (EAMENA).")
public enum Certainty {
    NEGLIGIBLE, LOW, MEDIUM, HIGH, DEFINITE
}
