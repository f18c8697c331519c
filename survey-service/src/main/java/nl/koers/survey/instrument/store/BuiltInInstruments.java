package nl.koers.survey.instrument.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import nl.koers.survey.instrument.Instrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The platform ships its default pupil instrument and the simpler-language SO/VSO variant as data
 * ({@code classpath:instruments/*.json}); they are published at start-up when the database does not have them yet.
 */
@Component
class BuiltInInstruments implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(BuiltInInstruments.class);
    private final InstrumentStore store;
    private final ObjectMapper json;
    private final Clock clock;

    BuiltInInstruments(InstrumentStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:instruments/*.json")) {
            Instrument instrument = read(resource);
            if (!instrument.definitionProblems().isEmpty()) {
                throw new IllegalStateException(resource + " is not a valid instrument: " + instrument.definitionProblems());
            }
            if (store.publishIfAbsent(instrument, clock.instant())) {
                log.info("published built-in instrument {} version {}", instrument.id(), instrument.version());
            }
        }
    }

    private Instrument read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, Instrument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
