package org.sopflow.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.ParseException;
import org.sopflow.engine.NewDeployment;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SafeExpressions;

/**
 * A model cannot run code on the server. A deployment is refused, naming the file, the element and
 * the line, when a model holds
 * <ul>
 *   <li>a script in a language outside {@code sop.scripts.allowed-languages} (script tasks, script
 *       listeners, script conditions);</li>
 *   <li>a Java class ({@code camunda:class}, a listener's {@code class}) outside
 *       {@code sop.scripts.allowed-classes}, or a delegate expression naming anything but a bean of
 *       {@code sop.scripts.allowed-beans};</li>
 *   <li>an expression ({@code ${...}}) that does more than read variables and compare them
 *       ({@link SafeExpressions}), wherever it stands: conditions, assignees, due dates, timers,
 *       input and output mappings;</li>
 *   <li>a CMMN case, or a DMN decision unless {@code sop.scripts.allow-decisions} (then held to the
 *       same rules).</li>
 * </ul>
 * The SOPs need none of these: their conditions read the decision a step recorded.
 */
final class ModelPolicy implements SopEngineHook {

  /**
   * The namespaces whose attributes the engine runs: Camunda's, Activiti's (which Camunda 7 still reads in
   * its place) and Operaton's (which the Operaton build reads besides Camunda's).
   */
  private static final Set<String> ENGINE_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn",
      "http://activiti.org/bpmn", "http://operaton.org/schema/1.0/bpmn");
  private static final Set<String> CLASSES = Set.of("class", "variableMappingClass");
  private static final Set<String> DELEGATES = Set.of("delegateExpression", "variableMappingDelegateExpression");
  private static final XMLInputFactory XML = secureFactory();

  private final ScriptProperties properties;
  private final Set<String> languages;

  ModelPolicy(ScriptProperties properties) {
    this.properties = properties;
    this.languages = properties.allowedLanguages().stream().map(language -> language.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  @Override
  public Stage stage() {
    return Stage.POLICY;
  }

  @Override
  public void beforeDeploy(NewDeployment deployment) {
    for (Map.Entry<String, byte[]> resource : deployment.resources().entrySet()) {
      String name = resource.getKey();
      List<String> refused = new ArrayList<>();
      if (name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml")) {
        refused.add("CMMN cases are not SOPs and cannot be deployed here");
      } else if ((name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) && !properties.allowDecisions()) {
        refused.add("DMN decisions are not allowed (sop.scripts.allow-decisions)");
      } else if (isModel(name)) {
        refused.addAll(refusals(resource.getValue()));
      }
      if (!refused.isEmpty()) {
        throw new ParseException(name + ": a model cannot run code on the server: " + String.join("; ", refused),
            name, List.of(), List.of());
      }
    }
  }

  private static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }

  /** One pass over the XML; an unreadable file is left to the lint and to Camunda's parser. */
  private List<String> refusals(byte[] xml) {
    List<String> refused = new ArrayList<>();
    Deque<String> elements = new ArrayDeque<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String id = reader.getAttributeValue(null, "id");
          elements.push(id != null ? reader.getLocalName() + " '" + id + "'"
              : elements.isEmpty() ? reader.getLocalName() : elements.peek());
          element(reader, elements.peek(), refused);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          elements.pop();
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          expressions(reader.getText(), elements.peek(), reader, refused);
        }
      }
    } catch (XMLStreamException e) {
      return List.of();
    }
    return refused;
  }

  private void element(XMLStreamReader reader, String where, List<String> refused) {
    String language = reader.getAttributeValue(null, "scriptFormat");
    if (language == null && ("conditionExpression".equals(reader.getLocalName())
        || "inputExpression".equals(reader.getLocalName()))) {
      language = reader.getAttributeValue(null, "language");
    }
    if (language != null && !languages.contains(language.toLowerCase(Locale.ROOT))) {
      refused.add(where + " in language '" + language + "' (line " + line(reader)
          + "); allowed languages (sop.scripts.allowed-languages): " + (languages.isEmpty() ? "none" : languages));
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      boolean engine = engineNamespace(namespace)
          || (namespace == null || namespace.isEmpty()) && engineNamespace(reader.getNamespaceURI());
      String attribute = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if (engine && CLASSES.contains(attribute) && !properties.allowedClasses().contains(value.trim())) {
        refused.add(where + ": Java class '" + value + "' (line " + line(reader)
            + "); a class runs only when named in sop.scripts.allowed-classes");
      } else if (engine && DELEGATES.contains(attribute) && !allowedBean(value)) {
        refused.add(where + ": delegate expression '" + value + "' (line " + line(reader)
            + "); only a bean of sop.scripts.allowed-beans, as ${name}");
      } else {
        expressions(value, where, reader, refused);
      }
    }
  }

  private static boolean engineNamespace(String namespace) {
    return namespace != null && ENGINE_NAMESPACES.contains(namespace);
  }

  private boolean allowedBean(String expression) {
    String trimmed = expression.trim();
    return trimmed.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")
        && properties.allowedBeans().contains(trimmed.substring(2, trimmed.length() - 1).trim());
  }

  private static void expressions(String text, String where, XMLStreamReader reader, List<String> refused) {
    SafeExpressions.refusals(text).forEach(why -> refused.add(where + ": expression " + why + " (line "
        + line(reader) + ")"));
  }

  private static int line(XMLStreamReader reader) {
    return reader.getLocation().getLineNumber();
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
