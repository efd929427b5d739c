package org.heritageregistry.common;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies mean exactly what they say. Jackson is lenient by default in ways that turn a
 * client's mistake into stored data: enum names are trimmed and matched by ordinal ("0"), UUIDs
 * are trimmed, an empty string becomes null, and a LocalDate may lie ten thousand centuries away,
 * beyond what a SQL DATE holds; and text may hold NUL, which PostgreSQL refuses to store. Each of
 * those is a 400 here, named by its field. So is a number or boolean sent for a text field
 * ({@code {"name":123}}): Jackson would store it as the text "123", hiding a client that sends the
 * wrong field or the wrong type.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** ISO 8601 calendar dates in the years a SQL DATE and the EDTF parser share: 0001 to 9999. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CANONICAL_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public int priority() {
        // After Quarkus registers its own modules (JavaTimeModule among them), so ours win.
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType type : LogicalType.values()) {
            if (type != LogicalType.Textual) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            }
        }
        // text fields take JSON strings only: a scalar of another type is refused, not turned into text
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        SimpleModule strict = new SimpleModule("registry-strict-json");
        strict.addDeserializer(LocalDate.class, new StrictLocalDate());
        strict.addDeserializer(UUID.class, new StrictUuid());
        strict.addDeserializer(String.class, new NoNulString());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings({ "unchecked", "rawtypes" })
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new StrictEnum(type.getRawClass());
            }
        });
        mapper.registerModule(strict);
    }

    static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
        StrictLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text, STRICT_DATE);
                    if (date.getYear() >= 1) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // falls through to the refusal below, which names the expected form
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31");
        }
    }

    static final class StrictUuid extends StdScalarDeserializer<UUID> {
        StrictUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText();
            if (!CANONICAL_UUID.matcher(text).matches()) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text, "expected a UUID such as 030d7e6a-647d-45e3-8d12-0cb1640b10da");
            }
            return UUID.fromString(text);
        }
    }

    /** Text without NUL, which PostgreSQL cannot store: refused with the field's name instead of failing the insert. */
    static final class NoNulString extends StdScalarDeserializer<String> {
        NoNulString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text.replace('\u0000', '?'), "must not contain a NUL character");
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Matches the wire name exactly: no trimming, no case folding, no ordinals. */
    static final class StrictEnum<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private final Map<String, E> byWireName = new LinkedHashMap<>();

        StrictEnum(Class<E> type) {
            super(type);
            for (E constant : type.getEnumConstants()) {
                byWireName.put(JsonEnums.jsonName(constant), constant);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (E) context.handleUnexpectedToken(handledType(), parser);
            }
            E constant = byWireName.get(parser.getText());
            if (constant == null) {
                return (E) context.handleWeirdStringValue(handledType(), parser.getText(), "expected one of " + String.join(", ", byWireName.keySet()));
            }
            return constant;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }
}
