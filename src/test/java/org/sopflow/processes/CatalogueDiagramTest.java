package org.sopflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sopflow.table.DiagramLayout;

/** Every catalogue diagram, as Cockpit and Camunda Modeler draw it: no shape over another, no flow across a shape. */
class CatalogueDiagramTest {

  @TestFactory
  Stream<DynamicTest> everyCatalogueDiagramIsReadable() throws IOException {
    return CatalogueTableRoundTripTest.models().stream().map(model -> DynamicTest.dynamicTest(
        model.getFileName().toString(), () -> assertThat(DiagramLayout.checkedShapes(model)).isPositive()));
  }
}
