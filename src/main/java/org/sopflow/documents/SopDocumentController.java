package org.sopflow.documents;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.print.Pdf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/sops/{key}/document} and {@code .../document.pdf}: the SOP document of the latest
 * version (or {@code version}) as HTML or PDF, for everyone who may read the SOP's process definition.
 */
@RestController
class SopDocumentController {

  private final RepositoryService repositoryService;
  private final SopCatalog catalog;
  private final ServiceStandards services;
  private final Opds opds;

  SopDocumentController(RepositoryService repositoryService, SopCatalog catalog, ServiceStandards services, Opds opds) {
    this.opds = opds;
    this.repositoryService = repositoryService;
    this.catalog = catalog;
    this.services = services;
  }

  @GetMapping(path = "/api/sops/{key}/document", produces = "text/html;charset=UTF-8")
  String document(@PathVariable String key, @RequestParam(required = false) Integer version) {
    return html(key, version);
  }

  @GetMapping(path = "/api/sops/{key}/document.pdf", produces = "application/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String key, @RequestParam(required = false) Integer version) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"SOP-" + key + ".pdf\"")
        .body(Pdf.print(html(key, version)));
  }

  private String html(String key, Integer version) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = (version == null ? query.latestVersion() : query.processDefinitionVersion(version))
        .list().stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No SOP '" + key + "'" + (version == null ? "" : " in version " + version) + " that you may read"));
    SopDefinition sop = catalog.model(definition.getId()).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "'" + key + "' is not an SOP"));
    return SopDocument.render(sop, definition.getVersion(), repositoryService.getBpmnModelInstance(definition.getId()),
        opds.find(definition.getTenantId()).map(Opd::nama).orElse(null), services.carriedOutBy(sop.key()).stream().map(StandarPelayanan::nama).toList());
  }
}
