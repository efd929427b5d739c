package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Condition of a monument, ordered from intact to destroyed (after EAMENA damage severity and UNOSAT classes); UNKNOWN when it cannot be assessed. */
@Schema(name = "Condition", description = "Condition of a monument, ordered from intact to destroyed (after EAMENA damage severity and UNOSAT classes); UNKNOWN when it cannot be assessed.")
public enum Condition {
    INTACT, SLIGHTLY_DAMAGED, MODERATELY_DAMAGED, SEVERELY_DAMAGED, DESTROYED, UNKNOWN
}
