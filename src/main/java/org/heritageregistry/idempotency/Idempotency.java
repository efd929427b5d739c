package org.heritageregistry.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.heritageregistry.common.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Runs a POST at most once per (account, Idempotency-Key). The key is claimed in the same
 * transaction that creates the resource: a retry after success finds the key and gets the same
 * resource back; a retry racing the first attempt waits on the key's row and, when the first
 * commits, fails on the primary key and replays the first result; the same key with another
 * body is a 422.
 */
@ApplicationScoped
public class Idempotency {

    /** What a POST created, and whether this answer replays an earlier one. */
    public record Outcome(String resourceId, boolean replayed) {
    }

    private final ObjectMapper json;

    Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param key the Idempotency-Key header, or null to run the operation plainly
     * @param create creates the resource and returns its id; it joins this transaction
     */
    public Outcome execute(String key, String principal, String operation, Object request, Supplier<String> create) {
        if (key == null) {
            return new Outcome(QuarkusTransaction.requiringNew().call(create::get), false);
        }
        validate(key);
        String hash = hash(operation, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimAndCreate(key, principal, operation, hash, create));
        } catch (PersistenceException | QuarkusTransactionException e) {
            // A concurrent attempt with the same key committed first: answer with its result.
            IdempotencyRecord winner = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.<IdempotencyRecord>findById(new IdempotencyRecord.Key(principal, key)));
            if (winner == null) {
                throw e;
            }
            return replay(winner, operation, hash);
        }
    }

    private Outcome claimAndCreate(String key, String principal, String operation, String hash, Supplier<String> create) {
        IdempotencyRecord existing = IdempotencyRecord.findById(new IdempotencyRecord.Key(principal, key));
        if (existing != null) {
            return replay(existing, operation, hash);
        }
        IdempotencyRecord claim = new IdempotencyRecord();
        claim.principal = principal;
        claim.key = key;
        claim.operation = operation;
        claim.requestHash = hash;
        claim.resourceId = "pending";
        claim.createdAt = Instant.now();
        claim.persist();
        IdempotencyRecord.flush(); // takes the key's row lock now, before any work is done
        claim.resourceId = create.get();
        return new Outcome(claim.resourceId, false);
    }

    private static Outcome replay(IdempotencyRecord record, String operation, String hash) {
        if (!record.operation.equals(operation) || !record.requestHash.equals(hash)) {
            throw ProblemException.unprocessable("/problems/idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request");
        }
        return new Outcome(record.resourceId, true);
    }

    /** Marks a replayed answer, so a client can tell it from a first one. */
    public static jakarta.ws.rs.core.Response.ResponseBuilder mark(jakarta.ws.rs.core.Response.ResponseBuilder response, Outcome outcome) {
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalidField("Idempotency-Key", "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

}
