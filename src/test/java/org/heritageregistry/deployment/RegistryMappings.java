package org.heritageregistry.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;

/**
 * The registry's own configuration properties: every property of every {@code @ConfigMapping}
 * whose prefix is {@code registry} or below it, wherever in the code the mapping lives. Found in the
 * compiled classes and named the way SmallRye Config names them, so no application is started.
 */
final class RegistryMappings {

    static final String PREFIX = "registry";
    private static final Path CLASSES = Path.of("target/classes");
    /** How a class file refers to the annotation; only those files are loaded. */
    private static final String ANNOTATION = "L" + ConfigMapping.class.getName().replace('.', '/') + ";";

    private RegistryMappings() {
    }

    /** The mapping interfaces under {@code registry}. */
    static List<Class<?>> interfaces() {
        List<Class<?>> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(ANNOTATION)) {
                    continue;
                }
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, RegistryMappings.class.getClassLoader());
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null && (mapping.prefix().equals(PREFIX) || mapping.prefix().startsWith(PREFIX + "."))) {
                    mappings.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (mappings.isEmpty()) {
            throw new IllegalStateException("no @ConfigMapping under '" + PREFIX + "' in " + CLASSES + ": compile first");
        }
        return mappings;
    }

    /** Every property name (e.g. registry.login.window) with what its mapping declares, defaults included. */
    static Map<String, Property> properties() {
        Map<String, Property> properties = new TreeMap<>();
        for (Class<?> type : interfaces()) {
            String prefix = type.getAnnotation(ConfigMapping.class).prefix();
            ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type, prefix)).forEach((name, property) -> {
                Property other = properties.put(name, property);
                if (other != null) {
                    throw new IllegalStateException(name + " is declared by two mappings");
                }
            });
        }
        return properties;
    }

    /** The environment variable that sets a property: upper case, every other character an underscore. */
    static String envName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
