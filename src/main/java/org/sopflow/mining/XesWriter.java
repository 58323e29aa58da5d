package org.sopflow.mining;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an IEEE 1849-2016 XES event log as it goes, one trace at a time, with the standard
 * extensions concept, lifecycle, time and org; attributes of SOP Flow's own carry the {@code sop.} key prefix.
 */
final class XesWriter implements AutoCloseable {

  private static final String[][] EXTENSIONS = {
      {"Concept", "concept", "http://www.xes-standard.org/concept.xesext"},
      {"Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"},
      {"Time", "time", "http://www.xes-standard.org/time.xesext"},
      {"Organizational", "org", "http://www.xes-standard.org/org.xesext"}};

  private final XMLStreamWriter xml;
  private final DateTimeFormatter timestamps;

  XesWriter(OutputStream out, ZoneId zone) throws XMLStreamException {
    this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
    this.timestamps = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
  }

  /** The log's head: extensions, globals, the classifier and the log's own attributes. */
  void startLog(String name, List<String[]> attributes) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("log");
    xml.writeAttribute("xes.version", "1849.2016");
    xml.writeAttribute("xes.features", "");
    for (String[] extension : EXTENSIONS) {
      xml.writeEmptyElement("extension");
      xml.writeAttribute("name", extension[0]);
      xml.writeAttribute("prefix", extension[1]);
      xml.writeAttribute("uri", extension[2]);
    }
    xml.writeStartElement("global");
    xml.writeAttribute("scope", "trace");
    attribute("string", "concept:name", "");
    xml.writeEndElement();
    xml.writeStartElement("global");
    xml.writeAttribute("scope", "event");
    attribute("string", "concept:name", "");
    attribute("string", "lifecycle:transition", "complete");
    attribute("date", "time:timestamp", "1970-01-01T00:00:00.000+00:00");
    xml.writeEndElement();
    xml.writeEmptyElement("classifier");
    xml.writeAttribute("name", "Langkah");
    xml.writeAttribute("keys", "concept:name lifecycle:transition");
    attribute("string", "concept:name", name);
    for (String[] attribute : attributes) {
      attribute("string", attribute[0], attribute[1]);
    }
  }

  void startTrace(String name, List<String[]> attributes) throws XMLStreamException {
    xml.writeStartElement("trace");
    attribute("string", "concept:name", name);
    for (String[] attribute : attributes) {
      attribute("string", attribute[0], attribute[1]);
    }
  }

  void event(LogEvent event) throws XMLStreamException {
    xml.writeStartElement("event");
    attribute("string", "concept:name", event.name());
    attribute("string", "lifecycle:transition", event.transition());
    attribute("date", "time:timestamp", timestamps.format(event.at()));
    if (event.role() != null) {
      attribute("string", "org:role", event.role());
    }
    if (event.resource() != null) {
      attribute("string", "org:resource", event.resource());
    }
    for (String[] attribute : event.attributes()) {
      attribute("string", attribute[0], attribute[1]);
    }
    xml.writeEndElement();
  }

  void endTrace() throws XMLStreamException {
    xml.writeEndElement();
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  private void attribute(String type, String key, String value) throws XMLStreamException {
    xml.writeEmptyElement(type);
    xml.writeAttribute("key", key);
    xml.writeAttribute("value", value == null ? "" : value);
  }

  /** One event of a trace; {@code attributes} are extra string attributes as key and value. */
  record LogEvent(String name, String transition, Instant at, String role, String resource, List<String[]> attributes)
      implements Comparable<LogEvent> {

    @Override
    public int compareTo(LogEvent other) {
      return at.compareTo(other.at);
    }
  }
}
