package nl.koers.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.koers.contracts.incident.Category;
import nl.koers.contracts.incident.ChronologyTransferAcknowledged;
import nl.koers.contracts.incident.ChronologyTransferred;
import nl.koers.contracts.incident.ConfidentialIncidentRead;
import nl.koers.contracts.incident.ErasureReceiptIssued;
import nl.koers.contracts.incident.FollowUpActionRecorded;
import nl.koers.contracts.incident.FollowUpActionType;
import nl.koers.contracts.incident.IncidentClosed;
import nl.koers.contracts.incident.IncidentCorrected;
import nl.koers.contracts.incident.IncidentDataExpired;
import nl.koers.contracts.incident.IncidentId;
import nl.koers.contracts.incident.IncidentMarkedConfidential;
import nl.koers.contracts.incident.IncidentReopened;
import nl.koers.contracts.incident.IncidentReported;
import nl.koers.contracts.incident.IncidentTriaged;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.InvolvedRole;
import nl.koers.contracts.incident.LegalHoldLifted;
import nl.koers.contracts.incident.LegalHoldPlaced;
import nl.koers.contracts.incident.Location;
import nl.koers.contracts.incident.MeldcodeDecided;
import nl.koers.contracts.incident.MeldcodeOutcome;
import nl.koers.contracts.incident.MeldcodeStarted;
import nl.koers.contracts.incident.MeldcodeStep;
import nl.koers.contracts.incident.MeldcodeStepRecorded;
import nl.koers.contracts.incident.MeldcodeStepSkipped;
import nl.koers.contracts.incident.PersonDataErased;
import nl.koers.contracts.incident.PersonId;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.contracts.incident.ReportToInspectorOverdue;
import nl.koers.contracts.incident.ReportToInspectorRecorded;
import nl.koers.contracts.incident.ReportToInspectorRequired;
import nl.koers.contracts.incident.RetentionPolicySet;
import nl.koers.contracts.incident.Severity;
import nl.koers.contracts.plan.*;
import nl.koers.contracts.survey.AnswersSubmitted;
import nl.koers.contracts.survey.Audience;
import nl.koers.contracts.survey.CodesIssued;
import nl.koers.contracts.survey.DeliveredToInspectie;
import nl.koers.contracts.survey.DeliveryConsentRecorded;
import nl.koers.contracts.survey.InspectieDeliveryReminderDue;
import nl.koers.contracts.survey.MonitorResultsPublished;
import nl.koers.contracts.survey.RoundClosed;
import nl.koers.contracts.survey.RoundId;
import nl.koers.contracts.survey.RoundOpened;
import nl.koers.contracts.survey.Scale;
import nl.koers.contracts.incident.TransferredIncident;
import java.util.Set;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.contracts.tenant.BoardOnboarded;
import nl.koers.contracts.tenant.SchoolDetailsChanged;
import nl.koers.contracts.tenant.Sector;
import nl.koers.contracts.tenant.SchoolOnboarded;
import nl.koers.contracts.tenant.UserInvited;
import nl.koers.contracts.tenant.UserRoleGranted;
import nl.koers.contracts.tenant.UserRoleRevoked;
import nl.koers.contracts.training.Accreditation;
import nl.koers.contracts.training.AttendanceRecorded;
import nl.koers.contracts.training.CertificateId;
import nl.koers.contracts.training.CertificateIssued;
import nl.koers.contracts.training.CourseId;
import nl.koers.contracts.training.CourseKind;
import nl.koers.contracts.training.CoursePublished;
import nl.koers.contracts.training.EnrolmentCancelled;
import nl.koers.contracts.training.ParticipantEnrolled;
import nl.koers.contracts.training.ParticipantWaitlisted;
import nl.koers.contracts.training.Place;
import nl.koers.contracts.training.PromotedFromWaitingList;
import nl.koers.contracts.training.SessionCancelled;
import nl.koers.contracts.training.SessionId;
import nl.koers.contracts.training.SessionRescheduled;
import nl.koers.contracts.training.SessionScheduled;
import nl.koers.contracts.training.TrainingCoverageChanged;
import nl.koers.contracts.training.TrainingRequirementRemoved;
import nl.koers.contracts.training.TrainingRequirementSet;
import nl.koers.platform.events.CloudEvent;
import nl.koers.platform.events.CloudEventCodec;
import nl.koers.platform.events.EventTypes;
import nl.koers.platform.events.UnreadableEvent;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.id.UserId;
import nl.koers.platform.privacy.SealedText;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantDirectoryListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

