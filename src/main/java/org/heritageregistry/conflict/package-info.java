/**
 * Conflicts: reports on the same monument that disagree in overlapping event windows, detected by
 * ConflictDetector and kept open until the reports' decisions resolve them.
 */
package org.heritageregistry.conflict;
