package nl.koers.contracts;

import nl.koers.platform.events.EventTypes;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Makes the event registry available to the platform's codec in every service that depends on contracts. */
@AutoConfiguration(beforeName = "nl.koers.platform.PlatformConfiguration")
public class ContractsConfiguration {
    @Bean
    EventTypes eventTypes() {
        return KoersContracts.eventTypes();
    }
}
