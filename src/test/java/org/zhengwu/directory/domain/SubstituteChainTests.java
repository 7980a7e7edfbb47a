package org.zhengwu.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

class SubstituteChainTests {

    static final PostId WANG = new PostId("wang");
    static final PostId ZHANG = new PostId("zhang");
    static final PostId LI = new PostId("li");
    static final Map<PostId, PostId> RING = Map.of(WANG, ZHANG, ZHANG, LI, LI, WANG);

    static SubstituteChain chain(Set<String> away, Set<PostId> vacant) {
        return new SubstituteChain(p -> Optional.ofNullable(RING.get(p)),
                p -> vacant.contains(p) ? Optional.empty() : Optional.of(new PersonId(p.value())),
                person -> away.contains(person.value()));
    }

    @Test
    @DisplayName("WR-8 the designated substitute, when present, acts")
    void theFirstPresentSubstituteIsFound() {
        var walk = chain(Set.of("wang"), Set.of()).from(ZHANG, Set.of(WANG));
        assertThat(walk.found()).get().extracting(SubstituteChain.Step::post).isEqualTo(ZHANG);
        assertThat(walk.passedOver()).isEmpty();
    }

    @Test
    @DisplayName("WR-8 a substitute away or a vacant seat is passed over")
    void awayAndVacantArePassedOver() {
        var walk = chain(Set.of("wang"), Set.of(ZHANG)).from(ZHANG, Set.of(WANG));
        assertThat(walk.found()).get().extracting(SubstituteChain.Step::post).isEqualTo(LI);
        assertThat(walk.passedOver()).extracting(SubstituteChain.Step::post).containsExactly(ZHANG);
    }

    @Test
    @DisplayName("WR-8 a ring where everyone is away ends without anybody")
    void aRingOfAbsenteesEnds() {
        var walk = chain(Set.of("wang", "zhang", "li"), Set.of()).from(ZHANG, Set.of(WANG));
        assertThat(walk.found()).isEmpty();
        assertThat(walk.passedOver()).extracting(SubstituteChain.Step::post).containsExactly(ZHANG, LI);
    }
}
