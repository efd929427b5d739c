package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of evidence item. SATELLITE_IMAGE, ON_SITE_INSPECTION and OFFICIAL_STATEMENT count as strong evidence. */
@Schema(name = "EvidenceKind", description = "Kind of evidence item. SATELLITE_IMAGE, ON_SITE_INSPECTION and OFFICIAL_STATEMENT count as strong evidence.")
public enum EvidenceKind {
    ARTICLE, OFFICIAL_STATEMENT, PHOTO, VIDEO, SATELLITE_IMAGE, ON_SITE_INSPECTION;

    /** Evidence strong enough to verify a report on its own. */
    public boolean isStrong() {
        return this == SATELLITE_IMAGE || this == ON_SITE_INSPECTION || this == OFFICIAL_STATEMENT;
    }
}
