package io.arangomcp.aql.fidelity;

/**
 * The documentation toolchain that recorded the corpus sent each AQL block through a JavaScript string literal,
 * so the server received the block with one level of backslash escapes resolved ({@code \\s} arrived as
 * {@code \s}). The runner does the same to send the server's exact query text.
 */
final class Toolchain {
    private Toolchain() {
    }

    static String unescape(String block) {
        if (block.indexOf('\\') < 0) {
            return block;
        }
        StringBuilder sb = new StringBuilder(block.length());
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c != '\\' || i + 1 >= block.length()) {
                sb.append(c);
                continue;
            }
            char e = block.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
