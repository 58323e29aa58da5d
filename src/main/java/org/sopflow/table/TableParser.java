package org.sopflow.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sopflow.calendar.StandardTime;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SafeExpressions;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopProperty.Place;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.End;
import org.sopflow.table.SopTable.Row;
import org.sopflow.table.SopTable.Symbol;

/**
 * Reads the sheets {@code Identitas} and {@code Prosedur} into an {@link SopTable}, collecting every
 * problem with its sheet, row and column rather than stopping at the first.
 */
final class TableParser {

  static final String NO = "No";
  static final String ID = "Id";
  static final String KEGIATAN = "Kegiatan";
  static final String KELENGKAPAN = "Kelengkapan";
  static final String WAKTU = "Waktu";
  static final String OUTPUT = "Output";
  static final String KETERANGAN = "Keterangan";
  static final String CABANG = "Cabang";
  static final String AKHIR = "Akhir";
  static final String PROPERTI = "Properti lain";
  static final String KEY = "kunci";
  static final String NAME = "nama";
  static final String UNIT = "unit";
  static final String URAIAN = "uraian";
  static final String VERSI = "versi";
  /** The identity fields that are not {@code sop.*} properties. */
  static final List<String> FIELDS = List.of(KEY, NAME, UNIT, URAIAN, VERSI);
  /** The step properties written in their own columns; the others go to Properti lain. */
  /** The properties the table gives a column of their own; the others go in Properti lain. */
  static final List<SopProperty> MUTU_BAKU = List.of(SopProperty.WAKTU, SopProperty.KELENGKAPAN, SopProperty.OUTPUT,
      SopProperty.KETERANGAN);

  private static final Pattern LANE_TITLE = Pattern.compile("(.+?)\\s*\\[([^\\]]+)]\\s*");
  private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  /** {@code Label [condition]: target}, the label and condition optional; the target a row number or "selesai". */
  private static final Pattern BRANCH = Pattern.compile("\\s*(?:([^:\\[]+?)?\\s*(?:\\[(.*)])?\\s*:)?\\s*(\\d+|selesai)\\s*",
      Pattern.CASE_INSENSITIVE);

  private final RoleCatalogue roles;
  private final List<TableProblem> problems = new ArrayList<>();

  TableParser(RoleCatalogue roles) {
    this.roles = roles;
  }

  /** The table, or an {@link InvalidTableException} naming every problem. */
  SopTable parse(String file, Map<String, List<List<String>>> sheets) {
    Map<String, String> identity = new LinkedHashMap<>();
    List<List<String>> identitas = sheet(sheets, TableSheets.IDENTITAS);
    List<List<String>> prosedur = sheet(sheets, TableSheets.PROSEDUR);
    if (identitas != null) {
      readIdentity(identitas, identity);
    }
    String key = identity.remove(KEY);
    String name = identity.remove(NAME);
    String unit = identity.remove(UNIT);
    String uraian = identity.remove(URAIAN);
    String versi = identity.remove(VERSI);
    List<String> pelaksana = new ArrayList<>();
    Map<String, String> laneNames = new LinkedHashMap<>();
    List<Row> rows = prosedur == null ? List.of() : readProcedure(prosedur, pelaksana, laneNames);
    if (!problems.isEmpty()) {
      throw new InvalidTableException(file, problems);
    }
    return new SopTable(key, name, unit, uraian, versi, identity, pelaksana, laneNames, rows);
  }

