package org.sprintgym.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprintgym.sim.io.InputError;

class SparkMasterTest {
  @ParameterizedTest
  @ValueSource(strings = {"local", "local[1]", "local[*]", "local[1024]", "local[4,3]",
      "local[*,2]", "spark://host:7077", "spark://a.example.org:7077,b.example.org:7077", "yarn",
      "k8s://https://10.0.0.1:6443"})
  void acceptsMasterUrls(String url) {
    assertThat(SparkMaster.of(url).url()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "local[0]", "local[1025]", "local[-1]", "local[2,0]",
      "local[2,101]", "spark://host", "spark://host:65536", "spark://:7077", "spark://host:7077,",
      "mesos://host:5050", "LOCAL[2]", "local-cluster[2,1,1024]"})
  void refusesAnythingElseNamingTheOption(String url) {
    InputError e = assertThrows(InputError.class, () -> SparkMaster.of(url));
    assertThat(e.field()).isEqualTo("--spark");
    assertThat(e.allowed()).isEqualTo(SparkMaster.ALLOWED);
  }

  @Test
  void onlyLocalMastersAreLocal() {
    assertThat(SparkMaster.of("local[2]").local()).isTrue();
    assertThat(SparkMaster.of("spark://h:7077").local()).isFalse();
  }
}
