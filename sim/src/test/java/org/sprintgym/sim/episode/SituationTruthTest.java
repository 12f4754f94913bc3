package org.sprintgym.sim.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model's truth under construction is written only inside this package. */
class SituationTruthTest {

  @Test
  void nothingOfATruthIsPublic() {
    List<Member> members = new ArrayList<>();
    members.addAll(List.of(SituationModel.Truth.class.getDeclaredFields()));
    members.addAll(List.of(SituationModel.Truth.class.getDeclaredMethods()));
    members.addAll(List.of(SituationModel.Truth.class.getDeclaredConstructors()));
    assertThat(members).isNotEmpty();
    assertThat(members).filteredOn(m -> Modifier.isPublic(m.getModifiers()))
        .extracting(Member::getName).isEmpty();
  }
}
