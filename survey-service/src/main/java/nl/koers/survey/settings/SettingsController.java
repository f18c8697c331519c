package nl.koers.survey.settings;

import java.util.Map;
import nl.koers.platform.error.Forbidden;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.tenant.Role;
import nl.koers.platform.tenant.TenantScope;
import nl.koers.platform.tenant.TenantScopes;
import nl.koers.survey.results.MinimumGroupSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin sets the minimum group size for every board (never below 5). */
@RestController
@RequestMapping("/api/surveys/settings")
class SettingsController {
    private final SurveySettings settings;

    SettingsController(SurveySettings settings) {
        this.settings = settings;
    }

    record SettingsView(int minimumGroupSize) {
    }

    @GetMapping
    SettingsView get() {
        requirePlatformAdmin(TenantScopes.current());
        return new SettingsView(settings.minimumGroupSize().value());
    }

    @PutMapping(consumes = "application/json")
    SettingsView put(@RequestBody Map<String, Object> body) {
        TenantScope scope = requirePlatformAdmin(TenantScopes.current());
        if (!(body.get("minimumGroupSize") instanceof Integer size)) {
            throw new InvalidInput("minimumGroupSize", "a whole number, at least " + MinimumGroupSize.FLOOR);
        }
        settings.setMinimumGroupSize(new MinimumGroupSize(size), scope.user());
        return new SettingsView(size);
    }

    private static TenantScope requirePlatformAdmin(TenantScope scope) {
        if (!scope.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform admin changes platform settings");
        }
        return scope;
    }
}
