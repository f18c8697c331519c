package nl.koers.training.needs;

import java.util.List;
import nl.koers.platform.id.SchoolId;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.training.needs.LearningNeeds.NeedWithOffers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LearningNeedsController {
    private final LearningNeeds needs;

    LearningNeedsController(LearningNeeds needs) {
        this.needs = needs;
    }

    @GetMapping("/api/schools/{schoolId}/training/learning-needs")
    List<NeedWithOffers> of(@PathVariable SchoolId schoolId) {
        return needs.of(TenantScopes.current(), schoolId);
    }
}
