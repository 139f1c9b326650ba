package org.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 7: ids cross module edges typed ({@code ClientId}, {@code EpisodeId}, {@code OrganisationId},
 * {@code ReferralId}), so a survivor cannot be passed where a duplicate, an episode or a provider is meant. Counted
 * as public methods and constructors taking three or more raw {@link UUID}s (18 before the typed ids, 9 after, 7 once a
 * client identity and a merge summary named their clients by ClientId, 1 once treatment's episode to open, episode
 * view, episode facts, prescribing course and group session named their episode, client and organisations typed, and
 * again once the episode facts treatment tells assessment named their client by ClientId, 0 once contract's
 * payment statement named itself and its evidence snapshot by StatementId and SnapshotId).
 * Published events and the types other modules call take none; the rest are records used only inside their own
 * module, frozen here until they are typed too.
 */
class TypedIdsTest {

    /** Take a name off when it is typed; never add one. */
    private static final Set<String> USED_ONLY_INSIDE_THEIR_MODULE = Set.of();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onedoor");

    @Test
    void publishedEventsTakeNoRunOfRawUuids() {
        Set<String> events = new PublishedEvents().published();

        assertThat(typesTakingThreeRawUuids()).doesNotContainAnyElementsOf(events);
    }

    @Test
    void onlyFrozenModuleInternalTypesStillTakeThreeRawUuids() {
        assertThat(typesTakingThreeRawUuids()).isEqualTo(new TreeSet<>(USED_ONLY_INSIDE_THEIR_MODULE));
    }

    private static Set<String> typesTakingThreeRawUuids() {
        Set<String> types = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                long uuids = unit.getRawParameterTypes().stream()
                        .filter(p -> p.isEquivalentTo(UUID.class))
                        .count();
                if (unit.getModifiers().contains(JavaModifier.PUBLIC) && uuids >= 3) {
                    types.add(type.getName());
                }
            }
        }
        return types;
    }
}
