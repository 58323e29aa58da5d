package org.sopflow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.sopflow.EngineScenario;
import org.sopflow.SopFlowApplication;
import org.sopflow.SopTestEngine;
import org.sopflow.model.ServiceStandards;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * #35's scale, measured (not a timed test): a city of {@code benchmark.city.opds} perangkat daerah
 * (40) with {@code benchmark.city.sops} SOPs each (30), their models generated from the Diskominfo
 * catalogue with every SOP key, role id and service name given the OPD's prefix, on PostgreSQL (or
 * H2: {@code benchmark.city.database}). Prints the start-up time with the deployment of every model,
 * then, with {@code benchmark.city.cases} cases per OPD a month (200, the rate) over
 * {@code benchmark.city.months} months (60: five years; the months before this one finished cases,
 * {@link PastHistory}, with their SKM answers; this month's open), the median and p95 of one OPD's
 * register, the city view, a Tasklist task query and the tracking page, and the restart over it all.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.sopflow.benchmark.CityScaleBenchmark</pre>
 */
public final class CityScaleBenchmark {

  private static final Pattern ROLE_ID = Pattern.compile("(?m)^\\s*- id: ([A-Za-z0-9._-]+)");
  private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process [^>]*\\bid=\"([^\"]+)\"");

  private CityScaleBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int opds = Integer.getInteger("benchmark.city.opds", 40);
    int sops = Integer.getInteger("benchmark.city.sops", 30);
    int cases = Integer.getInteger("benchmark.city.cases", 200);
    int rounds = Integer.getInteger("benchmark.city.rounds", 20);
    int months = Integer.getInteger("benchmark.city.months", 60);
    int templates = Integer.getInteger("benchmark.city.templates", 10);
    Path city = Files.createTempDirectory("sopflow-city-");
    List<String> ids = IntStream.rangeClosed(1, opds).mapToObj(i -> String.format("o%02d", i)).toList();
    for (String id : ids) {
      generate(city.resolve(id), id, sops);
    }
    try (OverheadRun.Database db = OverheadRun.Database.start(System.getProperty("benchmark.city.database", "postgres"))) {
      long begin = System.nanoTime();
      ConfigurableApplicationContext app = start(db, city, ids);
      double startup = (System.nanoTime() - begin) / 1e9;
      try {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        System.out.printf("FIGURES city start-up: %d OPDs x %d SOPs (%d process definitions) deployed and ready in %.1f s%n",
            opds, sops, engine.getRepositoryService().createProcessDefinitionQuery().count(), startup);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        if (months > 1) {
          long past = System.nanoTime();
          List<String> finished = finish(engine, ids, templates);
          Map<String, Long> rows = PastHistory.copy(jdbc, finished, months - 1, cases / templates);
          long answers = answers(jdbc, app.getBean(ServiceStandards.class), ids, months, cases / 5);
          jdbc.sql("ANALYZE").update();
          System.out.printf("FIGURES city history: %d finished cases (%d run by the engine, copied %d times each into"
                  + " %d months), %d SKM answers, in %.1f s; rows written: %s%n",
              finished.size() + rows.get("act_hi_procinst"), finished.size(), (months - 1) * (cases / templates),
              months - 1, answers, (System.nanoTime() - past) / 1e9, rows);
        }
        long seeded = System.nanoTime();
        List<String> codes = seed(engine, jdbc, ids, cases);
        System.out.printf("FIGURES city cases: %d cases of this month started in %.1f s%n", codes.size(),
            (System.nanoTime() - seeded) / 1e9);
        // the statistics a database grown case by case has: this month's open rows among the years' ended ones
        // (analysed before them, the planner took every open row for the one it was looking for)
        jdbc.sql("ANALYZE").update();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        measure("register of one OPD", port, rounds, i -> "/api/register?opd=" + ids.get(i % ids.size()), "admin:admin");
        measure("city view", port, Math.max(3, rounds / 5), i -> "/api/kota", "bagian-organisasi:demo");
        measure("Tasklist task query", port, rounds, i -> "/engine-rest/task?candidateGroups=" + ids.get(i % ids.size())
            + "-ppid-petugas&maxResults=50&sortBy=dueDate&sortOrder=asc", null);
        measure("tracking page", port, rounds, i -> "/lacak/" + codes.get(i * 7 % codes.size()), "");
      } finally {
        app.close();
      }
      begin = System.nanoTime();
      start(db, city, ids).close();
      System.out.printf("FIGURES city restart: nothing changed, ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
    }
  }

  private static ConfigurableApplicationContext start(OverheadRun.Database db, Path city, List<String> ids) {
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo").run(
        "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password(), "--spring.datasource.driver-class-name=" + db.driver(),
        "--sop.processes.location=" + city.toUri(), "--sop.processes.opds=" + String.join(",", ids),
        "--sop.processes.deploy=live", "--sop.processes.watch=false", "--sop.deadlines.detection-interval=PT24H",
        "--sop.metrics.refresh-interval=PT24H", "--sop.citizen.lookups-per-minute=1000000",
        // every OPD's models in Camunda's definition cache (1,000 by default), as operating.md advises a city
        "--camunda.bpm.generic-properties.properties.cache-capacity=" + System.getProperty("benchmark.city.cache", "4000"),
        "--logging.level.root=WARN");
  }

  /** One OPD's folder: the catalogue's roles, SOPs, forms and services, every id with the OPD's prefix. */
  static void generate(Path folder, String opd, int sops) throws IOException {
    Path catalogue = SopTestEngine.PROCESSES;
    String roles = Files.readString(catalogue.resolve("roles.yaml")).replaceAll("(?m)^.*opd: kecamatan-kanigaran.*$", "");
    List<String> roleIds = ids(ROLE_ID, roles);
    Files.createDirectories(folder.resolve("standar-pelayanan"));
    Files.writeString(folder.resolve("roles.yaml"), prefixed(roles, roleIds, opd, "id: ", "supervisor: "));
    Files.writeString(folder.resolve("opd.yaml"), "nama: Perangkat Daerah Uji " + opd + "\nsingkatan: " + opd + "\n");
    Files.writeString(folder.resolve("sop-dokumen.yaml"), "dokumen: []\n");
    List<Path> models;
    try (Stream<Path> files = Files.walk(catalogue)) {
      List<Path> all = files.sorted().toList();
      models = all.stream().filter(file -> file.toString().endsWith(".bpmn")).toList();
      for (Path form : all.stream().filter(file -> file.toString().endsWith(".form")).toList()) {
        Files.copy(form, folder.resolve(form.getFileName()));
      }
    }
    List<String> keys = models.stream().map(CityScaleBenchmark::key).toList();
    for (int i = 0; i < sops; i++) {
      Path model = models.get(i % models.size());
      String copy = i < models.size() ? "" : "-" + (i / models.size() + 1);
      String xml = attributes(Files.readString(model), roleIds, id -> opd + "-" + id);
      xml = attributes(xml, List.of(key(model)), id -> opd + "-" + id + copy);
      Files.writeString(folder.resolve(opd + "-" + key(model) + copy + ".bpmn"), xml);
    }
    try (Stream<Path> files = Files.list(catalogue.resolve("standar-pelayanan"))) {
      for (Path standard : files.toList()) {
        String yaml = Files.readString(standard);
        for (String key : keys) {
          yaml = yaml.replaceAll("\\b(?<![-.])" + Pattern.quote(key) + "\\b(?![-.])", opd + "-" + key);
        }
        Files.writeString(folder.resolve("standar-pelayanan").resolve(opd + "-" + standard.getFileName()), yaml);
      }
    }
  }

  private static String key(Path model) {
    try {
      return ids(PROCESS_ID, Files.readString(model)).get(0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> ids(Pattern pattern, String text) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  /** The YAML with every listed id after one of the keys given the prefix. */
  private static String prefixed(String yaml, List<String> ids, String opd, String... after) {
    String result = yaml;
    for (String id : ids) {
      for (String key : after) {
        result = result.replaceAll("(?m)(" + Pattern.quote(key) + ")" + Pattern.quote(id) + "\\s*$", "$1" + opd + "-" + id);
      }
    }
    return result;
  }

  /** The XML with every attribute whose value is one of the ids (or its {@code _di} shape) renamed. */
  private static String attributes(String xml, List<String> ids, Function<String, String> renamed) {
    String result = xml;
    for (String id : ids) {
      result = result.replace("\"" + id + "\"", "\"" + renamed.apply(id) + "\"")
          .replace("\"" + id + "_di\"", "\"" + renamed.apply(id) + "_di\"");
    }
    return result;
  }

  /** Per OPD the cases of its information-request SOP, a third a step further, each with a tracking code. */
  private static List<String> seed(ProcessEngine engine, JdbcClient jdbc, List<String> ids, int cases) throws Exception {
    List<String> codes = new ArrayList<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String opd : ids) {
      for (int i = 0; i < cases; i++) {
        String instance = engine.getRuntimeService().createProcessInstanceByKey(opd + "-pip-permohonan-informasi")
            .processDefinitionTenantId(opd).businessKey(opd + "/" + i).execute().getId();
        String code = String.format("%012d", codes.size()).chars()
            .mapToObj(digit -> String.valueOf("ACEFHJKMNP".charAt(digit - '0'))).collect(Collectors.joining());
        jdbc.sql("UPDATE sop_tracking SET code_hash = ?, issues = 1 WHERE process_instance_id = ?")
            .params(HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.US_ASCII))), instance).update();
        codes.add(code);
        if (i % 3 == 0) {
          engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
              .singleResult().getId());
        }
      }
    }
    return codes;
  }

  /**
   * Per OPD {@code count} information requests run to their end by the engine in the month before
   * this one, a step every 45 minutes: the templates of the years before.
   */
  private static List<String> finish(ProcessEngine engine, List<String> ids, int count) {
    Map<String, Object> answers = Map.of("namaPemohon", "Pemohon Uji", "rincianInformasi", "Data uji",
        "hasilPemeriksaan", "lengkap", "usulPerpanjangan", "tidak", "informasiDikuasai", "ya", "perpanjangan", "tidak",
        "keputusan", "terbuka", "nomorSuratPemberitahuan", "480/1/2026", "caraPenyerahan", "surel");
    List<String> finished = new ArrayList<>();
    Instant at = ZonedDateTime.now(EngineScenario.WIB).minusMonths(1).withDayOfMonth(2).withHour(8).withMinute(0)
        .toInstant();
    try {
      for (String opd : ids) {
        for (int i = 0; i < count; i++) {
          ClockUtil.setCurrentTime(Date.from(at));
          String instance = engine.getRuntimeService().createProcessInstanceByKey(opd + "-pip-permohonan-informasi")
              .processDefinitionTenantId(opd).businessKey(opd + "/lalu/" + i).setVariables(answers).execute().getId();
          for (int step = 0; step < 20; step++) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
            if (open.isEmpty()) {
              break;
            }
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(45))));
            open.forEach(task -> engine.getTaskService().complete(task.getId()));
          }
          if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            throw new IllegalStateException("template case " + instance + " did not end");
          }
          finished.add(instance);
        }
      }
    } finally {
      ClockUtil.reset();
    }
    return finished;
  }

  /** Per OPD {@code perMonth} SKM answers a month (marks 3 and 4) for its information-request service. */
  private static long answers(JdbcClient jdbc, ServiceStandards standards, List<String> ids, int months, int perMonth) {
    long written = 0;
    for (String opd : ids) {
      String key = opd + "-pip-permohonan-informasi";
      String service = standards.carriedOutBy(key).get(0).key();
      written += jdbc.sql("INSERT INTO sop_skm_response (id, process_definition_key, process_definition_version,"
          + " service_key, answered_at, source, u1, u2, u3, u4, u5, u6, u7, u8, u9) SELECT md5(? || g), ?, 1, ?,"
          + " date_trunc('day', now()) - make_interval(days => g * 30 * ? / ?), 'online',"
          + " 3 + g % 2, 4, 3 + g % 3 / 2, 4, 3, 4, 3 + g % 2, 4, 4 FROM generate_series(1, ?) g")
          .params(opd, key, service, months, months * perMonth, months * perMonth).update();
    }
    return written;
  }

  /** {@code user} null: each OPD's desk officer (demo); empty: no login. */
  private static void measure(String what, int port, int rounds, Function<Integer, String> path, String user)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<Double> millis = new ArrayList<>();
    for (int i = -2; i < rounds; i++) { // two rounds to warm up
      String address = path.apply(Math.max(i, 0));
      String login = user != null ? user : address.replaceAll(".*candidateGroups=([^&]+).*", "$1") + ":demo";
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
          .timeout(Duration.ofMinutes(10)).header("Accept", address.startsWith("/lacak") ? "text/html" : "application/json");
      if (!login.isEmpty()) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
      }
      long begin = System.nanoTime();
      HttpResponse<String> answer = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      double elapsed = (System.nanoTime() - begin) / 1e6;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(address + " answered " + answer.statusCode() + ": " + answer.body());
      }
      if (i >= 0) {
        millis.add(elapsed);
      }
    }
    Collections.sort(millis);
    System.out.printf("FIGURES city %s: %d requests, median %.0f ms, p95 %.0f ms%n", what, millis.size(),
        millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }
}
