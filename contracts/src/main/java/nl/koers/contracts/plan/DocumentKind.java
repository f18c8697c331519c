package nl.koers.contracts.plan;

/** What an archived document is (tip 7 of the Digitaal Veiligheidsplan: keep products where everyone finds them). */
public enum DocumentKind {
    PROTOCOL, AGREEMENT, POLICY, REPORT, MINUTES, OTHER
}
