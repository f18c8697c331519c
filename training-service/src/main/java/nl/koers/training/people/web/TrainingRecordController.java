package nl.koers.training.people.web;

import java.util.List;
import nl.koers.contracts.training.CertificateId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.training.people.StaffRoster.StaffMember;
import nl.koers.training.people.web.TrainingRecords.TrainingRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrainingRecordController {
    private final TrainingRecords records;

    TrainingRecordController(TrainingRecords records) {
        this.records = records;
    }

    @GetMapping("/api/training/me/record")
    TrainingRecord mine() {
        return records.mine(TenantScopes.current());
    }

    @GetMapping("/api/training/me/certificates/{certificateId}")
    ResponseEntity<byte[]> myCertificate(@PathVariable String certificateId) {
        return pdf(certificateId, records.myCertificate(TenantScopes.current(), CertificateId.parse(certificateId)));
    }

    @GetMapping("/api/schools/{schoolId}/training/staff")
    List<StaffMember> staff(@PathVariable SchoolId schoolId) {
        return records.staff(TenantScopes.current(), schoolId);
    }

    @GetMapping("/api/schools/{schoolId}/training/people/{userId}/record")
    TrainingRecord record(@PathVariable SchoolId schoolId, @PathVariable String userId) {
        return records.atSchool(TenantScopes.current(), schoolId, new UserId(userId));
    }

    @GetMapping("/api/schools/{schoolId}/training/certificates/{certificateId}")
    ResponseEntity<byte[]> schoolCertificate(@PathVariable SchoolId schoolId, @PathVariable String certificateId) {
        return pdf(certificateId, records.schoolCertificate(TenantScopes.current(), schoolId,
                CertificateId.parse(certificateId)));
    }

    private static ResponseEntity<byte[]> pdf(String id, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificaat-" + id + ".pdf\"")
                .body(bytes);
    }
}
