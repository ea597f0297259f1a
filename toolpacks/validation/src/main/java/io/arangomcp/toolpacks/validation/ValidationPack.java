package io.arangomcp.toolpacks.validation;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.validation.tools.create.BulkInsertTool;
import io.arangomcp.toolpacks.validation.tools.create.InsertWithValidationTool;
import io.arangomcp.toolpacks.validation.tools.read.ValidateDocumentTool;
import io.arangomcp.toolpacks.validation.tools.read.ValidateReferencesTool;
import io.arangomcp.toolpacks.validation.tools.update.BulkUpdateTool;
import io.arangomcp.toolpacks.validation.tools.update.CreateSchemaTool;

import java.util.List;

/**
 * Tool pack {@code validation}: JSON schemas, writes that check what they write, bulk writes, and reference checks.
 */
public final class ValidationPack implements ToolPack {
    /** The category of the reference-checking and bulk tools. */
    public static final String CATEGORY = "validation";
    /** The category of the JSON-schema tools. */
    public static final String SCHEMA_CATEGORY = "schema";

    @Override
    public String id() {
        return "validation";
    }

    @Override
    public String description() {
        return "Stores and applies JSON schemas, validates documents and references, and inserts or updates many "
                + "documents with per-document results.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        // The reference server's registration order.
        return List.of(new ValidateReferencesTool(), new InsertWithValidationTool(), new BulkInsertTool(),
                new CreateSchemaTool(), new ValidateDocumentTool(), new BulkUpdateTool());
    }
}
