package nl.koers.incident.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.koers.contracts.incident.InvolvedPerson;
import nl.koers.contracts.incident.PersonKind;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.RuleViolation;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.platform.privacy.SealedText;

/** The rules of a report, and how its people are sealed: each person's part under their own key. */
final class Report {
    static final int MAX_PERSONS = 50;
    static final int MAX_REFERENCE = 64;
    static final int MAX_GROUP = 32;
    static final int MAX_NAME = 200;

    private Report() {
    }

    static void validate(ReportIncident command, Instant latest) {
        require(command.occurredAt(), "occurredAt");
        require(command.location(), "location");
        require(command.category(), "category");
        require(command.severity(), "severity");
        require(command.description(), "description");
        if (command.occurredAt().isAfter(latest)) {
            throw new RuleViolation("occurredAt", "an incident cannot have happened in the future");
        }
        FreeText.required(command.description(), "description", "describe what happened: what, when, where, who");
        if (command.involved().size() > MAX_PERSONS) {
            throw new InvalidInput("involved", "at most " + MAX_PERSONS + " people");
        }
        if (command.involved().stream().map(NewPerson::personId).distinct().count() < command.involved().size()) {
            throw new InvalidInput("involved", "the same person is named twice; each person has one role");
        }
        for (int i = 0; i < command.involved().size(); i++) {
            validate(command.involved().get(i), "involved[" + i + "].");
        }
        FreeText.freeOfNames(command.description(),
                command.involved().stream().map(NewPerson::name).filter(Objects::nonNull).toList(), "description");
    }

    private static void validate(NewPerson person, String prefix) {
        if (person == null) {
            throw new InvalidInput(prefix.substring(0, prefix.length() - 1), "is required");
        }
        require(person.kind(), prefix + "kind");
        require(person.role(), prefix + "role");
        if (person.kind() == PersonKind.PUPIL && (person.reference() == null || person.reference().isBlank())) {
            throw new InvalidInput(prefix + "reference", "a pupil is named by the school's pseudonymous reference");
        }
        limit(person.reference(), MAX_REFERENCE, prefix + "reference");
        limit(person.group(), MAX_GROUP, prefix + "group");
        limit(person.name(), MAX_NAME, prefix + "name");
        FreeText.optional(person.note(), prefix + "note");
    }

    static List<InvolvedPerson> seal(ReportIncident command, PersonalDataVault vault) {
        List<InvolvedPerson> sealed = new ArrayList<>();
        for (NewPerson person : command.involved()) {
            String subject = Subjects.person(command.incidentId(), person.personId());
            sealed.add(new InvolvedPerson(person.personId(), person.kind(), person.role(), subject,
                    seal(vault, subject, person.reference()), seal(vault, subject, person.group()),
                    seal(vault, subject, person.name()), seal(vault, subject, person.note())));
        }
        return sealed;
    }

    private static SealedText seal(PersonalDataVault vault, String subject, String text) {
        return text == null || text.isBlank() ? null : vault.seal(subject, text.strip());
    }

    private static void limit(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
    }
}
