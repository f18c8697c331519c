package nl.koers.contracts;

import java.util.List;
import nl.koers.contracts.incident.IncidentEvent;
import nl.koers.contracts.plan.PlanEvent;
import nl.koers.contracts.survey.SurveyEvent;
import nl.koers.contracts.tenant.TenantEvent;
import nl.koers.contracts.training.TrainingEvent;
import nl.koers.platform.events.EventTypes;

/** Every published event family. A new context adds its sealed interface here. */
public final class KoersContracts {
    public static final List<Class<?>> FAMILIES = List.of(IncidentEvent.class, TenantEvent.class,
            TrainingEvent.class, PlanEvent.class, SurveyEvent.class);

    private KoersContracts() {
    }

    public static EventTypes eventTypes() {
        return EventTypes.of(FAMILIES.toArray(Class<?>[]::new));
    }
}
