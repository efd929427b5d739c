package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a party is said to control a site. */
@Schema(name = "ControlExtent", description = "How far the party controls the site: FULL (\"full control\"), PARTIAL (\"a third of the town\", "
        + "\"near complete control\"), CONTESTED (fighting on the site, \"still gunfire in the eastern part\").")
public enum ControlExtent {
    FULL, PARTIAL, CONTESTED
}
