package nl.koers.contracts.tenant;

/** School type: primary (PO), special primary (SBO), special (SO, VSO) and secondary (VO) education. */
public enum Sector {
    PO, SBO, SO, VSO, VO
}
