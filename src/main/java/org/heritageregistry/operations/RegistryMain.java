package org.heritageregistry.operations;

import org.heritageregistry.common.MalformedRequestRefusal;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point (java -jar, dev mode). It exists to set, before Vert.x loads, the
 * system properties that hand the HTTP layer's malformed-request checks to
 * {@link MalformedRequestRefusal}, which answers them as problem documents; a property given on
 * the command line wins.
 */
@QuarkusMain
public class RegistryMain {

    public static void main(String... args) {
        MalformedRequestRefusal.SYSTEM_PROPERTIES.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        Quarkus.run(args);
    }
}
