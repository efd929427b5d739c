package org.heritageregistry.account;

import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Failed sign-ins lock an account for a while, and are logged without the password. */
@QuarkusTest
@DatabaseIndependent("the lockout counts failures in memory, per instance")
@TestProfile(LoginThrottleTest.QuickLockout.class)
class LoginThrottleTest {

    public static class QuickLockout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.login.max-failures", "3", "registry.login.window", "PT1M", "registry.login.lockout", "PT3S");
        }
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresThenUnlocked() throws InterruptedException {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(LoginThrottle.class.getName());
        logger.addHandler(capture);
        try {
            as("curator2").get("/api/v1/sources").then().statusCode(200);
            for (int i = 0; i < 3; i++) {
                anonymousBreakingContract().auth().preemptive().basic("curator2", "guess-" + i).get("/api/v1/sources").then().statusCode(401);
            }
            // locked: even the right password is refused
            as("curator2").get("/api/v1/sources").then().statusCode(401);
            as("curator").get("/api/v1/sources").then().statusCode(200);
            Thread.sleep(3500);
            as("curator2").get("/api/v1/sources").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
        }
        String log = String.join("\n", logged);
        assertTrue(log.contains("curator2"), log);
        assertTrue(log.contains("locked"), log);
        assertFalse(log.contains("guess-"), "a password reached the log: " + log);
        assertFalse(log.contains("curator2-demo"), "a password reached the log: " + log);
    }
}
