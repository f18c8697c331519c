package nl.koers.contracts.plan;

/**
 * What was agreed or reviewed for one of the six Gesprekskaart themes (1 = wie zijn aan zet … 6 =
 * professionalisering).
 */
public record ThemeNote(int theme, String note) {
}
