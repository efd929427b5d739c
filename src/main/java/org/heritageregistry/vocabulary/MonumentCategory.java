package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Category of a monument. */
@Schema(name = "MonumentCategory", description = "Category of a monument.")
public enum MonumentCategory {
    TEMPLE, SHRINE, ARCH, THEATRE, COLONNADE, TETRAPYLON, FUNERARY_TOWER, NECROPOLIS, MUSEUM, STATUE, MILITARY_CAMP, CIVIC_BUILDING, FORTIFICATION, OTHER
}