public class EnvelopeRoundTripTest {
    private static final BoardId BOARD = new BoardId("41001");
    private static final SchoolId SCHOOL = new SchoolId("12AB00");
    private static final AccountId ACCOUNT = AccountId.generate();
    private static final CourseId COURSE = CourseId.generate();
    private static final SessionId SESSION = SessionId.generate();
    private static final UserId STAFF = new UserId("staff-1");
    private static final SealedText STAFF_NAME = new SealedText("participant/staff-1", "bmFhbQ==");
    private static final Accreditation THREE_HOURS = new Accreditation(true, new java.math.BigDecimal("3"));
    private static final PlanId PLAN = PlanId.generate();
    private static final PresetId PRESET = PresetId.generate();
    private static final SchoolYear YEAR = new SchoolYear("2026-2027");
    private static final RoundId ROUND = RoundId.generate();
    private static final IncidentId INCIDENT = IncidentId.generate();
    private static final PersonId PERSON = PersonId.generate();
    private static final UserId USER = new UserId("u-1");
    private static final Instant AT = Instant.parse("2026-11-20T11:00:00Z");
    private static final UUID HOLD = UUID.randomUUID();
    private static final UUID RECEIPT = UUID.randomUUID();
    private static final UUID TRANSFER = UUID.randomUUID();

    private static SealedText sealed(String subject) {
        return new SealedText(subject, "c2VhbGVk");
    }

