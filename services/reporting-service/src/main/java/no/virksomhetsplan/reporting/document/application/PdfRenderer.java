package no.virksomhetsplan.reporting.document.application;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document from an HTML template (Thymeleaf, escaping every value) to an accessible PDF with openhtmltopdf
 * in its PDF/UA mode: tagged structure from the HTML's headings, paragraphs and tables, the document language from
 * {@code <html lang>}, the title from {@code <title>}, and every glyph from an embedded font that has æ, ø and å.
 */
@Component
public class PdfRenderer {

    /** Liberation Sans (SIL Open Font License), shipped inside PDFBox for its own form fields. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";

    private final TemplateEngine templates = new TemplateEngine();
    private final byte[] font;

    PdfRenderer() {
        // openhtmltopdf logs every document at INFO on its own; only its warnings are worth a line.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        font = readFont();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The template filled with the variables, as HTML (also what the PDF is made from). */
    public String html(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.forLanguageTag("nb"));
        context.setVariables(variables);
        return templates.process(template, context);
    }

    public byte[] pdf(String template, Map<String, Object> variables) {
        String html = html(template, variables);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // One embedded face for every weight and style, so no text falls back to a non-embedded standard font.
        for (int weight : new int[] {400, 700}) {
            for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
            }
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Read once: every document embeds the subset of it that it uses. */
    private static byte[] readFont() {
        try (InputStream font = PdfRenderer.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("the document font " + FONT + " is not on the classpath");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
