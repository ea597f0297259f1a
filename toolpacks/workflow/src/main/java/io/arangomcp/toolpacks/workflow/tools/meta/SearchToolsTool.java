package io.arangomcp.toolpacks.workflow.tools.meta;

import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.toolpacks.workflow.WorkflowPack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tool: finds registered tools by keywords, optionally within categories.
 */
public final class SearchToolsTool implements Tool<SearchToolsTool.Arguments, SearchToolsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_search_tools", "Search tools",
            WorkflowPack.CATEGORY, OperationKind.META,
            "Finds registered tools (plug-ins' included) whose name, title, description or category contains any "
                    + "of the keywords (case-insensitive), optionally only in some categories. Tools matching more "
                    + "keywords come first, then tool-list order. Each match says whether this session can call it "
                    + "now ('available'); detail_level 'full' adds its input and output schemas.");

    public record Arguments(
            @Doc("Words to look for, e.g. [\"graph\", \"path\"]; a tool matches when it contains any of them.")
            @Required List<String> keywords,
            @Doc("Only search these categories (see arango_list_tools_by_category); leave out to search all.")
            List<String> categories,
            @Doc("How much to return per match: 'name' (name, category, availability), 'summary' (also title and "
                    + "description) or 'full' (also the schemas).") @Default("summary")
            @OneOf({"name", "summary", "full"}) @Alias("detailLevel") String detail_level) {
    }

    /** One matching tool. */
    public record Match(
            @Doc("The tool name.") String name,
            @Doc("The tool's category.") String category,
            @Doc("Whether this session can call it now (its workflow, stage and unloaded tools allow it).")
            boolean available,
            @Doc("The pack it comes from; with detail 'summary' or 'full'.") String pack,
            @Doc("A short title; with detail 'summary' or 'full'.") String title,
            @Doc("What it does; with detail 'summary' or 'full'.") String description,
            @Doc("Its argument schema; with detail 'full'.") Map<String, Object> inputSchema,
            @Doc("Its result schema; with detail 'full'.") Map<String, Object> outputSchema) {
    }

    public record Result(
            @Doc("The matching tools, best first.") List<Match> matches,
            @Doc("How many tools matched.") int total_matches,
            @Doc("The keywords searched for.") List<String> keywords,
            @Doc("The categories searched (every category when none was given).") List<String> categories_searched,
            @Doc("Requested categories no registered tool has.") List<String> unknown_categories,
            @Doc("The detail level of the matches.") String detail_level) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        List<ToolDescriptor> tools = context.catalog().tools();
        Set<String> known = ToolNames.byCategory(tools).keySet();
        List<String> searched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (arguments.categories() == null || arguments.categories().isEmpty()) {
            searched.addAll(known);
        } else {
            for (String c : new LinkedHashSet<>(arguments.categories())) {
                (known.contains(c) ? searched : unknown).add(c);
            }
        }
        List<String> words = arguments.keywords().stream().filter(k -> k != null && !k.isBlank())
                .map(k -> k.toLowerCase(Locale.ROOT)).toList();
        Set<String> visible = new HashSet<>(ToolNames.visible(context.catalog()));
        List<ScoredTool> scored = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            ToolDescriptor tool = tools.get(i);
            int score = searched.contains(tool.spec().category()) ? score(tool, words) : 0;
            if (score > 0) {
                scored.add(new ScoredTool(tool, score, i));
            }
        }
        scored.sort(Comparator.comparingInt(ScoredTool::score).reversed().thenComparingInt(ScoredTool::order));
        String detail = arguments.detail_level();
        List<Match> matches = scored.stream()
                .map(s -> match(s.tool(), detail, visible.contains(s.tool().name()))).toList();
        return new Result(matches, matches.size(), arguments.keywords(), searched, unknown, detail);
    }

    private static int score(ToolDescriptor tool, List<String> words) {
        String text = (tool.name() + " " + tool.spec().title() + " " + tool.spec().description() + " "
                + tool.spec().category()).toLowerCase(Locale.ROOT);
        int score = 0;
        for (String word : words) {
            if (text.contains(word)) {
                score++;
            }
        }
        return score;
    }

    private static Match match(ToolDescriptor tool, String detail, boolean available) {
        boolean summary = !"name".equals(detail);
        boolean full = "full".equals(detail);
        return new Match(tool.name(), tool.spec().category(), available,
                summary ? tool.pack() : null, summary ? tool.spec().title() : null,
                summary ? tool.spec().description() : null,
                full ? tool.inputSchema() : null, full ? tool.outputSchema() : null);
    }

    private record ScoredTool(ToolDescriptor tool, int score, int order) {
    }
}
