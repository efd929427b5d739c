package org.heritageregistry.monument;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Hears, on PostgreSQL, every other instance's monument changes (LISTEN on the channel that
 * {@link MonumentChangeSignal} notifies), and vouches for {@link MonumentVersions} only while it does.
 *
 * <p>The listening is the Vert.x PostgreSQL client's {@link PgSubscriber}: a connection of its own,
 * outside the JDBC pool (a listening connection must never be handed to a request), which it opens
 * again after a loss and listens on again. A notification can be missed only while that connection
 * is down, so the versions are trusted for {@link #TRUST} after each heartbeat answered on it,
 * every {@link #HEARTBEAT}: a connection dropped silently stops the trust within that time, and
 * every subscription, the first and each after a reconnect, forgets every remembered version. On
 * an embedded database there is one instance, whose own commits are all the changes there are,
 * and nothing listens.
 */
@ApplicationScoped
public class MonumentChangeListener {

    private static final Logger LOG = Logger.getLogger(MonumentChangeListener.class);
    /** How the listener's connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "registry monument-change-listener";
    static final Duration HEARTBEAT = Duration.ofMillis(500);
    static final Duration TRUST = Duration.ofMillis(1_500);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** A connection that sends nothing for this long (heartbeats unanswered) is closed, and so reopened. */
    private static final Duration SILENCE = TRUST.plusSeconds(5);
    /** The prefix of the client metrics Vert.x makes for the listener's connection (prefix|client name). */
    private static final String METRICS = "registry_monument_listener";

    private final MonumentVersions versions;
    private final MonumentChangeSignal changes;
    private final Vertx vertx;
    private final boolean listens;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile PgSubscriber subscriber;
    private volatile long heartbeats = -1;
    private final AtomicBoolean heartbeatUnanswered = new AtomicBoolean();
    /** A LISTEN is in place on the current connection, as far as is known. */
    private volatile boolean listening;
    private volatile boolean warned;
    private volatile boolean stopped;

    MonumentChangeListener(MonumentVersions versions, MonumentChangeSignal changes, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.versions = versions;
        this.changes = changes;
        this.vertx = vertx;
        this.listens = listensOn(databaseKind);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static boolean listensOn(String databaseKind) {
        return databaseKind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    void start(@Observes StartupEvent event) {
        if (!listens) {
            versions.trustAlways();
            return;
        }
        try {
            connectOptions();
        } catch (IllegalArgumentException e) {
            LOG.warnf("Not listening for monument changes: the client cannot read the datasource URL (%s); every version is read from the database", e.getMessage());
            return;
        }
        subscribe();
        heartbeats = vertx.setPeriodic(HEARTBEAT.toMillis(), id -> heartbeat());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (heartbeats >= 0) {
            vertx.cancelTimer(heartbeats);
        }
        PgSubscriber current = subscriber;
        if (current != null) {
            try {
                current.close().toCompletionStage().toCompletableFuture().get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debugf("The monument change listener's connection did not close cleanly: %s", e);
            }
        }
        versions.distrust();
    }

    /**
     * Keeps the listener's connection out of /q/metrics: Vert.x makes its client gauges anew for
     * each connection, which Micrometer reports as a duplicate at every reconnect, and the queue of
     * one LISTEN connection says nothing anyway.
     */
    @Produces
    @Singleton
    static MeterFilter listenerConnectionMetrics() {
        return MeterFilter.denyNameStartsWith(METRICS);
    }

    /**
     * A new subscriber, connected. It reopens a lost connection by itself (the reconnect policy),
     * but not a first one that failed, and it cannot be connected again after that: so this
     * hand-written retry makes a new one.
     */
    private void subscribe() {
        if (stopped) {
            return;
        }
        PgSubscriber created = PgSubscriber.subscriber(vertx, connectOptions()).reconnectPolicy(attempts -> RETRY.toMillis());
        created.channel(MonumentChangeSignal.CHANNEL).subscribeHandler(v -> listening()).handler(changes::forget);
        subscriber = created;
        created.connect().onFailure(e -> {
            notListening(e.getMessage());
            created.close();
            if (!stopped) {
                vertx.setTimer(RETRY.toMillis(), id -> subscribe());
            }
        });
    }

    /** LISTEN runs on a new connection: whatever changed while none listened went unheard. */
    private void listening() {
        versions.distrust();
        listening = true;
        warned = false;
        LOG.infof("Listening for monument changes on %s", MonumentChangeSignal.CHANNEL);
    }

    /**
     * Asks the listening connection for an answer: PostgreSQL sends a waiting notification before
     * it, and the client hands it over first, so once the answer is in every change committed
     * before the question has been heard of. Hand-written because the subscriber tells of no loss
     * (it only reconnects), and a connection can die without a word.
     */
    private void heartbeat() {
        PgSubscriber current = subscriber;
        PgConnection connection = current == null ? null : current.actualConnection();
        if (connection == null) {
            versions.distrust();
            if (listening) { // else the first connection is still being made, or its failure was told
                notListening("the connection was lost");
            }
            return;
        }
        if (!heartbeatUnanswered.compareAndSet(false, true)) {
            return; // the last one is still out: the trust lapses, the idle timeout closes a dead connection
        }
        connection.query("select 1").execute().onComplete(answer -> {
            heartbeatUnanswered.set(false);
            if (answer.succeeded()) {
                versions.trustFor(TRUST.toNanos());
            } else {
                notListening(answer.cause().getMessage());
            }
        });
    }

    private void notListening(String why) {
        versions.distrust();
        listening = false;
        if (!stopped && !warned) {
            warned = true;
            LOG.warnf("Not listening for monument changes (%s); reading versions from the database until it reconnects", why);
        }
    }

    /** The JDBC datasource's server, database and account, so the listener hears the database the pool writes to. */
    private PgConnectOptions connectOptions() {
        String uri = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        PgConnectOptions options = PgConnectOptions.fromUri(uri);
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("application_name", APPLICATION_NAME);
        options.setTcpKeepAlive(true);
        options.setMetricsName(METRICS + "|monument-change-listener");
        options.setReadIdleTimeout((int) SILENCE.toMillis());
        options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        return options;
    }
}
