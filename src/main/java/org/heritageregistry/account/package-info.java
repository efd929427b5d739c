/**
 * Accounts and signing in: HTTP Basic and the pages' form against the account table, the sign-in
 * cache, the failed sign-in throttle and the first admin's bootstrap.
 */
package org.heritageregistry.account;
