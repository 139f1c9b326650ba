package org.onedoor.site;

import java.util.stream.Collectors;
import org.onedoor.shared.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string in every JSON body passes the same control-character check as form fields
 * ({@link ControlCharacterGuard}): the JSON escape of a NUL is valid JSON but not storable text. Spring
 * Boot adds this module to the one JSON mapper, so each API request body gets it; {@link ApiErrors} answers 400 with
 * the field's path.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterJson {

    @Bean
    JacksonModule controlCharacterRefusingStrings() {
        return new SimpleModule("control-character-refusing-strings")
                .addDeserializer(String.class, new RefusingStrings());
    }

    /** The standard string reader, then the check. */
    static final class RefusingStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (Text.hasControlCharacter(value)) {
                throw new Refused(parser);
            }
            return value;
        }
    }

    /** Thrown by the reader; Jackson adds the path of the field on its way out. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser) {
            super(parser, "A string holds a control character", String.class);
        }

        /** The field as the API names it: {@code givenName}, {@code risks[0]}. */
        String field() {
            return getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? "." + reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
    }
}
