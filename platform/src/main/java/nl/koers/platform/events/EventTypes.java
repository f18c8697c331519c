package nl.koers.platform.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The registry of published event types: CloudEvents type name to record class and back. */
public final class EventTypes {
    private final Map<String, Class<?>> byType = new HashMap<>();

    private EventTypes() {
    }

    /** Registers every event record permitted by the given sealed event families. */
    public static EventTypes of(Class<?>... sealedFamilies) {
        EventTypes types = new EventTypes();
        Arrays.stream(sealedFamilies).flatMap(EventTypes::leaves).forEach(types::register);
        return types;
    }

    private static Stream<Class<?>> leaves(Class<?> family) {
        if (!family.isSealed()) {
            return Stream.of(family);
        }
        return Arrays.stream(family.getPermittedSubclasses()).flatMap(EventTypes::leaves);
    }

    private void register(Class<?> type) {
        Class<?> previous = byType.putIfAbsent(typeName(type), type);
        if (previous != null && previous != type) {
            throw new IllegalStateException("two events claim type " + typeName(type));
        }
    }

    public static String typeName(Class<?> type) {
        KoersEvent event = annotation(type);
        return "nl.koers." + event.context() + "." + event.name() + ".v" + event.version();
    }

    public static String topic(Class<?> type) {
        return topicOf(annotation(type).context());
    }

    public static String topicOf(String context) {
        return "koers." + context + ".events";
    }

    public static boolean isPublished(Class<?> type) {
        return type.isAnnotationPresent(KoersEvent.class);
    }

    public Optional<Class<?>> classOf(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    public java.util.Set<String> typeNames() {
        return java.util.Set.copyOf(byType.keySet());
    }

    private static KoersEvent annotation(Class<?> type) {
        KoersEvent event = type.getAnnotation(KoersEvent.class);
        if (event == null) {
            throw new IllegalArgumentException(type.getName() + " is not a published event (@KoersEvent)");
        }
        return event;
    }
}
