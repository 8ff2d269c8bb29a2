package fi.kokemus.feedback.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void aPhoneCameraReadsTheLinkBackFromTheSvg() throws Exception {
        String link = "https://kokemus.example.org/api/feedback/public/St0BMoJzynx6tlyyNBZRrOHYK1d02pWC5PdAI0Tvolc";

        String svg = QrCodeSvg.of(link);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(new QRCodeReader().decode(rasterised(svg)).getText()).isEqualTo(link);
    }

    /** Paints the SVG's modules black on white, as a camera would see the slide. */
    private static BinaryBitmap rasterised(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int size = Integer.parseInt(viewBox.group(1)) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int left = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int top = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int y = top; y < top + PIXELS_PER_MODULE; y++) {
                Arrays.fill(pixels, y * size + left, y * size + left + PIXELS_PER_MODULE, 0);
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    }
}
