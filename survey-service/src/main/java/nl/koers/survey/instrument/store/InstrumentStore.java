package nl.koers.survey.instrument.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.koers.platform.error.Conflict;
import nl.koers.survey.instrument.Instrument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Published instrument versions. A version is written once and read many times (every answer is checked against
 * it), so it is cached for good: it cannot change, in code or in the database (trigger in V1__survey.sql).
 */
@Repository
public class InstrumentStore {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<String, Instrument> cache = new ConcurrentHashMap<>();

    InstrumentStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Instrument> find(String id, int version) {
        Instrument cached = cache.get(id + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Instrument> found = jdbc.queryForList(
                        "select definition::text from survey_instrument where instrument_id = ? and version = ?",
                        String.class, id, version).stream().findFirst()
                .map(text -> json.readValue(text, Instrument.class));
        found.ifPresent(instrument -> cache.put(id + "@" + version, instrument));
        return found;
    }

    public int latestVersion(String id) {
        Integer latest = jdbc.queryForObject(
                "select max(version) from survey_instrument where instrument_id = ?", Integer.class, id);
        return latest == null ? 0 : latest;
    }

    public List<Map<String, Object>> list() {
        return jdbc.queryForList("""
                select instrument_id as "instrumentId", version, title, definition -> 'audiences' #>> '{}' as audiences,
                       published_at as "publishedAt"
                from survey_instrument order by instrument_id, version""");
    }

    /** Inserts a new version; an existing version is refused, never overwritten. */
    public void publish(Instrument instrument, Instant at) {
        try {
            jdbc.update("insert into survey_instrument (instrument_id, version, title, definition, published_at) "
                            + "values (?, ?, ?, ?::jsonb, ?)", instrument.id(), instrument.version(), instrument.title(),
                    json.writeValueAsString(instrument), Timestamp.from(at));
        } catch (DuplicateKeyException e) {
            throw new Conflict("version", "version " + instrument.version() + " of " + instrument.id()
                    + " is published and cannot change; publish version " + (latestVersion(instrument.id()) + 1));
        }
    }

    /** The built-in instruments: inserted when missing, left alone when present (a published version never changes). */
    public boolean publishIfAbsent(Instrument instrument, Instant at) {
        return jdbc.update("insert into survey_instrument (instrument_id, version, title, definition, published_at) "
                        + "values (?, ?, ?, ?::jsonb, ?) on conflict do nothing", instrument.id(), instrument.version(),
                instrument.title(), json.writeValueAsString(instrument), Timestamp.from(at)) == 1;
    }
}
