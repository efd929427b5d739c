package org.heritageregistry.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, on every operation under /api/, a query parameter the operation does not take and a
 * single-valued one given more than once: a 400 naming each, instead of an answer that silently
 * ignores a filter the client believes applied ({@code ?monumentId=} for {@code ?monument=},
 * {@code asOf} on a list) or picks one of two values.
 * <p>
 * What an operation takes is read from its resource method, once per method: its
 * {@code @QueryParam} and {@code @RestQuery} parameters, those of its {@code @BeanParam} classes
 * (as {@link PageParams}' {@code cursor} and {@code limit}), and those of the resource class's
 * fields. The same annotations make the contract's query parameters, so the two cannot drift; a
 * collection or array parameter may repeat, a {@code Map} one takes any name.
 * <p>
 * The web pages (/pages) are left out: they are reached from links that other sites and mail
 * programs decorate with their own parameters (utm_source, fbclid...), a page is for a person
 * rather than a program, and they are not the contract. /q/... (health, metrics, the contract)
 * is not served by resource methods, so never comes here.
 */
public class StrictQueryParameters {

    /** Problem texts stay within the contract's bounds (FieldError.field, ApiProblem.errors). */
    private static final int MAX_NAME = 200;
    private static final int MAX_ERRORS = 20;

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        Method method = resource.getResourceMethod();
        if (method == null || !(path.startsWith("/api/") || path.startsWith("api/"))) {
            return;
        }
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Declared takes = declared.computeIfAbsent(method, m -> Declared.of(resource.getResourceClass(), m));
        if (takes.anyName()) {
            return;
        }
        // sorted by name, as the contract lists an operation's parameters
        Map<String, String> refused = new TreeMap<>();
        given.forEach((name, values) -> {
            Boolean repeatable = takes.parameters().get(name);
            if (repeatable == null) {
                refused.put(name, "is not a parameter of this operation; " + takes.describe());
            } else if (!repeatable && values.size() > 1) {
                refused.put(name, "is given more than once; this operation takes one value");
            }
        });
        if (refused.isEmpty()) {
            return;
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        refused.entrySet().stream().limit(MAX_ERRORS).forEach(e -> errors.add(new ApiProblem.FieldError(shorten(e.getKey()), e.getValue())));
        throw ProblemException.invalidFields(errors);
    }

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    /** The query parameters of one operation by name, each with whether it may repeat. */
    record Declared(Map<String, Boolean> parameters, boolean anyName) {

        String describe() {
            return parameters.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", parameters.keySet());
        }

        static Declared of(Class<?> resourceClass, Method method) {
            Collector collector = new Collector();
            collector.members(resourceClass);
            Annotation[][] annotations = method.getParameterAnnotations();
            java.lang.reflect.Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                collector.element(parameters[i].getName(), parameters[i].getType(), annotations[i]);
            }
            return new Declared(Collections.unmodifiableMap(collector.parameters), collector.anyName);
        }
    }

    /** Walks parameters, fields and setters, into {@code @BeanParam} classes. */
    private static final class Collector {

        final Map<String, Boolean> parameters = new TreeMap<>();
        boolean anyName;

        void element(String javaName, Class<?> type, Annotation[] annotations) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    add(query.value(), type);
                } else if (annotation instanceof RestQuery query) {
                    add(query.value().isEmpty() ? javaName : query.value(), type);
                } else if (annotation instanceof BeanParam) {
                    members(type);
                }
            }
        }

        void add(String name, Class<?> type) {
            if (Map.class.isAssignableFrom(type)) {
                anyName = true; // @RestQuery Map<String, String>: every parameter, by name
                return;
            }
            parameters.merge(name, Collection.class.isAssignableFrom(type) || type.isArray(), Boolean::logicalOr);
        }

        /** The annotated fields and setters of a resource or bean-parameter class and its superclasses. */
        void members(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        element(field.getName(), field.getType(), field.getAnnotations());
                    }
                }
                for (Method setter : c.getDeclaredMethods()) {
                    if (setter.getParameterCount() == 1 && !Modifier.isStatic(setter.getModifiers())) {
                        String property = setter.getName().startsWith("set") && setter.getName().length() > 3
                                ? Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4)
                                : setter.getName();
                        element(property, setter.getParameterTypes()[0], setter.getAnnotations());
                    }
                }
                for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                    Annotation[][] annotations = constructor.getParameterAnnotations();
                    java.lang.reflect.Parameter[] parameters = constructor.getParameters();
                    // an inner class's constructor lists its outer instance without annotations
                    int offset = parameters.length - annotations.length;
                    for (int i = 0; i < annotations.length; i++) {
                        element(parameters[i + offset].getName(), parameters[i + offset].getType(), annotations[i]);
                    }
                }
            }
        }
    }
}
