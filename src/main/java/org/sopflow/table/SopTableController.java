package org.sopflow.table;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.sopflow.model.RoleCatalogue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/sops/{key}/table.xlsx}: the SOP table of the latest version (or {@code version}) of
 * a deployed SOP, in the template's workbook, for everyone who may read its process definition; and
 * {@code GET /api/sops/table-template.xlsx}, the empty template.
 */
@RestController
class SopTableController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RepositoryService repositoryService;
  private final RoleCatalogue roles;

  SopTableController(RepositoryService repositoryService, RoleCatalogue roles) {
    this.repositoryService = repositoryService;
    this.roles = roles;
  }

  @GetMapping(path = "/api/sops/{key}/table.xlsx", produces = XLSX)
  ResponseEntity<byte[]> table(@PathVariable String key, @RequestParam(required = false) Integer version) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = (version == null ? query.latestVersion() : query.processDefinitionVersion(version))
        .list().stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No SOP '" + key + "'" + (version == null ? "" : " in version " + version) + " that you may read"));
    return attachment("SOP-" + key + ".xlsx",
        SopTableExport.workbook(repositoryService.getBpmnModelInstance(definition.getId()), roles));
  }

  @GetMapping(path = "/api/sops/table-template.xlsx", produces = XLSX)
  ResponseEntity<byte[]> template() {
    return attachment("sop-template.xlsx", SopTableExport.template(roles));
  }

  private static ResponseEntity<byte[]> attachment(String file, byte[] body) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
