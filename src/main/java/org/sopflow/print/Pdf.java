package org.sopflow.print;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/** Prints a page's XHTML to PDF, with its inline SVG charts; the page's CSS sets paper and margins. */
public final class Pdf {

  private Pdf() {
  }

  public static byte[] print(String xhtml) {
    return printMarked(xhtml, null).pdf();
  }

  /**
   * Prints the page and says where the element with id {@code elementId} landed (the slot a visible
   * signature goes into), or no place where there is none.
   */
  public static Printed printMarked(String xhtml, String elementId) {
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      Place place;
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDF();
        place = elementId == null ? null : placeOf(renderer, elementId);
      }
      return new Printed(pdf.toByteArray(), place);
    } catch (IOException e) {
      throw new UncheckedIOException("The page cannot be printed to PDF", e);
    }
  }

  private static Place placeOf(PdfBoxRenderer renderer, String elementId) {
    List<PagePosition<Box>> positions = renderer.findPagePositionsByID(Pattern.compile(Pattern.quote(elementId)));
    return positions.stream().findFirst().map(position -> new Place(position.getPageNo(), position.getX(),
        position.getY(), position.getWidth(), position.getHeight())).orElse(null);
  }

  /** @param place where the marked element is, or null */
  public record Printed(byte[] pdf, Place place) {
  }

  /** A rectangle on a page, in PDF points from the page's lower left corner; pages count from 0. */
  public record Place(int page, float x, float y, float width, float height) {
  }
}
