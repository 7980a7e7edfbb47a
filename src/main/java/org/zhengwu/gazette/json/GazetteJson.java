package org.zhengwu.gazette.json;

import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.model.UnitType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Writes a parse as JSON: the record components as fields, document numbers in their
 * canonical spelling ({@code 聊政发〔2022〕4号}), unit types in lower case ({@code article}),
 * dates as ISO strings, nulls kept so that every fixed field is always there.
 */
public final class GazetteJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("gazette")
                    .addSerializer(DocNumber.class, new ToStringSerializer(DocNumber.class))
                    .addSerializer(UnitType.class, new UnitTypeSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private GazetteJson() {
    }

    /** The parse as pretty-printed JSON. */
    public static String write(ParsedGazette gazette) {
        return MAPPER.writeValueAsString(gazette);
    }

    /** A parse record (a gazette, a document) as a tree, to add fields to before writing it. */
    public static ObjectNode tree(Object parse) {
        return MAPPER.valueToTree(parse);
    }

    /** A tree as pretty-printed JSON. */
    public static String write(JsonNode tree) {
        return MAPPER.writeValueAsString(tree);
    }

    private static final class UnitTypeSerializer extends ValueSerializer<UnitType> {
        @Override
        public void serialize(UnitType value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.code());
        }
    }
}
