/**
 * A monument's dossier as a reader gets it: the monument with what is established beside what is
 * being said, its condition history, now (cached per version) or as the registry held them before
 * an instant (asOf).
 */
package org.heritageregistry.dossier;