    /**
     * One sample per published event; the test below fails when an event is added without a sample. Public (contracts
     * test-jar): the projection's rebuild test replays every event type from these.
     */
    public static final List<Object> SAMPLES = List.of(
            new IncidentReported(IncidentId.generate(), BOARD, SCHOOL, Instant.parse("2026-11-20T10:15:00Z"),
                    Instant.parse("2026-11-20T11:00:00Z"), Location.PLAYGROUND, Category.BULLYING, Severity.MEDIUM,
                    new SealedText("incident/1", "c2VhbGVk"), new UserId("u-1"),
                    List.of(new InvolvedPerson(PERSON, PersonKind.PUPIL, InvolvedRole.VICTIM, "incident/1/person/1",
                            sealed("incident/1/person/1"), sealed("incident/1/person/1"), null, null)), false),
            new IncidentCorrected(INCIDENT, BOARD, SCHOOL, null, null, Category.CYBERBULLYING, null, null,
                    sealed("incident/1"), USER, AT),
            new ReportToInspectorRequired(INCIDENT, BOARD, SCHOOL, Category.SEXUAL_HARASSMENT, AT.plusSeconds(86_400)),
            new ReportToInspectorRecorded(INCIDENT, BOARD, SCHOOL, AT, false, USER, AT),
            new ReportToInspectorOverdue(INCIDENT, BOARD, SCHOOL, AT, AT.plusSeconds(60)),
            new IncidentTriaged(INCIDENT, BOARD, SCHOOL, new UserId("handler-1"), USER, AT),
            new FollowUpActionRecorded(INCIDENT, BOARD, SCHOOL, UUID.randomUUID(),
                    FollowUpActionType.CONVERSATION_WITH_PUPIL, USER, AT, sealed("incident/1"), USER, AT),
            new IncidentClosed(INCIDENT, BOARD, SCHOOL, AT, USER, sealed("incident/1")),
            new IncidentReopened(INCIDENT, BOARD, SCHOOL, AT, USER, sealed("incident/1")),
            new IncidentMarkedConfidential(INCIDENT, BOARD, SCHOOL, USER, AT),
            new ConfidentialIncidentRead(INCIDENT, BOARD, SCHOOL, USER, AT, true, "GET incident"),
            new MeldcodeStarted(INCIDENT, BOARD, SCHOOL, USER, AT),
            new MeldcodeStepRecorded(INCIDENT, BOARD, SCHOOL, MeldcodeStep.MAP_SIGNS, sealed("incident/1"), USER, AT),
            new MeldcodeStepSkipped(INCIDENT, BOARD, SCHOOL, MeldcodeStep.CONSULT, sealed("incident/1"), USER, AT),
            new MeldcodeDecided(INCIDENT, BOARD, SCHOOL, MeldcodeOutcome.ORGANISE_HELP, sealed("incident/1"), USER, AT),
            new LegalHoldPlaced(HOLD, BOARD, SCHOOL, INCIDENT, null, sealed("legal-hold/1"), USER, AT),
            new LegalHoldLifted(HOLD, BOARD, SCHOOL, INCIDENT, null, USER, AT),
            new PersonDataErased(INCIDENT, BOARD, SCHOOL, PERSON, "incident/1/person/1", RECEIPT, AT),
            new ErasureReceiptIssued(RECEIPT, BOARD, SCHOOL, PERSON, List.of("incident/1/person/1"), List.of(INCIDENT),
                    USER, AT),
            new IncidentDataExpired(INCIDENT, BOARD, SCHOOL, List.of("incident/1"), 24, AT),
            new RetentionPolicySet(BOARD, 24, USER, AT),
            new ChronologyTransferred(TRANSFER, BOARD, SCHOOL, new SchoolId("12AC00"), PERSON, "transfer/1",
                    sealed("transfer/1"), List.of(new TransferredIncident(INCIDENT, AT, Category.BULLYING,
                    Severity.LOW, InvolvedRole.VICTIM, sealed("transfer/1"))), USER, AT),
            new ChronologyTransferAcknowledged(TRANSFER, BOARD, SCHOOL, new SchoolId("12AC00"), USER, AT),
            new BoardOnboarded(BOARD, "Stichting Koers Demo Noord"),
            new SchoolOnboarded(BOARD, SCHOOL, "OBS De Regenboog", Sector.PO, "Groningen", 312),
            new SchoolDetailsChanged(BOARD, SCHOOL, "OBS De Regenboog", Sector.PO, "Groningen", 330),
            new UserInvited(ACCOUNT, BOARD, Role.COORDINATOR, Set.of(SCHOOL), new SealedText("account/1", "dXNlcg=="),
                    new SealedText("account/1", "bWFpbA=="), new SealedText("account/1", "Zmlyc3Q="),
                    new SealedText("account/1", "bGFzdA==")),
            new UserRoleGranted(ACCOUNT, BOARD, Role.STAFF, Set.of(SCHOOL, new SchoolId("12AC00"))),
            new UserRoleRevoked(ACCOUNT, BOARD, Role.COORDINATOR),
            new CoursePublished(COURSE, null, CourseKind.REGIONAL_MEETING, "Regionale bijeenkomst sociale veiligheid",
                    "Intervisie voor (v)so", "LECSO en Stichting School & Veiligheid", Set.of(Role.COORDINATOR),
                    new Accreditation(false, new java.math.BigDecimal("3")), Instant.parse("2026-11-20T10:00:00Z"),
                    new UserId("admin")),
            new SessionScheduled(SESSION, COURSE, null, "Regionale bijeenkomst", "LECSO", CourseKind.REGIONAL_MEETING,
                    THREE_HOURS, java.time.LocalDate.parse("2027-05-09"), java.time.LocalTime.parse("14:00"),
                    java.time.LocalTime.parse("17:00"), Place.at("Den Haag", "Regiokantoor"), 20,
                    Instant.parse("2027-05-02T22:00:00Z")),
            new SessionRescheduled(SESSION, COURSE, java.time.LocalDate.parse("2027-05-10"),
                    java.time.LocalTime.parse("14:00"), java.time.LocalTime.parse("17:00"), Place.remote(),
                    Instant.parse("2027-05-03T22:00:00Z"), List.of(STAFF)),
            new SessionCancelled(SESSION, COURSE, "te weinig aanmeldingen", List.of(STAFF),
                    Instant.parse("2027-05-01T08:00:00Z")),
            new ParticipantEnrolled(SESSION, COURSE, STAFF, BOARD, SCHOOL, Role.STAFF, STAFF_NAME, STAFF,
                    Instant.parse("2027-04-01T08:00:00Z")),
            new ParticipantWaitlisted(SESSION, COURSE, STAFF, BOARD, SCHOOL, Role.STAFF, STAFF_NAME,
                    new UserId("coordinator-1"), 3, Instant.parse("2027-04-01T08:00:00Z")),
            new PromotedFromWaitingList(SESSION, COURSE, STAFF, BOARD, SCHOOL, Instant.parse("2027-04-02T08:00:00Z")),
            new EnrolmentCancelled(SESSION, COURSE, STAFF, BOARD, SCHOOL, false, STAFF,
                    Instant.parse("2027-04-03T08:00:00Z")),
            new AttendanceRecorded(SESSION, COURSE, STAFF, BOARD, SCHOOL, Role.STAFF, CourseKind.COURSE,
                    java.time.LocalDate.parse("2027-05-09"), new java.math.BigDecimal("3"), true, new UserId("organiser")),
            new CertificateIssued(CertificateId.of(SESSION, STAFF), SESSION, COURSE, STAFF, BOARD, SCHOOL, STAFF_NAME,
                    "Professionalisering Sociale Veiligheid", "ECM dialoog", java.time.LocalDate.parse("2027-05-09"),
                    new java.math.BigDecimal("3"), true, Instant.parse("2027-05-10T08:00:00Z")),
            new TrainingRequirementSet(BOARD, Role.COORDINATOR, CourseKind.COURSE, 3, true, new UserId("admin-a")),
            new TrainingRequirementRemoved(BOARD, Role.COORDINATOR, CourseKind.COURSE, new UserId("admin-a")),
            new TrainingCoverageChanged(BOARD, SCHOOL, 3, List.of(new TrainingCoverageChanged.RoleCoverage(
                    Role.COORDINATOR, 1, List.of(CourseKind.REGIONAL_MEETING), new java.math.BigDecimal("3"),
                    List.of(new TrainingCoverageChanged.Gap(CourseKind.COURSE, 3, true)))),
                    Instant.parse("2027-05-10T08:00:00Z")),
            new PlanStarted(PLAN, BOARD, SCHOOL, YEAR, "default-topics.v1", PlanId.generate(), List.of(
                    new PlanTopic(BuildingBlock.VOORWAARDEN, "voorwaarden.vertrouwenspersoon", "Vertrouwenspersoon",
                            "Onze vertrouwenspersoon is intern.", TopicStatus.IN_PROGRESS, true, false))),
            new TopicAdded(PLAN, BOARD, SCHOOL, YEAR, BuildingBlock.PREVENTIE, "preventie.eigen-1", "Buddy-project",
                    TopicStatus.NOT_STARTED),
            new TopicTextChanged(PLAN, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, "visie.kernwaarden",
                    "Iedereen hoort erbij.", TopicStatus.IN_PROGRESS),
            new TopicStatusChanged(PLAN, BOARD, SCHOOL, YEAR, BuildingBlock.VISIE, "visie.kernwaarden",
                    TopicStatus.DONE),
            new TopicPriorityChanged(PLAN, BOARD, SCHOOL, YEAR, BuildingBlock.SIGNALEREN, "signaleren.route",
                    TopicStatus.NOT_STARTED, true),
            new GoalSet(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID(), BuildingBlock.PREVENTIE,
                    "Alle groepen starten met de Gouden Weken", false),
            new ActionPointAdded(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID(), "Pestprotocol herzien",
                    BuildingBlock.HANDELEN, "Intern begeleider", LocalDate.parse("2027-01-31"), ActionPointStatus.OPEN,
                    Priority.HIGH),
            new ActionPointChanged(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID(), "Pestprotocol herzien",
                    BuildingBlock.HANDELEN, "Intern begeleider", LocalDate.parse("2027-02-28"), ActionPointStatus.DONE,
                    Priority.NORMAL),
            new PlanCoordinatorAssigned(PLAN, BOARD, SCHOOL, YEAR, new UserId("coord-1")),
            new ContributorsAssigned(PLAN, BOARD, SCHOOL, YEAR, List.of(new UserId("staff-1"), new UserId("staff-2"))),
            new DutyDetailsRecorded(PLAN, BOARD, SCHOOL, YEAR, new DutyDetails(
                    new SealedText("plan/1/contacts", "bmFhbQ=="),
                    new SealedText("plan/1/contacts", "bWFpbA=="), "KiVa", AdviserKind.EXTERNAL,
                    new SealedText("plan/1/contacts", "YWR2"), "Klachtenregeling Stichting Koers 2026")),
            new PresetPublished(PRESET, BOARD, 2, "Bestuursbrede afspraken 2026-2027", List.of(new PresetTopic(
                    BuildingBlock.VISIE, "visie.kernwaarden", "Kernwaarden", "Wij staan voor een veilige school.")),
                    List.of("Eén klachtenregeling voor alle scholen"), List.of("Aandacht voor online pesten")),
            new PresetApplied(PLAN, BOARD, SCHOOL, YEAR, PRESET, 2, List.of(new PresetTopic(BuildingBlock.VISIE,
                    "visie.kernwaarden", "Kernwaarden", "Wij staan voor een veilige school.")),
                    List.of(new PresetConflict(BuildingBlock.HANDELEN, "handelen.pestprotocol",
                            "Volg het bestuursprotocol.")),
                    List.of("Eén klachtenregeling voor alle scholen"), List.of("Aandacht voor online pesten")),
            new PartnerRecorded(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID(), PartnerKind.POLICE, "Politie Groningen",
                    new SealedText("plan/1/partner/1", "bmFhbQ=="), new SealedText("plan/1/partner/1", "dGVs"),
                    new SealedText("plan/1/partner/1", "bWFpbA=="), "Wijkagent bij incidenten", "Elk kwartaal"),
            new PartnerRemoved(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID()),
            new StartOfYearAgreementRecorded(PLAN, BOARD, SCHOOL, YEAR, LocalDate.parse("2026-09-15"),
                    List.of(new ThemeNote(1, "Wijkagent en jongerenwerk zijn aan zet bij signalen op straat."))),
            new EndOfYearReviewRecorded(PLAN, BOARD, SCHOOL, YEAR, LocalDate.parse("2027-06-20"),
                    List.of(new ThemeNote(4, "Overleg elke zes weken werkte goed."))),
            new LearningNeedsPublished(PLAN, BOARD, SCHOOL, YEAR, List.of("Training signaleren radicalisering")),
            new DocumentArchived(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID(), BuildingBlock.HANDELEN, "Pestprotocol",
                    DocumentKind.PROTOCOL, "Teams > Beleid > Veiligheid", "https://intranet.example/pestprotocol.pdf"),
            new DocumentRemoved(PLAN, BOARD, SCHOOL, YEAR, UUID.randomUUID()),
            new PlanEvaluated(PLAN, BOARD, SCHOOL, YEAR, LocalDate.parse("2027-06-30"), "De Gouden Weken werkten.",
                    "Online pesten blijft een speerpunt."),
            new DutiesEvaluated(PLAN, BOARD, SCHOOL, YEAR, "wettelijk-2015.v1+aanbevolen.v1", List.of(
                    new DutyStatus("MONITORING", DutyKind.WETTELIJK, DutyState.UNKNOWN,
                            "Nog geen gegevens uit de monitor van dit schooljaar", "Jaarlijkse monitoring",
                            "wettelijk-2015.v1"))),
            new RoundOpened(ROUND, BOARD, SCHOOL, "2026-2027", "koers-leerling", 1, Audience.PUPILS_PRIMARY,
                    Instant.parse("2027-03-01T07:00:00Z"), Instant.parse("2027-03-22T17:00:00Z"), new UserId("u-1")),
            new CodesIssued(ROUND, BOARD, SCHOOL, UUID.randomUUID(), "groep 7a", 7, 28),
            new AnswersSubmitted(ROUND, BOARD, SCHOOL, UUID.randomUUID(), "groep 7a", 7,
                    List.of(new AnswersSubmitted.ItemAnswer("veilig-school", 4)),
                    List.of(new AnswersSubmitted.OpenAnswer("open-tip",
                            new SealedText("survey/response/1", "b3Blbg==")))),
            new RoundClosed(ROUND, BOARD, SCHOOL, "2026-2027", Instant.parse("2027-03-22T17:00:00Z"), false, 84),
            new MonitorResultsPublished(ROUND, BOARD, SCHOOL, "2026-2027", List.of(
                    new MonitorResultsPublished.ScaleResult(Scale.PERCEIVED_SAFETY, 84, 4.12, 87.5, false),
                    MonitorResultsPublished.ScaleResult.suppressed(Scale.BULLYING))),
            new DeliveryConsentRecorded(ROUND, BOARD, SCHOOL, "2026-2027", Instant.parse("2027-04-01T09:00:00Z"),
                    new UserId("u-1")),
            new DeliveredToInspectie(ROUND, BOARD, SCHOOL, "2026-2027", Instant.parse("2027-04-01T09:05:00Z"),
                    new UserId("u-1"), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            new InspectieDeliveryReminderDue(BOARD, SCHOOL, "2026-2027", java.time.LocalDate.parse("2027-07-01")));

    private final EventTypes types = KoersContracts.eventTypes();
    private final CloudEventCodec codec = new CloudEventCodec(types);

    @Test
    void every_published_event_has_a_sample() {
        Map<String, Object> byType = SAMPLES.stream()
                .collect(Collectors.toMap(s -> EventTypes.typeName(s.getClass()), Function.identity()));
        assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(types.typeNames());
    }

    @Test
    void every_event_round_trips_through_the_cloudevents_envelope() {
        for (Object sample : SAMPLES) {
            CloudEvent sent = envelope(sample);
            CloudEvent received = codec.decode(codec.encode(sent));
            assertThat(received).isEqualTo(sent);
        }
    }

    @Test
    void type_names_follow_the_convention_and_topics_are_per_context() {
        assertThat(EventTypes.typeName(IncidentReported.class)).isEqualTo("nl.koers.incident.IncidentReported.v1");
        assertThat(EventTypes.topic(IncidentReported.class)).isEqualTo("koers.incident.events");
        assertThat(EventTypes.topic(SchoolOnboarded.class)).isEqualTo("koers.tenant.events");
        for (Class<?> family : KoersContracts.FAMILIES) {
            assertThat(family.isSealed()).as(family + " is a sealed family").isTrue();
            Arrays.stream(family.getPermittedSubclasses())
                    .forEach(event -> assertThat(event.isRecord()).as(event + " is a record").isTrue());
        }
    }

    @Test
    void the_envelope_carries_the_cloudevents_attributes_and_koers_extensions() {
        String json = codec.encode(envelope(SAMPLES.get(0)));
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"nl.koers.incident.IncidentReported.v1\"",
                "\"boardid\":\"41001\"", "\"schoolid\":\"12AB00\"", "\"actor\":\"u-1\"",
                "\"datacontenttype\":\"application/json\"", "\"occurredAt\":\"2026-11-20T10:15:00Z\"");
    }

