package no.virksomhetsplan.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from JSON goes through {@link TextInput}: one the database cannot store fails the read, which
 * {@link ProblemDetailsAdvice} answers with 400 naming the field. Otherwise Jackson's own string handling applies.
 */
public class TextInputModule extends SimpleModule {

    public TextInputModule() {
        super("virksomhetsplan-text-input");
        addDeserializer(String.class, new CheckedStringDeserializer());
    }

    static final class CheckedStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            if (TextInput.refused(value)) {
                throw context.weirdStringException(value, String.class, TextInput.REFUSAL);
            }
            return value;
        }
    }
}
