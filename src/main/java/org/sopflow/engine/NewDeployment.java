package org.sopflow.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopReader;
import org.springframework.modulith.NamedInterface;

/** A deployment being stored: its resources, and after parsing the SOPs read from it. */
@NamedInterface("hooks")
public interface NewDeployment {

  String name();

  /** The deployment's id, as its process definitions carry it. */
  String id();

  /** The tenant (OPD) it is deployed to, or null for a deployment without one. */
  String tenantId();

  /**
   * Gives a deployment made without tenant to an OPD, before it is parsed (in {@link
   * SopEngineHook#beforeDeploy}): its definitions become the OPD's versions.
   */
  void assignTenant(String tenantId);

  /** The tenants other than this deployment's that already hold a process of that key ({@code null} for none). */
  List<String> otherTenantsWithProcess(String key);

  /** Every resource by name (e.g. {@code pip/pip-permohonan-informasi.bpmn}), with its content. */
  Map<String, byte[]> resources();

  /** A BPMN resource read with Camunda's BPMN Model API (once per deployment), or empty when unreadable. */
  Optional<BpmnModelInstance> model(String resourceName);

  /**
   * The SOPs read from a BPMN resource, with their findings, by process key (read once per
   * deployment, with {@link #model}); empty when unreadable.
   */
  Map<String, SopReader.Result> reads(String resourceName);

  /** The form of that id in this deployment, else the latest deployed before: what a task will open. */
  Optional<byte[]> form(String formId);

  /** The SOPs parsed from this deployment (empty before parsing). */
  List<SopDefinition> sops();

  /** Camunda's authorization service, for grants made with the deployment. */
  AuthorizationService authorizations();
}
