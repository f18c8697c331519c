package nl.koers.contracts.training;

import java.math.BigDecimal;

/**
 * Whether the Lerarenregister recognises the offer as professional development, and for how many hours. Hours are
 * what a certificate states; an offer that is not accredited still counts its hours for a school's coverage.
 */
public record Accreditation(boolean lerarenregister, BigDecimal hours) {
}
