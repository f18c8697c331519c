package nl.koers.contracts.plan;

/** The six building blocks (bouwstenen) of the Digitaal Veiligheidsplan, plus borging (keeping it alive). */
public enum BuildingBlock {
    VISIE("Visie"), INZICHT("Inzicht"), VOORWAARDEN("Voorwaarden"), HANDELEN("Handelen"), PREVENTIE("Preventie"),
    SIGNALEREN("Signaleren"), BORGING("Borging");

    private final String label;

    BuildingBlock(String label) {
        this.label = label;
    }

    /** The Dutch name, as the plan and the download show it. */
    public String label() {
        return label;
    }
}
