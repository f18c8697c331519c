package nl.koers.survey.delivery.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.koers.contracts.survey.RoundId;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.delivery.InspectieSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/surveys/rounds/{roundId}")
class DeliveryController {
    private final InspectieDelivery delivery;

    DeliveryController(InspectieDelivery delivery) {
        this.delivery = delivery;
    }

    @PostMapping("/delivery-consent")
    ResponseEntity<Map<String, Object>> consent(@PathVariable SchoolId schoolId, @PathVariable String roundId) {
        delivery.recordConsent(TenantScopes.current(), schoolId, RoundId.parse(roundId));
        return ResponseEntity.status(201).body(Map.of("consent", true));
    }

    /** The summary as it would be delivered (JSON, or {@code ?format=csv}): the school can check it first. */
    @GetMapping("/inspectie-summary")
    ResponseEntity<?> summary(@PathVariable SchoolId schoolId, @PathVariable String roundId,
                              @RequestParam(defaultValue = "json") String format) {
        InspectieSummary summary = delivery.summary(TenantScopes.current(), schoolId, RoundId.parse(roundId));
        return switch (format) {
            case "json" -> ResponseEntity.ok(summary);
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(InspectieDelivery.csv(summary));
            default -> throw new InvalidInput("format", "json or csv");
        };
    }

    @PostMapping("/inspectie-delivery")
    ResponseEntity<Map<String, Object>> deliver(@PathVariable SchoolId schoolId, @PathVariable String roundId) {
        InspectieDelivery.Delivered delivered = delivery.deliver(TenantScopes.current(), schoolId,
                RoundId.parse(roundId));
        return ResponseEntity.status(201).body(Map.of("summarySha256", delivered.summarySha256(),
                "file", delivered.file(), "summary", delivered.summary()));
    }
}
