package io.arangomcp.ports.spi;

import io.arangomcp.domain.session.ToolUsage;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.ToolDescriptor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's registered tools and workflows, for tools that describe or organise other tools.
 *
 * @since 0.1
 */
public interface ToolCatalog {

    /** Every registered tool, in registration order. */
    List<ToolDescriptor> tools();

    /** The tools the calling session currently sees, in registration order. */
    List<ToolDescriptor> visibleTools();

    /** One registered tool. */
    Optional<ToolDescriptor> find(String name);

    /** The workflows and stages sessions can switch between. */
    WorkflowCatalog workflows();

    /**
     * Tool usage summed over the live sessions the caller may see, for operators: every session for a trusted
     * caller (stdio, CLI), only its own session for a caller authenticated as a tenant.
     */
    Map<String, ToolUsage> usageAcrossSessions();
}
