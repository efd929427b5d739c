package org.heritageregistry.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The wire name of an enum constant: its {@code @JsonProperty} if it has one, else its name. */
public final class JsonEnums {

    private JsonEnums() {
    }

    public static String jsonName(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    /** Parses a query parameter by its wire name, or names the parameter in a 400 problem. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (jsonName(constant).equals(value)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(jsonName(constant));
        }
        // the value is echoed in part: problem texts stay within the contract's bounds
        String shown = value.length() <= 60 ? value : value.substring(0, 60) + "…";
        throw ProblemException.invalidField(parameter, "value '" + shown + "' is not one of " + allowed);
    }
}
