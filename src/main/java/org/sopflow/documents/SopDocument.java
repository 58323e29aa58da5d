package org.sopflow.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;
import org.sopflow.model.SopStep;
import org.sopflow.print.QrCode;
import org.sopflow.print.Templates;

/**
 * The official SOP document (Permenpan RB 35/2012) of one SOP version as XHTML (template
 * {@code documents/sop-document}): the identity page from the process's {@code sop.*} properties,
 * and the flowchart table with one row per activity in flow order, its symbol in its role's column,
 * and its mutu baku. Well-formed XHTML, so the same markup can be printed to PDF.
 */
final class SopDocument {

  /** The identity details below the head, in the order of the Permenpan form, with their labels. */
  private static final Map<String, String> DETAILS = identityLabels();

  /** What the identity says where the approval has not given it yet. */
  static final String NOT_APPROVED = "belum disahkan";

  private static final DateTimeFormatter INDONESIAN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private SopDocument() {
  }

  /** @param services the names of the Standar Pelayanan the SOP carries out */
  static String render(SopDefinition sop, int version, BpmnModelInstance model, String unit, List<String> services) {
    return render(sop, String.valueOf(version), model, unit, services, null, List.of(), null);
  }

  /**
   * @param unit the OPD the SOP is of, as its header names it; null: the name of the model's pool
   * @param draft what the document is while it is not in force (printed above it), or null
   * @param revisions its riwayat revisi: what changed against the version before it, one line each
   * @param verificationUrl where the signed document is verified (its QR code and address are printed
   *     below the signature slot, {@code id="ttd"}), or null
   */
  static String render(SopDefinition sop, String version, BpmnModelInstance model, String unit, List<String> services,
                       String draft, List<String> revisions, String verificationUrl) {
    Process process = model.getModelElementById(sop.key());
    List<FlowchartRows.Row> rows = FlowchartRows.of(SopReader.of(process));
    return Templates.page("documents/sop-document", new Page(sop.name(), unit != null ? unit : unit(model),
        approval("nomor", "Nomor SOP", sop.identity(SopProperty.NOMOR)),
        field("tanggal-pembuatan", "Tanggal Pembuatan", date(sop, SopProperty.TANGGAL_PEMBUATAN)),
        field("tanggal-revisi", "Tanggal Revisi", date(sop, SopProperty.TANGGAL_REVISI)),
        approval("tanggal-efektif", "Tanggal Efektif", date(sop, SopProperty.TANGGAL_EFEKTIF)),
        Objects.requireNonNullElse(sop.identity(SopProperty.DISAHKAN_OLEH), NOT_APPROVED),
        List.of(field("nama", "Nama SOP", sop.name()), field("bidang", "Bidang", sop.identity(SopProperty.BIDANG)),
            field("standar-pelayanan", "Standar Pelayanan", services.isEmpty() ? null : String.join("; ", services)),
            field("versi", "Versi model", version)),
        details(sop), sop.lanes(), flowchart(sop, rows), sources(sop, rows), draft, revisions,
        verificationUrl == null ? null : new Verification(verificationUrl, QrCode.dataUri(verificationUrl))));
  }