    @Test
    void an_unknown_type_or_a_broken_payload_is_unreadable_not_guessed() {
        String json = codec.encode(envelope(SAMPLES.get(0)));
        assertThatThrownBy(() -> codec.decode(json.replace("IncidentReported.v1", "IncidentReported.v9")))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> codec.decode(json.replace("\"12AB00\"", "\"nonsense\"")))
                .isInstanceOf(UnreadableEvent.class);
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(UnreadableEvent.class);
    }

    /** The platform's school directory reads SchoolOnboarded as JSON; this keeps its field names in step. */
    @Test
    void the_platform_directory_reads_the_school_onboarded_contract() {
        SchoolOnboarded school = sample(SchoolOnboarded.class);
        assertThat(EventTypes.typeName(SchoolOnboarded.class)).isEqualTo(TenantDirectoryListener.SCHOOL_ONBOARDED);
        JsonNode data = (JsonNode) codec.decodeRaw(codec.encode(envelope(school))).data();
        assertThat(data.required("boardId").asString()).isEqualTo("41001");
        assertThat(data.required("schoolId").asString()).isEqualTo("12AB00");
        assertThat(data.required("name").asString()).isEqualTo(school.name());
        assertThat(data.required("pupilCount").asInt()).isEqualTo(312);
    }

    /** A changed school is upserted by the same directory: the fields it reads have the same names. */
    @Test
    void the_platform_directory_reads_school_details_changed_with_the_same_fields() {
        SchoolDetailsChanged changed = sample(SchoolDetailsChanged.class);
        assertThat(EventTypes.typeName(SchoolDetailsChanged.class))
                .isEqualTo(TenantDirectoryListener.SCHOOL_DETAILS_CHANGED);
        JsonNode data = (JsonNode) codec.decodeRaw(codec.encode(envelope(changed))).data();
        assertThat(data.required("boardId").asString()).isEqualTo("41001");
        assertThat(data.required("schoolId").asString()).isEqualTo("12AB00");
        assertThat(data.required("name").asString()).isEqualTo(changed.name());
        assertThat(data.required("pupilCount").asInt()).isEqualTo(330);
    }

    @Test
    void user_events_carry_no_personal_data_in_plain_text() {
        String json = codec.encode(envelope(sample(UserInvited.class)));
        assertThat(json).contains("\"accountId\":\"" + ACCOUNT + "\"", "\"role\":\"COORDINATOR\"",
                "\"schools\":[\"12AB00\"]", "\"subject\":\"account/1\"");
        for (var component : UserInvited.class.getRecordComponents()) {
            if (java.util.List.of("username", "email", "firstName", "lastName").contains(component.getName())) {
                assertThat(component.getType()).as(component.getName()).isEqualTo(SealedText.class);
            }
        }
    }

    /** Staff names are personal data: every training event that names a person carries the name sealed. */
    @Test
    void training_events_carry_staff_names_only_sealed() {
        for (Class<?> event : nl.koers.contracts.training.TrainingEvent.class.getPermittedSubclasses()) {
            for (var component : event.getRecordComponents()) {
                if (component.getName().toLowerCase(java.util.Locale.ROOT).contains("name")) {
                    assertThat(component.getType()).as(event.getSimpleName() + "." + component.getName())
                            .isEqualTo(SealedText.class);
                }
            }
        }
        assertThat(nl.koers.contracts.training.TrainingEvent.participantSubject(STAFF)).isEqualTo("participant/staff-1");
        String json = codec.encode(envelope(SAMPLES.stream().filter(ParticipantEnrolled.class::isInstance)
                .findFirst().orElseThrow()));
        assertThat(json).contains("\"name\":{\"subject\":\"participant/staff-1\"");
    }

    /** Incident events carry free text only sealed: no String component other than ids and enums' names. */
    @Test
    void incident_events_carry_free_text_only_sealed() {
        for (Class<?> event : nl.koers.contracts.incident.IncidentEvent.class.getPermittedSubclasses()) {
            for (var component : event.getRecordComponents()) {
                if (component.getType() == String.class) {
                    assertThat(component.getName()).as(event.getSimpleName()).isIn("subject", "via");
                }
            }
        }
        String json = codec.encode(envelope(sample(IncidentReported.class)));
        assertThat(json).contains("\"role\":\"VICTIM\"", "\"kind\":\"PUPIL\"", "\"personId\":\"" + PERSON + "\"");
    }

    private static <T> T sample(Class<T> type) {
        return SAMPLES.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static CloudEvent envelope(Object data) {
        return new CloudEvent(UUID.randomUUID().toString(), "koers/test", EventTypes.typeName(data.getClass()),
                "subject-1", Instant.parse("2026-11-20T11:00:00.123Z"), "41001", "12AB00", "u-1", data);
    }
}
