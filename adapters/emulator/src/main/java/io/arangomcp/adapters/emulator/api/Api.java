package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;

/**
 * Emulator API: the route table of every supported REST area, one handler class per area.
 */
public final class Api {

    private Api() {
    }

    /** The router of an emulated server. */
    public static Router router(EmulatorState state) {
        Router router = new Router();
        new AdminApi(state).register(router);
        new DatabaseApi(state).register(router);
        new CollectionApi(state).register(router);
        new DocumentApi(state).register(router);
        new EdgesApi(state).register(router);
        new ImportApi(state).register(router);
        new IndexApi(state).register(router);
        new CursorApi(state).register(router);
        new QueryApi(state).register(router);
        new GharialApi(state).register(router);
        new UserApi(state).register(router);
        new TransactionApi(state).register(router);
        return router;
    }
}
