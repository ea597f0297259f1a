package io.arangomcp.app;

import io.arangomcp.adapters.memory.sample.SampleDataLoader;
import io.arangomcp.adapters.memory.sample.SampleDataReport;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.resolution.DatabaseResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample data sets ({@code --sample-data}) into the database a new session resolves to.
 */
final class SampleData {
    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

    private SampleData() {
    }

    static void load(Application app) {
        DatabaseProfile target = app.plan().registry()
                .require(app.get(DatabaseResolver.class).require(app.plan().registry(), null, null).key());
        for (SampleDataReport report : new SampleDataLoader().loadAll(app.get(ConnectionManager.class).gateway(target))) {
            LOG.info("sample data '{}' loaded into database '{}': {}", report.dataset(), target.key(), report);
        }
    }
}
