package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Admiralty scale grade: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged. */
@Schema(name = "Reliability", description = "Admiralty scale grade: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.")
public enum Reliability {
    A, B, C, D, E, F
}
