package nl.koers.contracts.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.koers.platform.events.KoersEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;

/** An accredited session was attended: a certificate (a Dutch PDF, rendered on request) states name, course, date, hours. */
@KoersEvent(context = "training", name = "CertificateIssued")
public record CertificateIssued(CertificateId certificateId, SessionId sessionId, CourseId courseId,
                                UserId participant, BoardId board, SchoolId school, SealedText name,
                                String courseTitle, String provider, LocalDate date, BigDecimal hours,
                                boolean lerarenregister, Instant issuedAt) implements TrainingEvent {
}
