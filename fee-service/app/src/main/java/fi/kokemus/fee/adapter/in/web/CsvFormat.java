package fi.kokemus.fee.adapter.in.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as Finnish spreadsheet and payroll tools read it by default: {@code ;} between fields, euros
 * with a decimal comma, UTF-8, a header row first. A field holding {@code ;}, a quote or a line
 * break is quoted.
 */
final class CsvFormat {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvFormat() {
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    static String row(List<?> fields) {
        return fields.stream().map(CsvFormat::field).collect(Collectors.joining(";")) + "\r\n";
    }

    static ResponseEntity<String> attachment(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
