package nl.koers.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The platform's own tables (school directory, processed event ids) in every service's database. They have their
 * own Flyway history table so that platform migrations and a service's migrations never compete for version numbers.
 */
public class PlatformSchema {
    public PlatformSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/platform")
                .table("flyway_platform_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
