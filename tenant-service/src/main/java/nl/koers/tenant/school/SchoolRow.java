package nl.koers.tenant.school;

import nl.koers.contracts.tenant.Sector;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;

/** One valid line of a school CSV: what the board says about one school. */
public record SchoolRow(int line, SchoolId schoolId, String name, Sector sector, String municipality, int pupilCount) {

    public OnboardSchool onboardFor(BoardId board) {
        return new OnboardSchool(schoolId, board, name, sector, municipality, pupilCount);
    }
}
