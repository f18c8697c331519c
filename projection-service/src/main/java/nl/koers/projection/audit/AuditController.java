package nl.koers.projection.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.tenant.BoardAccess;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.projection.privacy.ErasedSubjects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The board's audit trail for auditors and board admins: search, verification, export with the chain hashes. */
@RestController
@RequestMapping("/api/boards/{boardId}/audit")
class AuditController {
    static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.BOARD_ADMIN);
    private static final int MAX_PAGE = 500;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final AuditTrail trail;
    private final AuditVerification verification;
    private final ErasedSubjects erasedSubjects;

    AuditController(AuditTrail trail, AuditVerification verification, ErasedSubjects erasedSubjects) {
        this.trail = trail;
        this.verification = verification;
        this.erasedSubjects = erasedSubjects;
    }

    @GetMapping
    List<AuditRecord> search(@PathVariable BoardId boardId, @RequestParam(required = false) String school,
                            @RequestParam(required = false) String record, @RequestParam(required = false) String actor,
                            @RequestParam(required = false) String type, @RequestParam(required = false) Instant from,
                            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "100") int size) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE);
        }
        Set<String> erased = erasedSubjects.of(boardId.value());
        return trail.search(boardId, new AuditTrail.Query(school, record, actor, type, from, to), page * size, size)
                .stream().map(entry -> AuditRecord.of(entry, erased)).toList();
    }

    @GetMapping("/verify")
    AuditVerification.Result verify(@PathVariable BoardId boardId) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        return verification.verify(boardId);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable BoardId boardId,
                                                 @RequestParam(defaultValue = "jsonl") String format,
                                                 @RequestParam(required = false) String school,
                                                 @RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to) {
        BoardAccess.require(TenantScopes.current(), boardId, READERS);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "jsonl" -> false;
            default -> throw new InvalidInput("format", "csv or jsonl");
        };
        AuditTrail.Query query = new AuditTrail.Query(school, null, null, null, from, to);
        Set<String> erased = erasedSubjects.of(boardId.value());
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                writer.write("seq,event_id,event_type,record_id,school_id,actor,occurred_at,prev_hash,hash,payload,"
                        + "payload_as_stored,erased_subjects\n");
            }
            trail.forEach(boardId, query, entry -> {
                try {
                    AuditRecord shown = AuditRecord.of(entry, erased);
                    writer.write(csv ? csvLine(shown) : JSON.writeValueAsString(shown) + "\n");
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        String file = "audit-" + boardId + (csv ? ".csv" : ".jsonl");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType("application/x-ndjson"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(body);
    }

    private static String csvLine(AuditRecord e) {
        return String.join(",", Long.toString(e.seq()), csv(e.eventId()), csv(e.eventType()), csv(e.recordId()),
                csv(e.schoolId()), csv(e.actor()), e.occurredAt().toString(), e.prevHash(), e.hash(), csv(e.payload()),
                Boolean.toString(e.payloadAsStored()), csv(String.join(" ", e.erasedSubjects()))) + "\n";
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never executes a cell. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
