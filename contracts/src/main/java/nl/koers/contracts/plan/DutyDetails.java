package nl.koers.contracts.plan;

import nl.koers.platform.privacy.SealedText;

/**
 * The facts a school records for its duties. Names and contact details of people are sealed under the plan's
 * contact key (see the plan-service README); the programme and complaints procedure are plain policy facts.
 */
public record DutyDetails(SealedText antiBullyingCoordinatorName, SealedText antiBullyingCoordinatorContact,
                          String antiBullyingProgramme, AdviserKind confidentialAdviserKind,
                          SealedText confidentialAdviserName, String complaintsProcedure) {
}
