package org.sopflow.print;

/** The one escaper of the pages: text as HTML or XHTML character data or attribute value. */
final class Html {

  private Html() {
  }

  /** Null as empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
