package nl.koers.survey.instrument.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.error.Violations;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.instrument.Instrument;
import nl.koers.survey.instrument.store.InstrumentStore;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Instruments are platform data: every signed-in user may read them, only a platform admin publishes a version. */
@RestController
@RequestMapping("/api/surveys/instruments")
class InstrumentController {
    private final InstrumentStore store;
    private final Clock clock;

    InstrumentController(InstrumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return store.list();
    }

    @GetMapping("/{instrumentId}/versions/{version}")
    Instrument get(@PathVariable String instrumentId, @PathVariable int version) {
        return store.find(instrumentId, version).orElseThrow(() -> new NotFound("instrumentId",
                "instrument " + instrumentId + " version " + version));
    }

    /** Publishes a new version; the version must be the next one (a published version is never changed). */
    @PostMapping(consumes = "application/json")
    ResponseEntity<Instrument> publish(@RequestBody Instrument instrument) {
        if (!TenantScopes.current().roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform admin publishes instruments");
        }
        if (instrument == null || instrument.id() == null) {
            throw new InvalidInput("id", "is required");
        }
        List<Violations.Violation> problems = instrument.definitionProblems();
        if (!problems.isEmpty()) {
            throw new Violations("the instrument is not valid", problems);
        }
        int next = store.latestVersion(instrument.id()) + 1;
        if (instrument.version() > next) {
            throw new RuleViolation("version", "the next version of " + instrument.id() + " is " + next);
        }
        store.publish(instrument, clock.instant());
        return ResponseEntity.created(URI.create("/api/surveys/instruments/" + instrument.id() + "/versions/"
                + instrument.version())).body(instrument);
    }
}
