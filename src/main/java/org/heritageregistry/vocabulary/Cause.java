package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cause of damage, a subset of EAMENA disturbance types. */
@Schema(name = "Cause", description = "Cause of damage, a subset of EAMENA disturbance types.")
public enum Cause {
    EXPLOSIVES, HEAVY_WEAPONRY, LIGHT_WEAPONRY, BULLDOZING, LOOTING, VANDALISM, MILITARY_USE, MISUSE, FIRE, NATURAL, RESTORATION, RECONSTRUCTION, UNKNOWN
}
