package nl.koers.training.session.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.koers.platform.privacy.PersonalDataVault;
import nl.koers.training.session.web.SessionReadModel.EnrolmentRow;

/**
 * One person in a session's list. {@code position} is the place on the waiting list (1 = next to move up; 0 when
 * enrolled); an erased name shows as null with {@code nameErased}.
 */
public record ParticipantView(String participant, String name, boolean nameErased, String schoolId, String role,
                              String status, int position, Boolean attended) {

    static List<ParticipantView> of(List<EnrolmentRow> rows, PersonalDataVault vault) {
        List<ParticipantView> views = new ArrayList<>();
        int waiting = 0;
        for (EnrolmentRow row : rows) {
            int position = "WAITING".equals(row.status()) ? ++waiting : 0;
            Optional<String> name = vault.open(row.name());
            views.add(new ParticipantView(row.participant(), name.orElse(null), name.isEmpty(), row.schoolId(),
                    row.role(), row.status(), position, row.attended()));
        }
        return views;
    }
}