  private List<List<String>> sheet(Map<String, List<List<String>>> sheets, String name) {
    for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
      if (sheet.getKey().equalsIgnoreCase(name)) {
        return sheet.getValue();
      }
    }
    problems.add(new TableProblem(name, 0, null, "lembar '" + name + "' tidak ada"));
    return null;
  }

  /** Column A names the field ({@code kunci}, {@code nama} or a {@code sop.*} property), column C holds it. */
  private void readIdentity(List<List<String>> rows, Map<String, String> identity) {
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String field = cell(row, 0).toLowerCase(Locale.ROOT);
      String value = cell(row, 2);
      if (field.isEmpty()) {
        continue;
      }
      String property = field.startsWith(SopProperty.PREFIX) ? field.substring(SopProperty.PREFIX.length()) : field;
      if (!FIELDS.contains(property) && SopProperty.at(Place.PROCESS, property).isEmpty()) {
        problem(TableSheets.IDENTITAS, r, 0, "'" + field + "' bukan isian identitas SOP (kunci, nama, sop.nomor, ...)");
      } else if (!value.isEmpty()) {
        identity.put(property, value);
      }
    }
    String key = identity.get(KEY);
    if (key == null) {
      problem(TableSheets.IDENTITAS, -1, -1, "isian 'kunci' (kunci SOP, mis. pip-permohonan-informasi) kosong");
    } else if (!NCNAME.matcher(key).matches()) {
      problem(TableSheets.IDENTITAS, -1, -1, "kunci '" + key + "' hanya boleh berisi huruf, angka, '-', '_' dan '.',"
          + " diawali huruf");
    }
    if (identity.get(NAME) == null) {
      problem(TableSheets.IDENTITAS, -1, -1, "isian 'nama' (nama SOP) kosong");
    }
  }

  /** The header row (the first whose column A is "No"), the pelaksana columns, then one row per activity. */
  private List<Row> readProcedure(List<List<String>> rows, List<String> pelaksana, Map<String, String> laneNames) {
    int header = 0;
    while (header < rows.size() && !cell(rows.get(header), 0).equalsIgnoreCase(NO)) {
      header++;
    }
    if (header == rows.size()) {
      problem(TableSheets.PROSEDUR, -1, -1, "baris judul kolom (No, Kegiatan, pelaksana..., Kelengkapan, Waktu,"
          + " Output, Keterangan, Cabang) tidak ditemukan");
      return List.of();
    }
    Columns columns = columns(rows.get(header), header, pelaksana, laneNames);
    if (columns == null) {
      return List.of();
    }
    List<Row> result = new ArrayList<>();
    Map<Integer, Integer> sheetRowOf = new LinkedHashMap<>();
    for (int r = header + 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Row row = row(cells, r, columns, pelaksana, sheetRowOf);
      if (row != null) {
        result.add(row);
        sheetRowOf.put(row.number(), r);
      }
    }
    checkFlow(result, sheetRowOf, columns);
    return result;
  }

  /** Where each column is: the fixed ones by their header, the pelaksana between Kegiatan and Kelengkapan. */
  private record Columns(int id, int kegiatan, int firstRole, int kelengkapan, int waktu, int output, int keterangan,
                         int cabang, int akhir, int properti) {
  }

  private Columns columns(List<String> header, int r, List<String> pelaksana, Map<String, String> laneNames) {
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      at.putIfAbsent(header.get(c).toLowerCase(Locale.ROOT), c);
    }
    List<String> missing = List.of(KEGIATAN, KELENGKAPAN, WAKTU, OUTPUT, KETERANGAN, CABANG).stream()
        .filter(required -> !at.containsKey(required.toLowerCase(Locale.ROOT))).toList();
    missing.forEach(required -> problem(TableSheets.PROSEDUR, r, -1, "kolom '" + required + "' tidak ada di baris judul"));
    if (!missing.isEmpty()) {
      return null;
    }
    int kegiatan = at.get("kegiatan");
    int kelengkapan = at.get("kelengkapan");
    for (int c = kegiatan + 1; c < kelengkapan; c++) {
      // "Lane name [role-id]", or the role's id or name
      Matcher named = LANE_TITLE.matcher(header.get(c));
      String title = named.matches() ? named.group(2).trim() : header.get(c);
      Optional<Role> role = roles.find(title).or(() -> roles.roles().stream()
          .filter(candidate -> candidate.name().equalsIgnoreCase(title)).findFirst());
      if (named.matches() && role.isPresent()) {
        laneNames.put(role.get().id(), named.group(1).trim());
      }
      if (role.isEmpty()) {
        problem(TableSheets.PROSEDUR, r, c, "pelaksana '" + title + "' tidak dikenal: tulis id atau nama peran dari"
            + " roles.yaml");
      } else if (pelaksana.contains(role.get().id())) {
        problem(TableSheets.PROSEDUR, r, c, "pelaksana '" + title + "' muncul dua kali");
      }
      pelaksana.add(role.map(Role::id).orElse(title));
    }
    if (pelaksana.isEmpty()) {
      problem(TableSheets.PROSEDUR, r, -1, "tidak ada kolom pelaksana antara Kegiatan dan Kelengkapan");
    }
    return new Columns(at.getOrDefault("id", -1), kegiatan, kegiatan + 1, kelengkapan, at.get("waktu"),
        at.get("output"), at.get("keterangan"), at.get("cabang"), at.getOrDefault("akhir", -1),
        at.getOrDefault(PROPERTI.toLowerCase(Locale.ROOT), -1));
  }

  private Row row(List<String> cells, int r, Columns columns, List<String> pelaksana, Map<Integer, Integer> seen) {
    int before = problems.size();
    Integer number = null;
    try {
      number = Integer.valueOf(cell(cells, 0));
    } catch (NumberFormatException e) {
      problem(TableSheets.PROSEDUR, r, 0, "No '" + cell(cells, 0) + "' bukan bilangan bulat");
    }
    if (number != null && seen.containsKey(number)) {
      problem(TableSheets.PROSEDUR, r, 0, "No " + number + " sudah dipakai di baris " + (seen.get(number) + 1));
    }
    String kegiatan = cell(cells, columns.kegiatan());
    if (kegiatan.isEmpty()) {
      problem(TableSheets.PROSEDUR, r, columns.kegiatan(), "Kegiatan kosong");
    }
    String role = null;
    Symbol symbol = null;
    for (int c = columns.firstRole(); c < columns.kelengkapan(); c++) {
      String word = cell(cells, c);
      if (word.isEmpty()) {
        continue;
      }
      Symbol found = Symbol.of(word);
      if (found == null) {
        problem(TableSheets.PROSEDUR, r, c, "'" + word + "' bukan simbol: mulai, proses, keputusan atau selesai");
      } else if (symbol != null) {
        problem(TableSheets.PROSEDUR, r, c, "simbol di dua kolom pelaksana; satu kegiatan punya satu pelaksana");
      } else {
        symbol = found;
        role = pelaksana.get(c - columns.firstRole());
      }
    }
    if (symbol == null && problems.size() == before) {
      problem(TableSheets.PROSEDUR, r, columns.firstRole(), "tidak ada simbol (mulai, proses, keputusan, selesai) di"
          + " kolom pelaksana mana pun");
    }
    Map<String, String> properties = properties(cell(cells, columns.properti()), r, columns.properti());
    String waktu = cell(cells, columns.waktu());
    boolean timed = !"true".equalsIgnoreCase(SopProperty.MENUNGGU_PEMOHON.in(properties))
        && SopProperty.TENGGAT_DARI.in(properties) == null;
    if (symbol != null && symbol.isActivity() && (timed || !waktu.isEmpty())) {
      try {
        StandardTime.parse(waktu);
      } catch (IllegalArgumentException e) {
        problem(TableSheets.PROSEDUR, r, columns.waktu(), waktu.isEmpty() ? "Waktu kosong (mis. 2 jam, 1 hari kerja)"
            : "Waktu '" + waktu + "' tidak terbaca (mis. 15 menit, 2 jam, 1 hari kerja, PT2H)");
      }
    }
    List<Branch> branches = branches(cell(cells, columns.cabang()), r, columns.cabang());
    String id = columns.id() < 0 ? "" : cell(cells, columns.id());
    if (!id.isEmpty() && !NCNAME.matcher(id).matches()) {
      problem(TableSheets.PROSEDUR, r, columns.id(), "Id '" + id + "' hanya boleh berisi huruf, angka, '-', '_' dan"
          + " '.', diawali huruf");
    }
    if (problems.size() > before) {
      return null;
    }
    List<End> ends = ends(cell(cells, columns.akhir()), r, columns.akhir());
    if (problems.size() > before) {
      return null;
    }
    return new Row(number, kegiatan, role, symbol, cell(cells, columns.kelengkapan()), waktu,
        cell(cells, columns.output()), cell(cells, columns.keterangan()), branches, ends, id.isEmpty() ? null : id,
        properties);
  }

  /** {@code sop.menunggu-pemohon=true; sop.perpanjangan-layanan=7 hari kerja}: the step's other properties. */
  private Map<String, String> properties(String text, int r, int column) {
    Map<String, String> properties = new LinkedHashMap<>();
    // a value may hold ';' itself: a new property starts only where a name and '=' follow
    for (String part : text.split("(;|\\R)(?=\\s*(sop\\.)?[a-z][a-z-]*\\s*=)|\\R")) {
      if (part.isBlank()) {
        continue;
      }
      int equals = part.indexOf('=');
      String name = equals < 0 ? part.trim() : part.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      name = name.startsWith(SopProperty.PREFIX) ? name.substring(SopProperty.PREFIX.length()) : name;
      if (equals < 0 || SopProperty.at(Place.STEP, name).filter(property -> !MUTU_BAKU.contains(property)).isEmpty()) {
        problem(TableSheets.PROSEDUR, r, column, "'" + part.trim() + "' bukan properti langkah (mis."
            + " sop.menunggu-pemohon=true; sop.perpanjangan-layanan=7 hari kerja)");
      } else {
        properties.put(name, part.substring(equals + 1).trim());
      }
    }
    return properties;
  }

  /** {@code id | status | name} per end, separated by ';'; status and name optional. */
  private List<End> ends(String text, int r, int column) {
    List<End> ends = new ArrayList<>();
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] fields = part.split("\\|", -1);
      String endId = fields[0].trim();
      String status = fields.length > 1 && !fields[1].isBlank() ? fields[1].trim() : null;
      if (!NCNAME.matcher(endId).matches()) {
        problem(TableSheets.PROSEDUR, r, column, "Akhir '" + part.trim() + "': tulis 'id | status | nama', mis."
            + " 'permohonan-ditolak | ditolak | Permohonan ditolak'");
      } else if (status != null && !SopProperty.STATUS.value().choiceValues().contains(status)) {
        problem(TableSheets.PROSEDUR, r, column, "status '" + status + "' bukan "
            + SopProperty.STATUS.value().choiceValues());
      } else {
        ends.add(new End(endId, status, fields.length > 2 && !fields[2].isBlank() ? fields[2].trim() : null));
      }
    }
    return ends;
  }

  /** {@code Ya: 5; Tidak: 3} for a decision, a row number to jump to, {@code 5 & 6} at once, or {@code selesai}. */
  private List<Branch> branches(String text, int r, int column) {
    List<Branch> branches = new ArrayList<>();
    if (text.isBlank()) {
      return branches;
    }
    if (text.contains("&") && !text.contains("[")) {
      for (String part : text.split("&")) {
        if (!part.trim().matches("\\d+")) {
          problem(TableSheets.PROSEDUR, r, column, "Cabang '" + text.trim() + "': baris yang dimulai bersamaan ditulis"
              + " '5 & 6'");
          return branches;
        }
        branches.add(new Branch(null, null, Integer.parseInt(part.trim()), true));
      }
      return branches;
    }
    for (String part : splitOutsideBrackets(text)) {
      Matcher matcher = BRANCH.matcher(part);
      if (!matcher.matches()) {
        problem(TableSheets.PROSEDUR, r, column, "Cabang '" + part.trim() + "' tidak terbaca: tulis 'Ya: 5; Tidak: 3',"
            + " nomor baris tujuan atau 'selesai'");
        continue;
      }
      String target = matcher.group(3);
      String condition = matcher.group(2) == null || matcher.group(2).isBlank() ? null : matcher.group(2).trim();
      List<String> refused = condition == null ? List.of() : condition.matches("\\$\\{.*}")
          ? SafeExpressions.refusals(condition) : List.of("'" + condition + "' bukan ungkapan ${...}");
      if (!refused.isEmpty()) {
        problem(TableSheets.PROSEDUR, r, column, "Syarat cabang " + String.join("; ", refused) + ". Syarat hanya"
            + " boleh membaca variabel dan membandingkannya, mis. [${keputusan == 'terbuka'}]");
        continue;
      }
      branches.add(new Branch(matcher.group(1) == null ? null : matcher.group(1).trim(), condition,
          target.equalsIgnoreCase("selesai") ? Branch.END : Integer.parseInt(target), false));
    }
    return branches;
  }

  /** The parts between semicolons, a condition in square brackets kept whole. */
  private static List<String> splitOutsideBrackets(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder part = new StringBuilder();
    for (char c : text.toCharArray()) {
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == ';' && depth == 0) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts.stream().filter(p -> !p.isBlank()).toList();
  }

  /** Each row leads somewhere that exists, decisions have labelled branches, the first row is the one mulai. */
  private void checkFlow(List<Row> rows, Map<Integer, Integer> sheetRowOf, Columns columns) {
    if (rows.isEmpty()) {
      if (problems.isEmpty()) {
        problem(TableSheets.PROSEDUR, -1, -1, "prosedur tidak berisi kegiatan");
      }
      return;
    }
    Set<Integer> numbers = new HashSet<>(sheetRowOf.keySet());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int r = sheetRowOf.get(row.number());
      if ((row.symbol() == Symbol.MULAI) != (i == 0)) {
        problem(TableSheets.PROSEDUR, r, columns.firstRole(), i == 0 ? "kegiatan pertama harus bersimbol mulai"
            : "hanya kegiatan pertama yang bersimbol mulai");
      }
      for (Branch branch : row.branches()) {
        if (!branch.toEnd() && !numbers.contains(branch.row())) {
          problem(TableSheets.PROSEDUR, r, columns.cabang(), "menuju baris No " + branch.row() + ", yang tidak ada");
        }
      }
      checkBranches(row, r, columns, i == rows.size() - 1);
    }
    if (rows.stream().noneMatch(Row::leadsToEnd)) {
      problem(TableSheets.PROSEDUR, -1, -1, "tidak ada kegiatan bersimbol selesai");
    }
  }

  /** What each symbol may say in Cabang and Akhir. */
  private void checkBranches(Row row, int r, Columns columns, boolean last) {
    List<Branch> branches = row.branches();
    boolean parallel = branches.stream().anyMatch(Branch::parallel);
    if (row.symbol() == Symbol.KEPUTUSAN && (branches.size() < 2 || parallel
        || branches.stream().anyMatch(branch -> branch.label() == null))) {
      problem(TableSheets.PROSEDUR, r, columns.cabang(), "keputusan tanpa cabang: tulis setiap jawaban dan barisnya,"
          + " mis. 'Ya: 5; Tidak: 3'");
    }
    if (row.symbol() == Symbol.SELESAI && !branches.isEmpty()) {
      problem(TableSheets.PROSEDUR, r, columns.cabang(), "kegiatan selesai mengakhiri prosedur: kosongkan Cabang");
    }
    if (row.symbol().isActivity() && !parallel && branches.size() > 1) {
      problem(TableSheets.PROSEDUR, r, columns.cabang(), "kegiatan menuju satu baris; untuk pilihan pakai keputusan,"
          + " untuk kegiatan bersamaan tulis '5 & 6'");
    }
    if (last && row.symbol() != Symbol.SELESAI && branches.isEmpty()) {
      problem(TableSheets.PROSEDUR, r, columns.firstRole(), "baris terakhir tidak menuju ke mana pun: beri simbol"
          + " selesai atau isi Cabang");
    }
    long endings = row.symbol() == Symbol.SELESAI ? 1 : branches.stream().filter(Branch::toEnd).count();
    if (!row.ends().isEmpty() && row.ends().size() != endings) {
      problem(TableSheets.PROSEDUR, r, columns.akhir(), "Akhir menyebut " + row.ends().size() + " akhir, tetapi baris"
          + " ini berakhir " + endings + " kali");
    }
  }

  private void problem(String sheet, int rowIndex, int column, String message) {
    problems.add(new TableProblem(sheet, rowIndex + 1, column < 0 ? null : columnName(column), message));
  }

  /** A, B, ..., Z, AA, ... as the spreadsheet names columns. */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      name.insert(0, (char) ('A' + i % 26));
    }
    return name.toString();
  }

  private static String cell(List<String> row, int column) {
    return column >= 0 && column < row.size() ? row.get(column).trim() : "";
  }
}
