package nl.koers.training.people.web;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koers.contracts.training.CertificateId;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.pdf.PdfDocument;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.privacy.SubjectErased;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.people.StaffRoster;
import nl.koers.training.people.StaffRoster.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import nl.koers.training.input.Inputs;

/**
 * A person's training record (every session they enrolled in, waited for, attended; their certificates) and the
 * certificate as a Dutch PDF. A person sees their own; a coordinator or board admin sees the record at their school.
 */
@Service
public class TrainingRecords {
    static final Set<Role> SCHOOL_READERS = EnumSet.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final JdbcTemplate jdbc;
    private final SchoolAccess access;
    private final PersonalDataVault vault;
    private final StaffRoster roster;

    TrainingRecords(JdbcTemplate jdbc, SchoolAccess access, PersonalDataVault vault, StaffRoster roster) {
        this.jdbc = jdbc;
        this.access = access;
        this.vault = vault;
        this.roster = roster;
    }

    public record RecordLine(String sessionId, String courseId, String courseTitle, String kind, String provider,
                             LocalDate date, LocalTime start, LocalTime end, String place, String schoolId,
                             String role, String status, Boolean attended, BigDecimal hours,
                             boolean sessionCancelled) {
    }

    public record CertificateLine(String certificateId, String sessionId, String courseTitle, String provider,
                                  LocalDate date, BigDecimal hours, String schoolId) {
    }

    /** {@code hoursAttended}: the hours of every attended session, accredited or not. */
    public record TrainingRecord(String participant, List<RecordLine> sessions, List<CertificateLine> certificates,
                                 BigDecimal hoursAttended) {
    }

    public TrainingRecord mine(TenantScope scope) {
        return record(scope.user(), Optional.empty());
    }

    public TrainingRecord atSchool(TenantScope scope, SchoolId school, UserId person) {
        access.require(scope, school, SCHOOL_READERS);
        return record(person, Optional.of(school));
    }

    public List<StaffMember> staff(TenantScope scope, SchoolId school) {
        access.require(scope, school, SCHOOL_READERS);
        return roster.staffOf(school);
    }

    private TrainingRecord record(UserId person, Optional<SchoolId> school) {
        String schoolFilter = school.map(SchoolId::value).orElse(null);
        List<RecordLine> sessions = jdbc.query("""
                select e.*, s.session_date, s.start_time, s.end_time, s.online, s.city, s.venue, s.cancelled,
                  c.course_id, c.title, c.kind, c.provider, c.hours
                from training_enrolment e join training_session s on s.session_id = e.session_id
                  join training_course c on c.course_id = s.course_id
                where e.participant = ? and (?::varchar is null or e.school_id = ?)
                order by s.session_date, s.start_time""", TrainingRecords::line, person.value(), schoolFilter,
                schoolFilter);
        List<CertificateLine> certificates = jdbc.query("""
                select * from training_certificate where participant = ? and (?::varchar is null or school_id = ?)
                order by session_date""", (rs, n) -> new CertificateLine(rs.getString("certificate_id"),
                rs.getString("session_id"), rs.getString("course_title"), rs.getString("provider"),
                rs.getDate("session_date").toLocalDate(), Inputs.hours(rs.getBigDecimal("hours")),
                rs.getString("school_id")), person.value(), schoolFilter, schoolFilter);
        BigDecimal hours = sessions.stream().filter(l -> Boolean.TRUE.equals(l.attended())).map(RecordLine::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TrainingRecord(person.value(), sessions, certificates, Inputs.hours(hours));
    }

    private static RecordLine line(ResultSet rs, int n) throws SQLException {
        String place = rs.getBoolean("online") ? "online"
                : rs.getString("city") + (rs.getString("venue") == null ? "" : ", " + rs.getString("venue"));
        Boolean attended = rs.getObject("attended") == null ? null : rs.getBoolean("attended");
        return new RecordLine(rs.getString("session_id"), rs.getString("course_id"), rs.getString("title"),
                rs.getString("kind"), rs.getString("provider"), rs.getDate("session_date").toLocalDate(),
                rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(), place,
                rs.getString("school_id"), rs.getString("role"), rs.getString("status"), attended,
                Inputs.hours(rs.getBigDecimal("hours")), rs.getBoolean("cancelled"));
    }

    /** The caller's own certificate; anyone else's answers 404. */
    public byte[] myCertificate(TenantScope scope, CertificateId id) {
        return pdf(certificate(id).filter(c -> c.participant().equals(scope.user().value()))
                .orElseThrow(() -> new NotFound("certificateId", "certificate " + id)));
    }

    public byte[] schoolCertificate(TenantScope scope, SchoolId school, CertificateId id) {
        access.require(scope, school, SCHOOL_READERS);
        return pdf(certificate(id).filter(c -> c.school().equals(school.value()))
                .orElseThrow(() -> new NotFound("certificateId", "certificate " + id)));
    }

    private record Certificate(String id, String participant, String school, SealedText name, String title,
                               String provider, LocalDate date, BigDecimal hours) {
    }

    private Optional<Certificate> certificate(CertificateId id) {
        return jdbc.query("select * from training_certificate where certificate_id = ?", (rs, n) -> new Certificate(
                rs.getString("certificate_id"), rs.getString("participant"), rs.getString("school_id"),
                new SealedText(rs.getString("name_subject"), rs.getString("name_sealed")), rs.getString("course_title"),
                rs.getString("provider"), rs.getDate("session_date").toLocalDate(),
                Inputs.hours(rs.getBigDecimal("hours"))), id.value()).stream().findFirst();
    }

    /** The certificate in Dutch: who, which activity, when, how many hours, and that the Lerarenregister accredits it. */
    private byte[] pdf(Certificate c) {
        String name = vault.open(c.name()).orElseThrow(() -> new SubjectErased(c.name().subject()));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Naam", name);
        facts.put("Activiteit", c.title());
        facts.put("Aanbieder", c.provider());
        facts.put("Datum", DUTCH_DATE.format(c.date()));
        facts.put("Studiebelasting", c.hours().toPlainString() + " uur");
        facts.put("Lerarenregister", "geaccrediteerde professionaliseringsactiviteit");
        facts.put("Certificaatnummer", c.id());
        return PdfDocument.create("Certificaat van deelname")
                .paragraph("Hierbij verklaren wij dat " + name + " heeft deelgenomen aan de professionaliseringsactiviteit "
                        + "'" + c.title() + "' van " + c.provider() + ".")
                .keyValues(facts)
                .paragraph("Dit certificaat is opgesteld door Koers op basis van de presentieregistratie van de "
                        + "organisator.")
                .toBytes();
    }
}
