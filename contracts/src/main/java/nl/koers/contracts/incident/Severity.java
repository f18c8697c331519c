package nl.koers.contracts.incident;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
