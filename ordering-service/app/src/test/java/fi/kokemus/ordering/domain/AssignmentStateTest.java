package fi.kokemus.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssignmentStateTest {

    private static final Set<String> ALLOWED = Set.of("OFFERED->ACCEPTED", "OFFERED->DECLINED",
            "ACCEPTED->REPORTED", "REPORTED->APPROVED");

    static Stream<Arguments> everyPair() {
        return Stream.of(AssignmentState.values())
                .flatMap(from -> Stream.of(AssignmentState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void onlyTheProcessStepsAreAllowed(AssignmentState from, AssignmentState to) {
        assertThat(from.canBecome(to)).isEqualTo(ALLOWED.contains(from + "->" + to));
    }
}
