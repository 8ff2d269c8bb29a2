package fi.kokemus.feedback.adapter.in.web;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes free text as a JSON string with {@code < > & '} escaped as well, so that text someone
 * typed stays inert even where the JSON ends up inside an HTML page.
 */
public class HtmlSafeStringSerializer extends StdSerializer<String> {

    public HtmlSafeStringSerializer() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : JsonStringEncoder.getInstance().quoteAsCharArray(value)) {
            switch (c) {
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                case '\'' -> json.append("\\u0027");
                default -> json.append(c);
            }
        }
        generator.writeRawValue(json.append('"').toString());
    }
}
