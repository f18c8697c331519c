package nl.koers.plan.safetyplan.web;

import nl.koers.contracts.plan.PlanId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets controllers take {@code @PathVariable PlanId}; a malformed id is a 400 naming {@code planId}. */
@Component
class PlanIdConverter implements Converter<String, PlanId> {
    @Override
    public PlanId convert(String source) {
        return PlanId.parse(source);
    }
}
