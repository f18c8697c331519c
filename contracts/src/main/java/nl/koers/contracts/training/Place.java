package nl.koers.contracts.training;

/** Where a session is held: a city and venue, or online (then the two are empty). */
public record Place(boolean online, String city, String venue) {
    public static Place remote() {
        return new Place(true, null, null);
    }

    public static Place at(String city, String venue) {
        return new Place(false, city, venue);
    }
}
