package org.heritageregistry.monument;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hears, on PostgreSQL, every other instance's monument changes (LISTEN on the channel that
 * {@link MonumentChangeSignal} notifies), and vouches for {@link MonumentVersions} only while it does.
 *
 * <p>It holds a connection of its own, outside the pool: a listening connection must never be
 * handed to a request. A notification can be missed only while that connection is down, so the
 * versions are trusted for {@link #TRUST} after each heartbeat answered on it, every
 * {@link #HEARTBEAT}: a connection dropped silently stops the trust within that time, a reconnect
 * forgets every remembered version. On an embedded database there is one instance, whose own
 * commits are all the changes there are, and nothing listens.
 */
@ApplicationScoped
public class MonumentChangeListener {

    private static final Logger LOG = Logger.getLogger(MonumentChangeListener.class);
    /** How the listener's connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "registry monument-change-listener";
    static final Duration HEARTBEAT = Duration.ofMillis(500);
    static final Duration TRUST = Duration.ofMillis(1_500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final MonumentVersions versions;
    private final MonumentChangeSignal changes;
    private final boolean listens;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Thread thread;

    MonumentChangeListener(MonumentVersions versions, MonumentChangeSignal changes,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.versions = versions;
        this.changes = changes;
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
        running = true;
        thread = new Thread(this::listenUntilStopped, "monument-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    private void listenUntilStopped() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + MonumentChangeSignal.CHANNEL);
                LOG.infof("Listening for monument changes on %s", MonumentChangeSignal.CHANNEL);
                warned = false;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    statement.execute("select 1");
                    take(notifications.getNotifications());
                    versions.trustFor(TRUST.toNanos());
                    take(notifications.getNotifications((int) HEARTBEAT.toMillis()));
                }
            } catch (SQLException | RuntimeException e) {
                versions.distrust();
                if (running && !warned) {
                    LOG.warnf("Not listening for monument changes (%s); reading versions from the database until it reconnects", e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        versions.distrust();
    }

    private void take(PGNotification[] received) {
        if (received == null) {
            return;
        }
        for (PGNotification notification : received) {
            changes.forget(notification.getParameter());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        // a heartbeat that hangs must fail, not hold the trust it can no longer give
        properties.setProperty("socketTimeout", String.valueOf(TRUST.toSeconds() + 5));
        return DriverManager.getConnection(url, properties);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
