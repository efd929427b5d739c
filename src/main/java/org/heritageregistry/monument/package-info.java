/**
 * Monuments: the entity with its derived columns (current condition, the reports behind it),
 * creating and retiring one, the row lock a write on its claims takes, and the remembered
 * versions that let a read answer 304 without SQL (kept true across instances by a PostgreSQL
 * NOTIFY).
 */
package org.heritageregistry.monument;
