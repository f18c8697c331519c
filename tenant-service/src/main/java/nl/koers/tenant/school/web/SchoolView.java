package nl.koers.tenant.school.web;

import nl.koers.contracts.tenant.Sector;

public record SchoolView(String schoolId, String brin, String location, String name, Sector sector,
                         String municipality, int pupilCount) {
    static SchoolView of(SchoolReadModel.KnownSchool s) {
        String id = s.schoolId().value();
        return new SchoolView(id, id.substring(0, 4), id.substring(4), s.name(), s.sector(), s.municipality(),
                s.pupilCount());
    }
}
