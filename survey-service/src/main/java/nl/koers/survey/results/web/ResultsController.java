package nl.koers.survey.results.web;

import java.nio.charset.StandardCharsets;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResultsController {
    private final ResultsReading reading;

    ResultsController(ResultsReading reading) {
        this.reading = reading;
    }

    /** JSON, or {@code ?format=csv} for a spreadsheet; the same suppression either way. */
    @GetMapping("/api/schools/{schoolId}/surveys/rounds/{roundId}/results")
    ResponseEntity<?> results(@PathVariable SchoolId schoolId, @PathVariable String roundId,
                              @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidInput("format", "json or csv");
        }
        TenantScope scope = TenantScopes.current();
        RoundId id = RoundId.parse(roundId);
        ResultsView view = reading.view(scope, schoolId, id);
        if (format.equals("json")) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"resultaten-" + view.schoolId() + "-"
                        + view.schoolYear() + ".csv\"")
                .body(ResultsCsv.of(view, reading.closedRound(scope, schoolId, id)));
    }
}
