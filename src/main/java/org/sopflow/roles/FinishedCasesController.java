package org.sopflow.roles;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.engine.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/kasus/selesai?firstResult=&maxResults=}: the finished cases the caller's roles may
 * read, the last to end first; {@code camunda-admin} reads every one.
 */
@RestController
class FinishedCasesController {

  static final int MAX_RESULTS = 100;
  static final int MAX_FIRST_RESULT = 10_000;

  private final FinishedCases cases;
  private final IdentityService identity;

  FinishedCasesController(FinishedCases cases, IdentityService identity) {
    this.cases = cases;
    this.identity = identity;
  }

  @GetMapping(path = "/api/kasus/selesai", produces = "application/json")
  List<FinishedCases.Kasus> selesai(@RequestParam(defaultValue = "0") int firstResult,
                                    @RequestParam(defaultValue = "15") int maxResults) {
    if (firstResult < 0 || firstResult > MAX_FIRST_RESULT) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "firstResult must be between 0 and "
          + MAX_FIRST_RESULT + "; for older cases ask Camunda's history with finishedBefore");
    }
    if (maxResults < 1 || maxResults > MAX_RESULTS) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "maxResults must be between 1 and " + MAX_RESULTS);
    }
    return CurrentUser.isAdmin(identity) ? cases.all(firstResult, maxResults)
        : cases.readableBy(CurrentUser.groups(identity), firstResult, maxResults);
  }
}
