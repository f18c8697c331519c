package nl.koers.tenant.school;

/** A line of an import that could not be applied while it ran (e.g. another board onboarded the school meanwhile). */
public record ImportError(int line, String field, String reason) {
}
