package org.sopflow.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  record Context(String title, List<String> items) {
  }

  @Test
  void linesAreJoinedWithoutSpaceAtMarkupAndWithOneSpaceInText() {
    String html = Templates.page("print-test/lines", new Context("A & B", List.of("x", "y")));

    assertThat(html).isEqualTo("<p class=\"a\">Satu kalimat yang berlanjut.</p><ul><li>x</li><li>y</li></ul>"
        + "<b title=\"A &amp; B\" lang=\"id\">A &amp; B!</b>");
  }

  @Test
  void everyValueIsEscapedAndNullOrEmptyIsNothing() {
    assertThat(Templates.page("print-test/lines", new Context("<script>\"x\"</script>", List.of())))
        .contains("<p>kosong</p>", "title=\"&lt;script&gt;&quot;x&quot;&lt;/script&gt;\"")
        .doesNotContain("<script>");
    assertThat(Templates.page("print-test/lines", new Context(null, List.of()))).contains("<b title=\"\" lang=\"id\">!</b>");
  }

  @Test
  void aMissingTemplateIsNamed() {
    assertThatThrownBy(() -> Templates.page("print-test/none", new Context("", List.of())))
        .hasMessageContaining("templates/print-test/none.mustache");
  }

  @Test
  void theEscaperIsTheOneOfEveryPage() {
    assertThat(Html.escape("a < b & \"c\" > d")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
    assertThat(Html.escape(null)).isEmpty();
  }
}
