package org.sopflow.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Prints a page's XHTML to PDF, with its inline SVG charts; the page's CSS sets paper and margins. */
public final class Pdf {

  private Pdf() {
  }

  public static byte[] print(String xhtml) {
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The page cannot be printed to PDF", e);
    }
  }
}
