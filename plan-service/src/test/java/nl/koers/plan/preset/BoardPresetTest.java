package nl.koers.plan.preset;

import java.util.List;
import nl.koers.contracts.plan.BuildingBlock;
import nl.koers.contracts.plan.PresetId;
import nl.koers.contracts.plan.PresetPublished;
import nl.koers.contracts.plan.PresetTopic;
import nl.koers.plan.preset.PresetCommands.PublishPreset;
import nl.koers.plan.preset.PresetCommands.RevisePreset;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import nl.koers.platform.id.BoardId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class BoardPresetTest {
    static final PresetId ID = PresetId.generate();
    static final BoardId BOARD = new BoardId("41001");
    static final PresetTopic TOPIC = new PresetTopic(BuildingBlock.VOORWAARDEN, "voorwaarden.klachtenregeling",
            "Klachtenregeling", "Alle scholen volgen de klachtenregeling van het bestuur.");
    private final AggregateTestFixture<BoardPreset> fixture = new AggregateTestFixture<>(BoardPreset.class);

    @Test
    void a_published_preset_starts_at_version_1() {
        fixture.givenNoPriorActivity()
                .when(new PublishPreset(ID, BOARD, "Bestuursafspraken", List.of(TOPIC), List.of("Afspraak"), null))
                .expectEvents(new PresetPublished(ID, BOARD, 1, "Bestuursafspraken", List.of(TOPIC),
                        List.of("Afspraak"), List.of()));
    }

    @Test
    void a_revision_is_the_next_version() {
        fixture.given(new PresetPublished(ID, BOARD, 1, "Oud", List.of(TOPIC), List.of(), List.of()))
                .when(new RevisePreset(ID, BOARD, "Nieuw", List.of(TOPIC), List.of(), List.of("Online pesten")))
                .expectEvents(new PresetPublished(ID, BOARD, 2, "Nieuw", List.of(TOPIC), List.of(),
                        List.of("Online pesten")));
    }

    @Test
    void another_board_cannot_revise_a_preset_it_does_not_own() {
        fixture.given(new PresetPublished(ID, BOARD, 1, "Oud", List.of(TOPIC), List.of(), List.of()))
                .when(new RevisePreset(ID, new BoardId("41002"), "Overname", List.of(TOPIC), List.of(), List.of()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void every_preset_topic_names_its_block_a_unique_id_a_title_and_text() {
        PresetTopic noText = new PresetTopic(BuildingBlock.VISIE, "visie.x", "Visie", " ");
        fixture.givenNoPriorActivity()
                .when(new PublishPreset(ID, BOARD, "Preset", List.of(TOPIC, noText), List.of(), List.of()))
                .expectException(InvalidInput.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PublishPreset(ID, BOARD, "Preset", List.of(TOPIC, TOPIC), List.of(), List.of()))
                .expectException(InvalidInput.class).expectNoEvents();
    }
}
