package io.arangomcp.adapters.memory.sample;

import java.util.List;
import java.util.Objects;

/**
 * In-memory backend: what loading one sample data set did. Loading again reports nothing created and every
 * document kept.
 *
 * @param dataset            the data set name
 * @param collectionsCreated collections that did not exist before
 * @param indexesCreated     indexes that did not exist before
 * @param graphsCreated      named graphs that did not exist before
 * @param documentsInserted  documents inserted now
 * @param documentsKept      documents whose key existed already (left as they were)
 */
public record SampleDataReport(String dataset, List<String> collectionsCreated, int indexesCreated,
                               List<String> graphsCreated, long documentsInserted, long documentsKept) {
    public SampleDataReport {
        Objects.requireNonNull(dataset, "dataset is null");
        collectionsCreated = List.copyOf(collectionsCreated);
        graphsCreated = List.copyOf(graphsCreated);
    }
}
