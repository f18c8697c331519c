package nl.koers.contracts.survey;

/**
 * The aspects an instrument measures, as the Inspectie expects them: perceived safety (veiligheidsbeleving),
 * well-being (welbevinden), victimisation (slachtofferschap, incidents experienced), bullying (pesten) and the
 * relation with teachers. For victimisation and bullying a higher mean is worse; "positive" is defined per scale.
 */
public enum Scale {
    PERCEIVED_SAFETY, WELL_BEING, VICTIMISATION, BULLYING, TEACHER_RELATION
}
