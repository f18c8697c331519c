package nl.koers.training.needs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.koers.platform.id.BoardId;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.SchoolAccess;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.training.catalogue.web.CatalogueReadModel;
import nl.koers.training.catalogue.web.CourseView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A school's learning needs next to the offers in its catalogue that match them. Matching is by shared words
 * (four letters or more, case-insensitive) in the offer's title or description: plain and explainable.
 */
@Service
public class LearningNeeds {
    static final Set<Role> READERS = EnumSet.of(Role.COORDINATOR, Role.BOARD_ADMIN);
    private final JdbcTemplate jdbc;
    private final SchoolAccess access;
    private final CatalogueReadModel catalogue;

    LearningNeeds(JdbcTemplate jdbc, SchoolAccess access, CatalogueReadModel catalogue) {
        this.jdbc = jdbc;
        this.access = access;
        this.catalogue = catalogue;
    }

    public record Offer(String courseId, String title, String kind, String provider) {
    }

    public record NeedWithOffers(String schoolYear, String need, List<Offer> offers) {
    }

    public List<NeedWithOffers> of(TenantScope scope, SchoolId school) {
        BoardId board = access.require(scope, school, READERS);
        List<CourseView> courses = catalogue.visibleTo(Optional.of(board), Optional.empty());
        return jdbc.query("""
                select school_year, need from training_learning_need where school_id = ?
                order by school_year desc, position""", (rs, n) -> {
            String need = rs.getString("need");
            return new NeedWithOffers(rs.getString("school_year"), need, matching(need, courses));
        }, school.value());
    }

    static List<Offer> matching(String need, List<CourseView> courses) {
        Set<String> words = words(need);
        return courses.stream().filter(c -> words.stream().anyMatch(words(c.title() + " " + c.description())::contains))
                .map(c -> new Offer(c.courseId(), c.title(), c.kind().name(), c.provider())).toList();
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
    }
}
