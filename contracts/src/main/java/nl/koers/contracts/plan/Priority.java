package nl.koers.contracts.plan;

public enum Priority {
    LOW, NORMAL, HIGH
}
