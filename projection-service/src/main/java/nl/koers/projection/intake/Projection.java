package nl.koers.projection.intake;

import nl.koers.platform.events.CloudEvent;

/** A read model fed by events. Called inside the intake transaction, after the event id was recorded as new. */
public interface Projection {
    void apply(CloudEvent event);
}
