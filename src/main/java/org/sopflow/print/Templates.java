package org.sopflow.print;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Mustache templates under {@code classpath:templates/}, compiled once. A page template (HTML,
 * XHTML, SVG) is written over several lines and rendered as one: a line break with the spaces around
 * it is dropped after {@code >}, <code>}</code> or {@code ;} and before {@code <} or <code>{</code>,
 * and is one space elsewhere (inside text or a tag's attributes). Values are escaped by
 * {@link Html#escape}; null, missing and empty values render as nothing and are false in a section.
 * Partials ({@code {{> print/report-head}}}) are found the same way.
 */
public final class Templates {

  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*");
  private static final Mustache.Compiler PAGES = Mustache.compiler().withEscaper(Html::escape).defaultValue("")
      .emptyStringIsFalse(true).withLoader(name -> new StringReader(page(name)));
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

  private Templates() {
  }

  /** The page {@code templates/<name>.mustache} filled from {@code context} (a record, a map, ...). */
  public static String page(String name, Object context) {
    return COMPILED.computeIfAbsent(name, key -> PAGES.compile(page(key))).execute(context);
  }

  /** A message template (an e-mail) as written, line breaks kept: HTML escaped by {@link Html#escape}, or plain text. */
  public static Template message(String name, boolean html) {
    return Mustache.compiler().withEscaper(html ? Html::escape : Escapers.NONE).defaultValue("").compile(source(name));
  }

  private static String page(String name) {
    String source = source(name).strip();
    return LINE_BREAK.matcher(source).replaceAll(lineBreak -> {
      boolean afterMarkup = lineBreak.start() > 0 && ">};".indexOf(source.charAt(lineBreak.start() - 1)) >= 0;
      boolean beforeMarkup = lineBreak.end() < source.length() && "<{".indexOf(source.charAt(lineBreak.end())) >= 0;
      return afterMarkup || beforeMarkup ? "" : " ";
    });
  }

  private static String source(String name) {
    String path = "templates/" + name + ".mustache";
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Template " + path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Template " + path + " cannot be read", e);
    }
  }
}
