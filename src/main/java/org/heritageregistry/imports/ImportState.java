package org.heritageregistry.imports;

/** Where an import job is: waiting for a loader, being loaded, or done (its failed rows listed). */
public enum ImportState {
    QUEUED, RUNNING, FINISHED
}
