package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of source making a claim. */
@Schema(name = "SourceKind", description = "Kind of source making a claim.")
public enum SourceKind {
    MONITORING_GROUP, NEWS_AGENCY, GOVERNMENT_AUTHORITY, INTERNATIONAL_ORGANISATION, SATELLITE_ANALYSIS, PERPETRATOR_MEDIA, EYEWITNESS, ACTIVIST, STATE_MEDIA
}
