package org.sopflow.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.sopflow.print.Pdf.Place;

/**
 * The visible signature: a framed block of a few lines in the place the document keeps for it,
 * handed to PDFBox as the template of the signature field's widget.
 */
final class SignatureBlock {

  private static final float FONT_SIZE = 6.5f;
  private static final float LEADING = 8f;

  private SignatureBlock() {
  }

  static InputStream template(PDDocument signed, Place place, List<String> lines) throws IOException {
    try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(signed.getPage(place.page()).getMediaBox());
      template.addPage(page);
      PDAcroForm form = new PDAcroForm(template);
      template.getDocumentCatalog().setAcroForm(form);
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      form.getCOSObject().setDirect(true);
      PDSignatureField field = new PDSignatureField(form);
      form.getFields().add(field);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(place.x(), place.y(), place.width(), place.height()));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      widget.setAppearance(appearance(template, place, lines));
      template.save(out);
      return new ByteArrayInputStream(out.toByteArray());
    }
  }

  private static PDAppearanceDictionary appearance(PDDocument template, Place place, List<String> lines)
      throws IOException {
    PDFormXObject form = new PDFormXObject(template);
    form.setResources(new PDResources());
    form.setFormType(1);
    form.setBBox(new PDRectangle(place.width(), place.height()));
    PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
    try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
      content.setLineWidth(0.5f);
      content.addRect(0.5f, 0.5f, place.width() - 1, place.height() - 1);
      content.stroke();
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), FONT_SIZE);
      content.setLeading(LEADING);
      content.newLineAtOffset(3, place.height() - LEADING);
      for (String line : lines) {
        content.showText(printable(line));
        content.newLine();
      }
      content.endText();
    }
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.getCOSObject().setDirect(true);
    appearance.setNormalAppearance(stream);
    return appearance;
  }

  /** The standard font's encoding (WinAnsi) has no other characters; a name keeps its letters. */
  private static String printable(String line) {
    return java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "");
  }
}
