package org.sopflow.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
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

/**
 * Refuses models whose scripts (script tasks, script listeners and mappings, script conditions)
 * use a language outside {@code sop.scripts.allowed-languages}. SOPs need no scripts: expressions
 * such as {@code ${keputusan == 'terbuka'}} are not scripts and stay allowed.
 */
final class ScriptPolicy implements SopEngineHook {

  private static final XMLInputFactory XML = secureFactory();

  private final Set<String> allowed;

  ScriptPolicy(List<String> allowedLanguages) {
    this.allowed = allowedLanguages == null ? Set.of()
        : allowedLanguages.stream().map(language -> language.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  @Override
  public Stage stage() {
    return Stage.POLICY;
  }

  @Override
  public void beforeDeploy(NewDeployment deployment) {
    for (Map.Entry<String, byte[]> resource : deployment.resources().entrySet()) {
      if (resource.getKey().endsWith(".bpmn") || resource.getKey().endsWith(".bpmn20.xml")) {
        List<String> refused = refusedScripts(resource.getValue());
        if (!refused.isEmpty()) {
          throw new ParseException(resource.getKey() + ": scripts are not allowed here: " + String.join("; ", refused)
              + ". Allowed languages (sop.scripts.allowed-languages): " + (allowed.isEmpty() ? "none" : allowed),
              resource.getKey(), List.of(), List.of());
        }
      }
    }
  }

  /** One pass over the XML; an unreadable file is left to the lint and to Camunda's parser. */
  private List<String> refusedScripts(byte[] xml) {
    List<String> refused = new ArrayList<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          String tag = reader.getLocalName();
          String language = reader.getAttributeValue(null, "scriptFormat");
          if (language == null && "conditionExpression".equals(tag)) {
            language = reader.getAttributeValue(null, "language");
          }
          if (language != null && !allowed.contains(language.toLowerCase(Locale.ROOT))) {
            String id = reader.getAttributeValue(null, "id");
            refused.add(tag + (id == null ? "" : " '" + id + "'") + " in language '" + language + "' (line "
                + reader.getLocation().getLineNumber() + ")");
          }
        }
      }
    } catch (XMLStreamException e) {
      return List.of();
    }
    return refused;
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
