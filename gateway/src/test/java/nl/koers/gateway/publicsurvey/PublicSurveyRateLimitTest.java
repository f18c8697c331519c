package nl.koers.gateway.publicsurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import nl.koers.gateway.KoersGatewayProperties.Bucket;
import nl.koers.gateway.KoersGatewayProperties.PublicRateLimit;
import org.junit.jupiter.api.Test;

class PublicSurveyRateLimitTest {
    private final AtomicLong now = new AtomicLong();
    private final PublicSurveyRateLimit limit = new PublicSurveyRateLimit(
            new PublicRateLimit(new Bucket(2, Duration.ofMinutes(1)), new Bucket(3, Duration.ofMinutes(1)), 1000), now::get);

    @Test
    void the_access_code_is_the_path_segment_after_the_prefix() {
        assertThat(PublicSurveyRateLimit.accessCode("/api/public/surveys/K7Q2-XM/answers")).isEqualTo("K7Q2-XM");
        assertThat(PublicSurveyRateLimit.accessCode("/api/public/surveys/K7Q2-XM")).isEqualTo("K7Q2-XM");
        assertThat(PublicSurveyRateLimit.accessCode("/api/public/surveys/")).isNull();
        assertThat(PublicSurveyRateLimit.accessCode("/api/public/surveys/" + "x".repeat(500) + "/a")).hasSize(64);
    }

    @Test
    void a_code_is_limited_whichever_addresses_use_it() {
        assertThat(limit.decide("10.0.0.1", "CODE").allowed()).isTrue();
        assertThat(limit.decide("10.0.0.2", "CODE").allowed()).isTrue();
        assertThat(limit.decide("10.0.0.3", "CODE").allowed()).isFalse();
        assertThat(limit.decide("10.0.0.3", "OTHER").allowed()).isTrue();
    }

    @Test
    void an_address_is_limited_whichever_codes_it_tries() {
        assertThat(limit.decide("10.0.0.1", "A").allowed()).isTrue();
        assertThat(limit.decide("10.0.0.1", "B").allowed()).isTrue();
        assertThat(limit.decide("10.0.0.1", "C").allowed()).isTrue();
        TokenBuckets.Decision fourth = limit.decide("10.0.0.1", "D");
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(limit.decide("10.0.0.2", "D").allowed()).isTrue();
    }

    @Test
    void a_request_refused_for_its_address_takes_nothing_from_the_code() {
        for (int i = 0; i < 3; i++) {
            limit.decide("10.0.0.1", "X" + i);
        }
        assertThat(limit.decide("10.0.0.1", "SHARED").allowed()).isFalse();
        assertThat(limit.decide("10.0.0.1", "SHARED").allowed()).isFalse();
        // SHARED still has both its tokens for the pupils behind other addresses
        assertThat(limit.decide("10.0.0.2", "SHARED").allowed()).isTrue();
        assertThat(limit.decide("10.0.0.3", "SHARED").allowed()).isTrue();
    }

    @Test
    void refused_requests_are_allowed_again_after_the_refill() {
        limit.decide("10.0.0.1", "CODE");
        limit.decide("10.0.0.1", "CODE");
        assertThat(limit.decide("10.0.0.1", "CODE").allowed()).isFalse();
        now.addAndGet(Duration.ofSeconds(30).toNanos()); // the code refills one token per 30 s
        assertThat(limit.decide("10.0.0.1", "CODE").allowed()).isTrue();
    }
}