  /** A date of the identity as an officer writes it, "5 Januari 2026"; other text as it is. */
  static String date(SopDefinition sop, SopProperty property) {
    String value = sop.identity(property);
    try {
      return value == null ? null : INDONESIAN_DATE.format(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private static Field field(String name, String label, String value) {
    return new Field(name, label, value == null ? "-" : value);
  }

  /** A field the approval fills in (nomor, tanggal efektif): until then the document says so. */
  private static Field approval(String name, String label, String value) {
    return new Field(name, label, value == null ? NOT_APPROVED : value);
  }

  private static List<DetailRow> details(SopDefinition sop) {
    List<Field> fields = DETAILS.entrySet().stream().map(detail -> field(detail.getKey(), detail.getValue(),
        sop.identity().get(detail.getKey()))).toList();
    List<DetailRow> rows = new ArrayList<>();
    for (int i = 0; i < fields.size(); i += 2) {
      rows.add(new DetailRow(fields.subList(i, Math.min(i + 2, fields.size())), i + 1 == fields.size()));
    }
    return rows;
  }

  private static List<RowView> flowchart(SopDefinition sop, List<FlowchartRows.Row> rows) {
    List<SopLane> lanes = sop.lanes();
    List<String> laneIds = lanes.stream().map(SopLane::id).toList();
    List<FlowchartLines.RowLines> lines = FlowchartLines.of(rows,
        rows.stream().map(row -> laneIds.indexOf(row.laneId())).toList(), lanes.size());
    List<RowView> views = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      FlowchartRows.Row row = rows.get(i);
      FlowchartLines.RowLines rowLines = lines.get(i);
      List<CellView> cells = new ArrayList<>();
      for (int column = 0; column < lanes.size(); column++) {
        cells.add(cell(laneIds.get(column), rowLines.cells().get(column),
            laneIds.get(column).equals(row.laneId()) ? symbol(row, rowLines) : null));
      }
      Optional<SopStep> step = sop.step(row.id());
      views.add(new RowView(row.id(), row.number(), row.name(), rowLines.pageStart(), cells,
          step.map(SopStep::kelengkapan).orElse(null), step.map(s -> waktu(s, sop)).orElse(null),
          step.map(SopStep::output).orElse(null), step.map(SopStep::keterangan).orElse(null)));
    }
    return views;
  }

  private static CellView cell(String lane, FlowchartLines.Cell cell, SymbolView symbol) {
    return new CellView(lane, cell.down(), cell.arrowFrom() > 0 ? cell.arrowFrom() : null, cell.topLeft(),
        cell.topRight(), symbol);
  }

  private static SymbolView symbol(FlowchartRows.Row row, FlowchartLines.RowLines lines) {
    return new SymbolView(row.symbol().css,
        lines.incoming().stream().map(connector -> new ConnectorView("dari", connector.row(), null)).toList(),
        lines.outgoing().stream().map(connector -> new ConnectorView("ke", connector.row(), connector.label())).toList(),
        lines.downLabel());
  }

  /** Below the table, once: where the standard times come from, with the rows each source covers. */
  private static List<Source> sources(SopDefinition sop, List<FlowchartRows.Row> rows) {
    Map<String, List<String>> rowsBySource = new LinkedHashMap<>();
    for (FlowchartRows.Row row : rows) {
      sop.step(row.id()).map(SopStep::sumberWaktu).ifPresent(source ->
          rowsBySource.computeIfAbsent(source, s -> new ArrayList<>()).add(String.valueOf(row.number())));
    }
    return rowsBySource.entrySet().stream().map(source -> new Source(String.join(" ", source.getValue()),
        String.join(", ", source.getValue()), source.getKey())).toList();
  }

  /**
   * The Waktu column: the standard time, or where the step's time comes from: the applicant (not
   * counted), a date of the request, or a calendar other than the SOP's.
   */
  static String waktu(SopStep step, SopDefinition sop) {
    if (step.menungguPemohon()) {
      return "Menunggu pemohon (tidak dihitung dalam waktu layanan)";
    }
    String text = step.waktu() == null ? "" : step.waktu().text();
    if (step.tenggatDari() != null) {
      String date = step.tenggatDari().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      text = text.isEmpty() ? "Paling lambat pada " + date : text + " sebelum " + date;
    }
    if (step.calendar() != sop.calendar() && !text.isEmpty()) {
      text += step.calendar() == CalendarKind.ROUND_THE_CLOCK ? " (24 jam)" : " (hari kerja)";
    }
    return text;
  }

  private static String unit(BpmnModelInstance model) {
    return model.getModelElementsByType(Participant.class).stream().map(Participant::getName)
        .filter(name -> name != null && !name.isBlank()).findFirst().orElse("");
  }

  private static Map<String, String> identityLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("dasar-hukum", "Dasar Hukum");
    labels.put("kualifikasi-pelaksana", "Kualifikasi Pelaksana");
    labels.put("keterkaitan", "Keterkaitan");
    labels.put("peralatan", "Peralatan/Perlengkapan");
    labels.put("peringatan", "Peringatan");
    labels.put("pencatatan", "Pencatatan dan Pendataan");
    return labels;
  }

  private record Page(String name, String unit, Field nomor, Field tanggalPembuatan, Field tanggalRevisi,
                      Field tanggalEfektif, String disahkanOleh, List<Field> more, List<DetailRow> details,
                      List<SopLane> lanes, List<RowView> rows, List<Source> sources, String draft,
                      List<String> revisions, Verification verification) {
  }

  /** Where the signed document is checked: its address and the QR code holding it. */
  private record Verification(String url, String qr) {
  }

  /** A labelled value of the identity; "-" when the model has none. */
  private record Field(String name, String label, String value) {
  }

  /** Two identity details side by side; {@code padded} when the second cell is empty. */
  private record DetailRow(List<Field> fields, boolean padded) {
  }

  private record RowView(String id, int number, String name, boolean pageStart, List<CellView> cells,
                         String kelengkapan, String waktu, String output, String keterangan) {
  }

  /** One role's cell of a row: the lines passing it, and the row's symbol when the row is this role's. */
  private record CellView(String lane, boolean down, Integer arrowFrom, boolean topLeft, boolean topRight,
                          SymbolView symbol) {
  }

  private record SymbolView(String css, List<ConnectorView> incoming, List<ConnectorView> outgoing, String downLabel) {
  }

  /** @param direction {@code dari} or {@code ke}; {@code label} the branch, on outgoing connectors only */
  private record ConnectorView(String direction, int row, String label) {
  }

  /** A source of standard times with the rows it covers. */
  private record Source(String rows, String numbers, String source) {
  }
}
