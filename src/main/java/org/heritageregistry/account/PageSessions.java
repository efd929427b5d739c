package org.heritageregistry.account;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The web pages' sign-in sessions, one row each (page_session). Quarkus's form authentication
 * keeps only an encrypted cookie, so before this a cookie copied before sign-out went on working
 * after it until it expired (issue 22, finding 7). The cookie now carries a session id beside the
 * account name ({@link #principal}); {@link SessionIdentityProvider} accepts it only while its
 * row has not ended, and signing out ends the row.
 */
@ApplicationScoped
public class PageSessions {

    /** The identity attribute that holds the session id of a page request. */
    public static final String ATTRIBUTE = "registry.page-session";
    /** Between name and session id in the cookie's principal: a control character no username holds. */
    static final char SEPARATOR = '\u001f';
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entities;

    PageSessions(EntityManager entities) {
        this.entities = entities;
    }

    /** A new session for a sign-in: its id, 256 random bits. */
    @Transactional
    public String start(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entities.createNativeQuery("insert into page_session (id, username, started_at) values (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, username).setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        return id;
    }

    @Transactional
    public boolean active(String id, String username) {
        Number found = (Number) entities.createNativeQuery("select count(*) from page_session where id = ?1 and username = ?2 and ended_at is null")
                .setParameter(1, id).setParameter(2, username).getSingleResult();
        return found.longValue() > 0;
    }

    /** Signing out: the session ends here, whatever copies of its cookie exist. */
    @Transactional
    public void end(String id) {
        entities.createNativeQuery("update page_session set ended_at = ?1 where id = ?2 and ended_at is null")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
    }

    /**
     * Ends every session of the account but {@code keep} (null: every one): a disabled account's
     * pages stop at their next request, and a changed password signs out the other browsers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(String username, String keep) {
        return entities.createNativeQuery("update page_session set ended_at = ?1 where username = ?2 and ended_at is null and id <> ?3")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, username).setParameter(3, keep == null ? "" : keep).executeUpdate();
    }

    /** What the session cookie carries: the account name and the session id. */
    static String principal(String username, String id) {
        return username + SEPARATOR + id;
    }

    /** The account name and session id of a cookie's principal; empty for a cookie made before sessions were kept. */
    static Optional<String[]> parse(String principal) {
        int at = principal.indexOf(SEPARATOR);
        return at <= 0 ? Optional.empty() : Optional.of(new String[] { principal.substring(0, at), principal.substring(at + 1) });
    }
}
