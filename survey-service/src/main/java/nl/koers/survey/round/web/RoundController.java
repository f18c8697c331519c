package nl.koers.survey.round.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.code.AccessCode;
import nl.koers.survey.round.store.ResponseRates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/surveys/rounds")
class RoundController {
    private final Rounds rounds;
    private final ResponseRates rates;
    private final Clock clock;
    private final String pupilUrl;

    RoundController(Rounds rounds, ResponseRates rates, Clock clock,
                    @Value("${koers.survey.pupil-url:http://localhost:8080/vragenlijst}") String pupilUrl) {
        this.rounds = rounds;
        this.rates = rates;
        this.clock = clock;
        this.pupilUrl = pupilUrl;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, String>> open(@PathVariable SchoolId schoolId, @RequestBody OpenRoundRequest request) {
        RoundId id = rounds.open(TenantScopes.current(), schoolId, request);
        return ResponseEntity.created(URI.create("/api/schools/" + schoolId + "/surveys/rounds/" + id))
                .body(Map.of("roundId", id.toString()));
    }

    @GetMapping
    List<RoundView> list(@PathVariable SchoolId schoolId) {
        return rounds.list(TenantScopes.current(), schoolId).stream()
                .map(round -> RoundView.of(round, clock.instant(), rates.of(round.roundId()))).toList();
    }

    @GetMapping("/{roundId}")
    RoundView get(@PathVariable SchoolId schoolId, @PathVariable String roundId) {
        return view(TenantScopes.current(), schoolId, RoundId.parse(roundId));
    }

    @PostMapping("/{roundId}/close")
    RoundView close(@PathVariable SchoolId schoolId, @PathVariable String roundId) {
        TenantScope scope = TenantScopes.current();
        rounds.close(scope, schoolId, RoundId.parse(roundId));
        return view(scope, schoolId, RoundId.parse(roundId));
    }

    /**
     * Issues a batch of codes for one class and returns them this once: as JSON, or {@code ?format=csv|pdf} as a
     * list for the teacher. Only hashes are kept, so a lost list is replaced by a new batch.
     */
    @PostMapping(path = "/{roundId}/code-batches", consumes = "application/json")
    ResponseEntity<?> issueCodes(@PathVariable SchoolId schoolId, @PathVariable String roundId,
                                 @RequestParam(defaultValue = "json") String format,
                                 @RequestBody IssueCodesRequest request) {
        if (!List.of("json", "csv", "pdf").contains(format)) {
            throw new InvalidInput("format", "json, csv or pdf");
        }
        List<AccessCode> codes = rounds.issueCodes(TenantScopes.current(), schoolId, RoundId.parse(roundId), request);
        List<String> printed = codes.stream().map(AccessCode::printed).toList();
        if (format.equals("pdf")) {
            return ResponseEntity.status(201).contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"codes.pdf\"")
                    .body(CodeList.pdf(schoolId.value(), request.classLabel().strip(), request.yearGroup(), printed,
                            pupilUrl));
        }
        if (format.equals("csv")) {
            return ResponseEntity.status(201).contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"codes.csv\"")
                    .body(CodeList.csv(request.classLabel().strip(), request.yearGroup(), printed));
        }
        return ResponseEntity.status(201).body(Map.of("classLabel", request.classLabel().strip(),
                "yearGroup", request.yearGroup(), "codes", printed));
    }

    private RoundView view(TenantScope scope, SchoolId school, RoundId id) {
        return RoundView.of(rounds.get(scope, school, id, Rounds.MANAGERS), clock.instant(), rates.of(id));
    }
}
