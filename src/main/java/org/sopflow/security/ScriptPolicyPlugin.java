package org.sopflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses models whose scripts (script tasks, script listeners and mappings, script conditions)
 * use a language outside {@code sop.scripts.allowed-languages}. SOPs need no scripts: expressions
 * such as {@code ${keputusan == 'terbuka'}} are not scripts and stay allowed.
 */
public class ScriptPolicyPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> allowed;

  public ScriptPolicyPlugin(List<String> allowedLanguages) {
    this.allowed = allowedLanguages == null ? Set.of()
        : allowedLanguages.stream().map(language -> language.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        List<String> refused = new ArrayList<>();
        collect(processElement, refused);
        if (!refused.isEmpty()) {
          throw new BpmnParseException("Scripts are not allowed here: " + String.join("; ", refused)
              + ". Allowed languages (sop.scripts.allowed-languages): " + (allowed.isEmpty() ? "none" : allowed),
              processElement);
        }
      }
    });
  }

  private void collect(Element element, List<String> refused) {
    String language = element.attribute("scriptFormat");
    if (language == null && "conditionExpression".equals(element.getTagName())) {
      language = element.attribute("language");
    }
    if (language != null && !allowed.contains(language.toLowerCase(Locale.ROOT))) {
      refused.add(element.getTagName() + (element.attribute("id") == null ? "" : " '" + element.attribute("id") + "'")
          + " in language '" + language + "' (line " + element.getLine() + ")");
    }
    for (Element child : element.elements()) {
      collect(child, refused);
    }
  }
}
