/**
 * Sites: the heritage places monuments belong to (Palmyra, Hatra, Nimrud), with their
 * multilingual names and identifiers.
 */
package org.heritageregistry.site;
