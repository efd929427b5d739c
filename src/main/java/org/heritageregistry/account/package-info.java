/**
 * Accounts and signing in: HTTP Basic and the pages' form against the account table, the sign-in
 * cache, the failed sign-in throttle and the first admin's bootstrap; personal API tokens, and single
 * sign-on with an organisation's OpenID Connect provider (SingleSignOnIdentities).
 */
package org.heritageregistry.account;
