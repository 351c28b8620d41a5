package gd.parse;

/** String literal contents: the quotes removed and backslash escapes (\n \t \\ \" \') resolved. */
final class Strings {
    private Strings() {}

    static String unquote(String literal) { return unescape(literal.substring(1, literal.length() - 1)); }

    static String unescape(String body) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) { sb.append(c); continue; }
            char n = body.charAt(++i);
            sb.append(switch (n) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> n;
            });
        }
        return sb.toString();
    }
}
