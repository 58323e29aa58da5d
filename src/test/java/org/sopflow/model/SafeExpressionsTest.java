package org.sopflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeExpressionsTest {

  @Test
  void readingVariablesAndComparingThemPasses() {
    assertThat(SafeExpressions.refusals("${keputusan == 'terbuka' || keputusan == 'terbuka-sebagian'}")).isEmpty();
    assertThat(SafeExpressions.refusals("${teknisLayak == 'ya' && keamananLayak == 'ya'}")).isEmpty();
    assertThat(SafeExpressions.refusals("${!(jumlah >= 3) and not empty catatan}")).isEmpty();
    assertThat(SafeExpressions.refusals("${disetujui eq true}")).isEmpty();
    assertThat(SafeExpressions.refusals("no expression at all")).isEmpty();
  }

  @Test
  void anythingThatReachesABeanAClassOrAMethodIsRefused() {
    assertThat(SafeExpressions.refusals("${maladministrationLog.record(null)}")).singleElement().asString()
        .contains("'.' is not allowed");
    assertThat(SafeExpressions.refusals("${''.getClass().forName('java.lang.Runtime')}")).isNotEmpty();
    assertThat(SafeExpressions.refusals("${currentUser()}")).singleElement().asString().contains("'('");
    assertThat(SafeExpressions.refusals("${daftar[0]}")).isNotEmpty();
    assertThat(SafeExpressions.refusals("${a + 1 == 2}")).isNotEmpty();
    assertThat(SafeExpressions.refusals("${x ? y : z}")).isNotEmpty();
    assertThat(SafeExpressions.refusals("#{execution}")).isEmpty();
    assertThat(SafeExpressions.refusals("${}")).singleElement().asString().contains("empty");
    assertThat(SafeExpressions.refusals("${a == }")).singleElement().asString().contains("ends too early");
    assertThat(SafeExpressions.refusals("${a == 'x'")).singleElement().asString().contains("does not end");
    assertThat(SafeExpressions.refusals("ok ${a == 'x'} but ${b.c}")).hasSize(1);
  }
}
